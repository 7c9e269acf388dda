import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { registerReportingApi } from './reporting.api.ts';
import { registerReportingPages } from './reporting.pages.ts';
import { createReportingService } from './reporting.service.ts';

export function registerReporting(app: FastifyInstance, deps: ModuleDeps): void {
  const reporting = createReportingService(deps);
  registerReportingPages(app, { ...deps, reporting });
  registerReportingApi(app, { ...deps, reporting });
}
