import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.ts';

export function registerBusinessAreas(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
}
