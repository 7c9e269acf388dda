import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Clock } from './platform/clock.ts';
import type { Database, Db } from './platform/db/database.ts';
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
import { organisationItself } from './modules/organisations/organisations.repo.ts';
import { allianceOrganisations } from './modules/alliances/alliances.repo.ts';
import { businessAreaLookups } from './modules/business-areas/business-areas.scope.ts';
import { setUpWorkQueue } from './platform/http/work-queue.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { authenticator } from './modules/accounts/authenticate.ts';
import { registerAccounts } from './modules/accounts/accounts.routes.ts';
import { registerAudit } from './modules/audit/audit.routes.ts';
import { registerOrganisations } from './modules/organisations/organisations.routes.ts';
import { registerAlliances } from './modules/alliances/alliances.routes.ts';
import { registerReporting } from './modules/reporting/reporting.routes.ts';
import { registerBusinessAreas } from './modules/business-areas/business-areas.routes.ts';
import { registerFinance } from './modules/finance/finance.routes.ts';
import packageJson from '../package.json' with { type: 'json' };

export interface AppDeps {
  readonly config: Pick<Config, 'environment' | 'sessionSecret' | 'sessionIdleMinutes' | 'logLevel'> &
    Partial<Pick<Config, 'trustProxy'>>;
  readonly database: Database;
  readonly clock: Clock;
  readonly logger?: boolean;
}

const EMBEDDED_REQUESTS_AT_ONCE = 1;

/** What every module's register() receives. */
export interface ModuleDeps {
  readonly db: Database['db'];
  readonly clock: Clock;
  readonly secureCookies: boolean;
}

/** How the access hook finds the organisations a route's resource belongs to, from the modules that own them. */
function resourceLookups(db: Db): ResourceLookups {
  return {
    organisation: (id) => organisationItself(db, id),
    alliance: (id) => allianceOrganisations(db, id),
    ...businessAreaLookups(db),
  };
}

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

  const accounts = createAccountsService({
    db: deps.database.db,
    clock: deps.clock,
    sessionIdleMinutes: deps.config.sessionIdleMinutes,
  });
  const moduleDeps: ModuleDeps = { db: deps.database.db, clock: deps.clock, secureCookies };

  // The embedded database answers one statement at a time: a few requests at once keep it busy.
  if (deps.database.kind === 'embedded') setUpWorkQueue(app, EMBEDDED_REQUESTS_AT_ONCE);
  setUpErrorHandling(app);
  await setUpSecurity(app, { cookieSecret: deps.config.sessionSecret, secureCookies });
  setUpTextCheck(app); // after the CSRF check: both run in preValidation, in this order
  setUpAccessControl(app, authenticator(accounts), resourceLookups(deps.database.db));
  await setUpViews(app);
  await setUpOpenApi(app, { version: packageJson.version });
  setUpHealth(app, deps.database, { name: packageJson.name, version: packageJson.version });
  setUpStaticPages(app);

  registerAccounts(app, { ...moduleDeps, accounts });
  registerAudit(app, moduleDeps);
  registerOrganisations(app, moduleDeps);
  registerAlliances(app, moduleDeps);
  registerBusinessAreas(app, moduleDeps);
  registerFinance(app, moduleDeps);
  registerReporting(app, moduleDeps);
  return app;
}

/** A hop count trusts that many proxies nearest the service; otherwise the proxies named. */
function fastifyTrustProxy(
  trust: Config['trustProxy'],
): boolean | string | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust.join(',');
}
