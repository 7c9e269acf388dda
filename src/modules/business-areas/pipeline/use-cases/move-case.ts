import { z } from 'zod';
import { londonDate } from '../../../../platform/dates.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { MOVE_CASES, THE_AREA } from '../../portfolio/business-areas.access.ts';
import { STAGES } from '../business-case.domain.ts';
import {
  ENTITY_TYPE,
  applyMove,
  lockedArea,
  movedOn,
  moveSummary,
  refusalError,
  snapshot,
} from '../pipeline.changes.ts';
import type { CaseJudge } from '../pipeline.workflow.ts';
import { PIPELINE_TAGS } from './access.ts';

/** A move by hand; the judge holds the pipeline's rule and the gates other modules answer. */
export function moveCase(cases: CaseJudge) {
  return defineUseCase({
    name: 'Move a business case',
    operationId: 'moveBusinessCase',
    summary:
      'Move a business case to another stage as the programme team (send the version you read; a stale one is refused with 409)',
    tags: PIPELINE_TAGS,
    input: z.object({
      areaId: z.uuid(),
      to: z.enum(STAGES),
      reason: z.string().optional(),
      version: z.number().int(),
      mover: z.enum(['programme_team', 'programme_board', 'executive_board']),
    }),
    access: MOVE_CASES,
    scope: THE_AREA,
    audit: 'business_area.stage-moved',
    run: async (input, { tx, change }) => {
      const area = await lockedArea(tx, input.areaId);
      if (area.version !== input.version) throw movedOn(area);
      const move = { to: input.to, by: input.mover, reason: input.reason };
      const refusal = await cases.refusalOf(tx, area, londonDate(change.now), move);
      if (refusal) throw refusalError(refusal, { choice: 'to', reason: 'reason' });
      const after = await applyMove(tx, change, area, { ...move, mover: input.mover, decisionId: null });
      await recordAudit(tx, change, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: moveSummary(area, input.to, input.reason),
        before: snapshot(area),
        after: { ...snapshot(after), mover: input.mover, reason: input.reason ?? null },
      });
      return after;
    },
  });
}
