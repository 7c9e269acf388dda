import type { FastifyRequest } from 'fastify';
import { isAllowed, type Access } from '../../platform/http/access.ts';

/** The programme team keeps the portfolio (administrators pass everything). */
export const CHANGE_PORTFOLIO: Access = { anyOf: ['programme_team'] };

/** Finance leads keep the money and headcount figures as well as the programme team. */
export const CHANGE_BASELINES: Access = { anyOf: ['programme_team', 'finance'] };

export function canChangePortfolio(request: FastifyRequest): boolean {
  return isAllowed(request.principal, CHANGE_PORTFOLIO);
}

export function canChangeBaselines(request: FastifyRequest): boolean {
  return isAllowed(request.principal, CHANGE_BASELINES);
}
