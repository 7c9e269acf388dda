import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import type { OrganisationsOf } from '../../platform/http/scope.ts';
import { organisationItself } from './organisations.repo.ts';
import { registerOrganisations } from './organisations.routes.ts';
import { createOrganisationsService, type OrganisationsService } from './organisations.service.ts';

export interface OrganisationsModule extends AppModule {
  readonly organisations: OrganisationsService;
  /** An organisation belongs to itself: a grant scoped to it reaches it. */
  readonly scope: { readonly organisation: OrganisationsOf };
}

/** The forces and their corporation soles, office holders, budgets and populations. */
export function organisationsModule(deps: ModuleDeps): OrganisationsModule {
  return {
    name: 'organisations',
    register: (app: FastifyInstance) => registerOrganisations(app, deps),
    organisations: createOrganisationsService(deps),
    scope: { organisation: (id) => organisationItself(deps.db, id) },
  };
}

export {
  createOrganisationsService,
  getOrganisationsByIds,
  budgetsForYear,
  currentCorporationSoles,
  type Organisation,
  type OrganisationsService,
} from './organisations.service.ts';
export * from './organisations.domain.ts';
export { addOfficeHolder } from './use-cases/add-office-holder.ts';
export { createOrganisation } from './use-cases/create-organisation.ts';
