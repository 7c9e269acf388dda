import type { FastifyInstance } from 'fastify';
import type { Dispatcher } from './dispatcher.ts';

/**
 * After an audited request has answered, its change is committed: nudge the dispatcher so its
 * events go out now rather than at the next poll. The app's close stops the dispatcher.
 */
export function setUpEventDispatch(app: FastifyInstance, dispatcher: Dispatcher): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.config.audit !== undefined && reply.statusCode < 400) dispatcher.nudge();
  });
  app.addHook('onClose', () => dispatcher.stop());
}
