import type { FastifyInstance } from 'fastify';

export function setUpStaticPages(app: FastifyInstance): void {
  app.get('/accessibility', { config: { access: 'public' } }, async (_request, reply) =>
    reply.render('accessibility.njk'),
  );
}
