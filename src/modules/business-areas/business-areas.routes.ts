import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerPortfolioApi } from './business-areas.api.ts';
import { registerPortfolioPages } from './business-areas.pages.ts';
import { registerBoards } from './boards.routes-part.ts';
import { registerPipeline } from './pipeline.routes-part.ts';
import { createPipelineService } from './pipeline.service.ts';

/** The portfolio, each case's path through the governance boards, and the boards themselves. */
export function registerBusinessAreas(app: FastifyInstance, deps: ModuleDeps): void {
  const pipeline = createPipelineService(deps);
  registerPortfolioPages(app, { ...deps, pipeline });
  registerPortfolioApi(app, deps);
  registerPipeline(app, { ...deps, pipeline });
  registerBoards(app, deps);
}
