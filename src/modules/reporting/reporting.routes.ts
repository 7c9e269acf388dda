import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.ts';

export function registerReporting(app: FastifyInstance, deps: ModuleDeps): void {
  void deps;
  app.get('/', { config: { access: 'signed-in' } }, async (_request, reply) =>
    reply.render('reporting/views/dashboard.njk', { pageTitle: 'Dashboard' }),
  );
}
