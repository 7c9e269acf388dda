import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { enforceScope, scopeProblem, type ResourceLookups, type Scope } from './scope.ts';
import { isAllowed, type Access, type Principal } from './roles.ts';

export {
  ROLES,
  ROLE_LABELS,
  holdsRole,
  isAllowed,
  type Access,
  type Principal,
  type Role,
  type RoleGrant,
} from './roles.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: there is no default, so a route that forgets is refused at start-up. */
    access?: Access;
    /** The audit action a state-changing route records; services take it from the request context. */
    audit?: string;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
  }
  interface FastifyInstance {
    /** What every route declares, as registered: for review, and for the test that tries them all. */
    routeDeclarations: readonly RouteDeclaration[];
  }
}

export interface RouteDeclaration {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
  readonly scope: Scope | undefined;
  readonly audit: string | undefined;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Authenticate = (request: FastifyRequest) => Promise<Principal | undefined>;

/**
 * Deny by default: every route must say who may use it, which organisations its resource belongs
 * to (when a role is needed), and every change what it audits. The role is checked in onRequest,
 * before the body is parsed or validated, so a stranger learns nothing from it; the scope once the
 * body is parsed, before validation and the handler, so nothing is written for someone refused.
 */
export function setUpAccessControl(
  app: FastifyInstance,
  authenticate: Authenticate,
  lookups: ResourceLookups,
): void {
  app.decorateRequest('principal', undefined);
  const declarations: RouteDeclaration[] = [];
  app.decorate('routeDeclarations', declarations);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith('/assets/') || route.url.startsWith('/static/')) return; // public files
    const config = route.config as { access?: Access; audit?: string; scope?: Scope } | undefined;
    if (!config?.access) throw new Error(`Route ${route.method} ${route.url} does not declare its access`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((m) => STATE_CHANGING.has(m)) && config.audit === undefined) {
      throw new Error(`Route ${route.method} ${route.url} changes state but declares no audit action`);
    }
    const problem = scopeProblem(route.url, config.access, config.scope);
    if (problem) throw new Error(`Route ${route.method} ${route.url} ${problem}`);
    const { access, scope, audit } = config;
    for (const method of methods) declarations.push({ method, url: route.url, access, scope, audit });
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // not-found handler: nothing to protect
    request.principal = await authenticate(request);
    if (isAllowed(request.principal, access)) return;
    if (!request.principal) throw new UnauthenticatedError();
    throw new ForbiddenError();
  });
  enforceScope(app, lookups);
}
