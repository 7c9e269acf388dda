import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerAgreementApi } from './agreements.api.ts';
import { registerAgreementPages } from './agreements.pages.ts';
import { registerSignPage } from './agreements.sign-page.ts';
import { createAgreementsService } from './agreements.service.ts';
import { registerPublication } from './public/publication.routes.ts';

export function registerAgreements(app: FastifyInstance, deps: ModuleDeps): void {
  const agreements = createAgreementsService(deps);
  registerAgreementPages(app, { ...deps, agreements });
  registerSignPage(app, { ...deps, agreements });
  registerAgreementApi(app, { ...deps, agreements });
  registerPublication(app, deps);
}
