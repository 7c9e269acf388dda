import type { FastifyRequest } from 'fastify';
import type { Access } from '../../../platform/http/access.ts';
import { mayChange, type ResourceKind } from '../../../platform/http/scope.ts';

/** The programme team keeps the portfolio (administrators pass everything). */
export const CHANGE_PORTFOLIO: Access = { anyOf: ['programme_team'] };

/** Finance leads keep the money and headcount figures as well as the programme team. */
export const CHANGE_BASELINES: Access = { anyOf: ['programme_team', 'finance'] };

/** The programme team moves work along; only a board's decision moves a case past that board. */
export const MOVE_CASES: Access = { anyOf: ['programme_team'] };

/** The programme office records decisions on the board's and the soles' behalf; the record names who decided. */
export const RECORD_DECISIONS: Access = { anyOf: ['programme_team', 'board_member'] };

/** A business area belongs to the members of its alliance: a grant for one of them reaches it. */
export const THE_AREA = { businessArea: 'id' } as const;

/** A new business area, a board or a meeting to be added: the alliance named in the path. */
export const THE_ALLIANCE = { alliance: 'allianceId' } as const;

/** A meeting belongs to its board's alliance, a condition to its business area's. */
export const THE_MEETING = { meeting: 'id' } as const;
export const THE_CONDITION = { condition: 'id' } as const;

export function canChangePortfolio(
  request: FastifyRequest,
  kind: ResourceKind,
  id: string,
): Promise<boolean> {
  return mayChange(request, CHANGE_PORTFOLIO, kind, id);
}

export function canChangeBaselines(request: FastifyRequest, areaId: string): Promise<boolean> {
  return mayChange(request, CHANGE_BASELINES, 'businessArea', areaId);
}
