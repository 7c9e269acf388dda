import type { FastifyInstance } from 'fastify';
import { registerPipelineApi } from './pipeline.api.ts';
import { registerDecisionPages } from './pipeline-decisions.pages.ts';
import { registerPipelinePages, type PipelinePageDeps } from './pipeline.pages.ts';

/** Stage moves, the corporation soles' approvals, board decisions and their conditions. */
export function registerPipeline(app: FastifyInstance, deps: PipelinePageDeps): void {
  registerPipelinePages(app, deps);
  registerDecisionPages(app, deps);
  registerPipelineApi(app, deps);
}
