import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.ts';

export function registerAlliances(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
}
