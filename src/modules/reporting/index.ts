import type { FastifyInstance } from 'fastify';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { registerReporting } from './reporting.routes.ts';

/** The dashboard and the alliance in numbers, read from what the other modules record. */
export function reportingModule(deps: ModuleDeps): AppModule {
  return { name: 'reporting', register: (app: FastifyInstance) => registerReporting(app, deps) };
}
