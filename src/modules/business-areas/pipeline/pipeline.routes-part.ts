import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { registerPipelineApi } from './pipeline.api.ts';
import { registerDecisionPages } from './pipeline-decisions.pages.ts';
import { registerPipelinePages } from './pipeline.pages.ts';
import type { PipelineService } from './pipeline.service.ts';

/** Stage moves, the corporation soles' approvals, board decisions and their conditions. */
export function registerPipeline(
  app: FastifyInstance,
  deps: ModuleDeps & { pipeline: PipelineService },
): void {
  registerPipelinePages(app, deps);
  registerDecisionPages(app, deps);
  registerPipelineApi(app, deps);
}
