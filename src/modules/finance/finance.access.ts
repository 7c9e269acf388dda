import type { FastifyRequest } from 'fastify';
import { isAllowed, type Access } from '../../platform/http/access.ts';

/** Finance leads keep the figures; the programme team may too, as it does the baselines. */
export const CHANGE_FINANCE: Access = { anyOf: ['finance', 'programme_team'] };

export function canChangeFinance(request: FastifyRequest): boolean {
  return isAllowed(request.principal, CHANGE_FINANCE);
}
