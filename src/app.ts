import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Clock } from './platform/clock.ts';
import type { Database } from './platform/db/database.ts';
import { setUpAccessControl } from './platform/http/access.ts';
import {
  ROUTER_MAX_PARAM_LENGTH,
  frameworkErrors,
  setUpErrorHandling,
} from './platform/http/error-handler.ts';
import { setUpHealth } from './platform/http/health.ts';
import { setUpOpenApi } from './platform/http/openapi.ts';
import { setUpSecurity } from './platform/http/security.ts';
import { setUpViews } from './platform/http/views.ts';
import { setUpStaticPages } from './platform/http/static-pages.ts';
import { setUpTextCheck } from './platform/http/text-check.ts';
import type { ResourceLookups } from './platform/http/scope.ts';
import { setUpWorkQueue } from './platform/http/work-queue.ts';
import type { AppModule, ModuleDeps } from './platform/module.ts';
import { accountsModule } from './modules/accounts/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { organisationsModule } from './modules/organisations/index.ts';
import { alliancesModule } from './modules/alliances/index.ts';
import { businessAreasModule } from './modules/business-areas/index.ts';
import { financeModule } from './modules/finance/index.ts';
import { reportingModule } from './modules/reporting/index.ts';
import { agreementsModule } from './modules/agreements/index.ts';
import packageJson from '../package.json' with { type: 'json' };

export interface AppDeps {
  readonly config: Pick<Config, 'environment' | 'sessionSecret' | 'sessionIdleMinutes' | 'logLevel'> &
    Partial<Pick<Config, 'trustProxy'>>;
  readonly database: Database;
  readonly clock: Clock;
  readonly logger?: boolean;
}

const EMBEDDED_REQUESTS_AT_ONCE = 1;

/** The platform in order, then each capability. Order matters: security before routes, errors first. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const secureCookies = deps.config.environment === 'production';
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: fastifyTrustProxy(deps.config.trustProxy ?? false),
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: ROUTER_MAX_PARAM_LENGTH },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Bodies are JSON, forms or multipart; plain text would reach a schema as a string, not as 415.
  app.removeContentTypeParser('text/plain');

  const moduleDeps: ModuleDeps = { db: deps.database.db, clock: deps.clock, secureCookies };
  const modules = buildModules(moduleDeps, deps.config.sessionIdleMinutes);

  // The embedded database answers one statement at a time: a few requests at once keep it busy.
  if (deps.database.kind === 'embedded') setUpWorkQueue(app, EMBEDDED_REQUESTS_AT_ONCE);
  setUpErrorHandling(app);
  await setUpSecurity(app, { cookieSecret: deps.config.sessionSecret, secureCookies });
  setUpTextCheck(app); // after the CSRF check: both run in preValidation, in this order
  setUpAccessControl(app, modules.accounts.authenticate, modules.scope);
  await setUpViews(app);
  await setUpOpenApi(app, { version: packageJson.version });
  setUpHealth(app, deps.database, { name: packageJson.name, version: packageJson.version });
  setUpStaticPages(app);

  for (const module of modules.inOrder) module.register(app);
  return app;
}

/**
 * The composition root: every module built once, in dependency order, each given what it needs of the
 * modules before it. The scope lookups come from the modules that own the resources.
 */
function buildModules(deps: ModuleDeps, sessionIdleMinutes: number) {
  const accounts = accountsModule({ ...deps, sessionIdleMinutes });
  const audit = auditModule(deps);
  const organisations = organisationsModule(deps);
  const alliances = alliancesModule(deps);
  const businessAreas = businessAreasModule(deps);
  const finance = financeModule(deps);
  const reporting = reportingModule(deps);
  const agreements = agreementsModule(deps);
  const inOrder: readonly AppModule[] = [
    accounts,
    audit,
    organisations,
    alliances,
    businessAreas,
    finance,
    reporting,
    agreements,
  ];
  const scope: ResourceLookups = { ...organisations.scope, ...alliances.scope, ...businessAreas.scope };
  return { accounts, inOrder, scope };
}

/** A hop count trusts that many proxies nearest the service; otherwise the proxies named. */
function fastifyTrustProxy(
  trust: Config['trustProxy'],
): boolean | string | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust.join(',');
}
