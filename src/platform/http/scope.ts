import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { isAllowed, type Access, type Principal } from './roles.ts';

/** The kinds of resource whose organisations the modules can find; a route names one of them. */
export const RESOURCE_KINDS = ['organisation', 'alliance', 'businessArea', 'meeting', 'condition'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The organisations a resource belongs to, or undefined when there is no such resource. */
export type OrganisationsOf = (id: string) => Promise<readonly string[] | undefined>;

/** One lookup per kind, given by the modules that own the resources (see app.ts). */
export type ResourceLookups = Readonly<Record<ResourceKind, OrganisationsOf>>;

type ByParam = { readonly [K in ResourceKind]: { readonly [P in K]: string } }[ResourceKind];

/**
 * How a route finds the organisations its resource belongs to:
 * - `{ alliance: 'id' }`: the path parameter `id` names an alliance (likewise for the other kinds);
 * - a function of the request, for a resource named anywhere else (the body is parsed by then);
 * - `'unscoped-only'`: nothing a single organisation owns (a new alliance, a user): only grants
 *   that hold across every organisation may use it.
 */
export type Scope =
  | 'unscoped-only'
  | ByParam
  | ((request: FastifyRequest, lookups: ResourceLookups) => Promise<readonly string[] | undefined>);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required beside a role access: where the organisations of the route's resource are found. */
    scope?: Scope;
  }
  interface FastifyInstance {
    resourceLookups: ResourceLookups;
  }
}

type RoleAccess = Exclude<Access, string>;

/** Administrators, and a grant of one of the roles that is not limited to one organisation. */
export function actsEverywhere(principal: Principal, access: RoleAccess): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === 'administrator' || (grant.organisationId === null && access.anyOf.includes(grant.role)),
  );
}

/** A grant of one of the roles, everywhere or for one of these organisations. */
export function actsFor(
  principal: Principal,
  access: RoleAccess,
  organisationIds: readonly string[],
): boolean {
  if (actsEverywhere(principal, access)) return true;
  return principal.roles.some(
    (grant) =>
      access.anyOf.includes(grant.role) &&
      grant.organisationId !== null &&
      organisationIds.includes(grant.organisationId),
  );
}

/** The organisations of one resource; a malformed id names no resource. */
function lookUp(
  request: FastifyRequest,
  kind: ResourceKind,
  id: string | undefined,
): Promise<readonly string[] | undefined> {
  return isUuid(id) ? request.server.resourceLookups[kind](id.toLowerCase()) : Promise.resolve(undefined);
}

async function organisationsOf(
  request: FastifyRequest,
  scope: Exclude<Scope, 'unscoped-only'>,
): Promise<readonly string[] | undefined> {
  if (typeof scope === 'function') return scope(request, request.server.resourceLookups);
  const [kind, param] = Object.entries(scope)[0] as [ResourceKind, string];
  return lookUp(request, kind, (request.params as Record<string, string | undefined>)[param]);
}

/**
 * Whether the person making the request may act on a resource through a route of this access and
 * scope. An unknown resource passes, so that the route answers "not found" to everyone alike.
 */
export async function mayActOn(request: FastifyRequest, access: Access, scope: Scope): Promise<boolean> {
  const principal = request.principal;
  if (!isAllowed(principal, access)) return false;
  if (typeof access === 'string' || !principal || actsEverywhere(principal, access)) return true;
  if (scope === 'unscoped-only') return false;
  const organisations = await organisationsOf(request, scope);
  return organisations === undefined || actsFor(principal, access, organisations);
}

/** What a page asks before it shows a control that leads to a route of this access on this resource. */
export async function mayChange(
  request: FastifyRequest,
  access: Access,
  kind: ResourceKind,
  id: string,
): Promise<boolean> {
  const principal = request.principal;
  if (!principal || !isAllowed(principal, access)) return false;
  if (typeof access === 'string' || actsEverywhere(principal, access)) return true;
  const organisations = await lookUp(request, kind, id);
  return organisations !== undefined && actsFor(principal, access, organisations);
}

/** What a page asks before it shows a control for something only an unscoped grant may do (add an alliance). */
export function mayChangeEverywhere(request: FastifyRequest, access: Access): boolean {
  const principal = request.principal;
  if (!principal || !isAllowed(principal, access)) return false;
  return typeof access === 'string' || actsEverywhere(principal, access);
}

/** Refuses a route's scope declaration that the access hook could not enforce. */
export function scopeProblem(url: string, access: Access, scope: Scope | undefined): string | undefined {
  if (typeof access === 'string') {
    return scope === undefined ? undefined : `is ${access} but declares a scope`;
  }
  if (scope === undefined) return 'does not declare the scope of its resource';
  if (scope === 'unscoped-only' || typeof scope === 'function') return undefined;
  const entries = Object.entries(scope);
  const [kind, param] = entries[0] ?? [];
  if (entries.length !== 1 || !RESOURCE_KINDS.includes(kind as ResourceKind)) {
    return `declares a scope that is not one of ${RESOURCE_KINDS.join(', ')}`;
  }
  if (!url.split('/').includes(`:${String(param)}`))
    return `declares its scope by :${String(param)}, not in its path`;
  return undefined;
}

/** After the body is parsed (and the CSRF token checked), before validation and the handler. */
export function enforceScope(app: FastifyInstance, lookups: ResourceLookups): void {
  app.decorate('resourceLookups', lookups);
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const { access, scope } = request.routeOptions.config;
    if (!access || !scope) return;
    if (!(await mayActOn(request, access, scope))) throw new ForbiddenError();
  });
}

/** A lookup's rows, one per organisation (null when the resource has none): no rows, no resource. */
export function organisationsFound(
  rows: readonly { readonly organisationId: string | null }[],
): readonly string[] | undefined {
  if (rows.length === 0) return undefined;
  return rows.flatMap((row) => (row.organisationId === null ? [] : [row.organisationId]));
}
