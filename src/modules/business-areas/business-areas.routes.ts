import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerPortfolioApi } from './portfolio/business-areas.api.ts';
import { registerPortfolioPages } from './portfolio/business-areas.pages.ts';
import { registerBoards } from './boards/boards.routes-part.ts';
import { registerPipeline } from './pipeline/pipeline.routes-part.ts';
import { createPipelineService } from './pipeline/pipeline.service.ts';
import { createPipelineUseCases } from './pipeline/use-cases/pipeline-use-cases.ts';

/** The portfolio, each case's path through the governance boards, and the boards themselves. */
export function registerBusinessAreas(app: FastifyInstance, deps: ModuleDeps): void {
  const pipeline = createPipelineService(deps);
  registerPortfolioPages(app, { ...deps, pipeline });
  registerPortfolioApi(app, deps);
  registerPipeline(app, { ...deps, pipeline, changes: createPipelineUseCases(deps) });
  registerBoards(app, deps);
}
