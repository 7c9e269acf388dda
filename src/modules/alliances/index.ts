import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import type { OrganisationsOf } from '../../platform/http/scope.ts';
import { allianceOrganisations } from './alliances.repo.ts';
import { registerAlliances } from './alliances.routes.ts';
import { createAlliancesService, type AlliancesService } from './alliances.service.ts';

export interface AlliancesModule extends AppModule {
  readonly alliances: AlliancesService;
  /** An alliance belongs to its members: a grant scoped to one of them reaches it. */
  readonly scope: { readonly alliance: OrganisationsOf };
}

/** Alliances between organisations: members, status, savings target. */
export function alliancesModule(deps: ModuleDeps): AlliancesModule {
  return {
    name: 'alliances',
    register: (app: FastifyInstance) => registerAlliances(app, deps),
    alliances: createAlliancesService(deps),
    scope: { alliance: (id) => allianceOrganisations(deps.db, id) },
  };
}

export { createAlliancesService, type AlliancesService } from './alliances.service.ts';
export type { Alliance, AllianceMember, AllianceStatus, AllianceSummary } from './alliances.domain.ts';
export { createAlliance } from './use-cases/create-alliance.ts';
