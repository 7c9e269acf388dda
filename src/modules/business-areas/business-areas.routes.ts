import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerPortfolioApi } from './business-areas.api.ts';
import { registerPortfolioPages } from './business-areas.pages.ts';
import { registerBoards } from './boards.routes-part.ts';
import { registerPipeline } from './pipeline.routes-part.ts';

/** The portfolio, each case's path through the governance boards, and the boards themselves. */
export function registerBusinessAreas(app: FastifyInstance, deps: ModuleDeps): void {
  registerPortfolioPages(app, deps);
  registerPortfolioApi(app, deps);
  registerPipeline(app, deps);
  registerBoards(app, deps);
}
