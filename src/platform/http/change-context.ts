import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { ChangeContext } from '../context.ts';

export function changeContext(request: FastifyRequest, clock: Clock): ChangeContext {
  const principal = request.principal;
  const action = request.routeOptions.config.audit;
  if (!principal || !action) throw new Error('A change needs a signed-in user and a route audit action');
  const label = principal.via === 'token' ? `${principal.name} (API)` : principal.name;
  return { actor: { userId: principal.id, label }, requestId: request.id, action, now: clock.now() };
}
