import type { FastifyRequest } from 'fastify';
import type { Access } from '../../platform/http/access.ts';
import { mayChange } from '../../platform/http/scope.ts';

/** Finance leads keep the figures; the programme team may too, as it does the baselines. */
export const CHANGE_FINANCE: Access = { anyOf: ['finance', 'programme_team'] };

/** An alliance's money belongs to its members: a grant for one of them reaches it. */
export const ALLIANCE_FINANCE = { alliance: 'id' } as const;

/** A business area's money belongs to the members of the area's alliance. */
export const AREA_FINANCE = { businessArea: 'id' } as const;

export function canChangeFinance(
  request: FastifyRequest,
  kind: 'alliance' | 'businessArea',
  id: string,
): Promise<boolean> {
  return mayChange(request, CHANGE_FINANCE, kind, id);
}
