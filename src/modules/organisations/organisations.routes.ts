import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { createOrganisationsService } from './organisations.service.ts';
import { registerOrganisationPages } from './organisations.pages.ts';
import { registerOfficeHolderPages } from './office-holders.pages.ts';
import { registerBudgetPages } from './budgets.pages.ts';
import { registerOrganisationsApi } from './organisations.api.ts';

export function registerOrganisations(app: FastifyInstance, deps: ModuleDeps): void {
  const withService = {
    ...deps,
    organisations: createOrganisationsService({ db: deps.db, clock: deps.clock }),
  };
  registerOrganisationPages(app, withService);
  registerOfficeHolderPages(app, withService);
  registerBudgetPages(app, withService);
  registerOrganisationsApi(app, withService);
}
