import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { registerAgreements } from './agreements.routes.ts';
import { createAgreementsService, type AgreementsService } from './agreements.service.ts';

export interface AgreementsModule extends AppModule {
  readonly agreements: AgreementsService;
}

/** Section 22A collaboration agreements: parties, signatures, variations, termination and publication. */
export function agreementsModule(deps: ModuleDeps): AgreementsModule {
  return {
    name: 'agreements',
    register: (app: FastifyInstance) => registerAgreements(app, deps),
    agreements: createAgreementsService(deps),
  };
}

export { createAgreementsService, type Agreement, type AgreementsService } from './agreements.service.ts';
export { AGREEMENT_WORKFLOW, type AgreementState } from './agreements.workflow.ts';
export { EXIT_CONTRIBUTION_LIMIT_MONTHS, noticeEnds } from './agreement-terms.domain.ts';
