import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import type { OrganisationsOf } from '../../platform/http/scope.ts';
import { businessAreaLookups } from './business-areas.scope.ts';
import { registerBusinessAreas } from './business-areas.routes.ts';
import { createBusinessAreasService, type BusinessAreasService } from './portfolio/business-areas.service.ts';

export interface BusinessAreasModule extends AppModule {
  readonly businessAreas: BusinessAreasService;
  /** A business area, and its alliance's meetings and conditions, belong to the alliance's members. */
  readonly scope: {
    readonly businessArea: OrganisationsOf;
    readonly meeting: OrganisationsOf;
    readonly condition: OrganisationsOf;
  };
}

/** The portfolio, each business case's path through the boards, the boards, meetings and documents. */
export function businessAreasModule(deps: ModuleDeps): BusinessAreasModule {
  return {
    name: 'business-areas',
    register: (app: FastifyInstance) => registerBusinessAreas(app, deps),
    businessAreas: createBusinessAreasService(deps),
    scope: businessAreaLookups(deps.db),
  };
}

export { createBusinessAreasService, type BusinessAreasService } from './portfolio/business-areas.service.ts';
export { NO_FILTERS } from './portfolio/business-areas.domain.ts';
export {
  pipelineFigures,
  pipelineHeadline,
  type PipelineFigures,
} from './pipeline/pipeline-figures.domain.ts';
