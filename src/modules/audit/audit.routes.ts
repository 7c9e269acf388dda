import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.ts';

export function registerAudit(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
}
