import { z } from 'zod';
import type { ChangeContext } from '../../../../platform/context.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { formatDate, londonDate } from '../../../../platform/dates.ts';
import { ValidationError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as boardsRepo from '../../boards/boards.repo.ts';
import { RECORD_DECISIONS, THE_AREA } from '../../portfolio/business-areas.access.ts';
import { STAGE_LABELS } from '../business-case.domain.ts';
import {
  BOARD_LABELS,
  DECISION_OUTCOMES,
  OUTCOME_LABELS,
  boardForStage,
  conditionDateProblems,
  decisionProblems,
  meetingProblem,
  moverFor,
  stageAfterDecision,
} from '../pipeline.domain.ts';
import {
  ENTITY_TYPE,
  applyMove,
  lockedArea,
  movedOn,
  refusalError,
  snapshot,
  stayAfter,
} from '../pipeline.changes.ts';
import * as repo from '../pipeline.repo.ts';
import type { PipelineArea } from '../pipeline.repo.ts';
import type { CaseJudge } from '../pipeline.workflow.ts';
import { PIPELINE_TAGS } from './access.ts';

const decisionInput = z.object({
  areaId: z.uuid(),
  meetingId: z.string().max(100),
  outcome: z.enum(DECISION_OUTCOMES),
  reasons: z.string().optional(),
  conditions: z.array(z.object({ description: z.string(), owner: z.string(), dueOn: z.string() })).readonly(),
  /** The version of the case the person saw: a case that has moved on since is refused. */
  version: z.number().int(),
});
type DecisionInput = z.output<typeof decisionInput>;

/** Everything a board decision must satisfy before anything is saved; what it is about, once it does. */
async function checkDecision(cases: CaseJudge, tx: Db, area: PipelineArea, input: DecisionInput, now: Date) {
  const board = boardForStage(area.stage);
  if (!board) {
    const message = `A board decision can be recorded only while a board is reviewing the case: it is at "${STAGE_LABELS[area.stage]}"`;
    throw new ValidationError([{ field: 'meetingId', message }]);
  }
  const meeting = await repo.findMeeting(tx, input.meetingId);
  const problem = meetingProblem(area, board, meeting, londonDate(now));
  if (problem || !meeting) throw new ValidationError([{ field: 'meetingId', message: problem ?? '' }]);
  const problems = [
    ...decisionProblems(board, input.outcome, input.reasons, input.conditions),
    ...conditionDateProblems(input.conditions, meeting.heldOn),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  const to = stageAfterDecision(board, input.outcome);
  if (to) {
    const move = { to, by: moverFor(board), reason: input.reasons };
    const refusal = await cases.refusalOf(tx, area, londonDate(now), move);
    if (refusal) throw refusalError(refusal, { choice: 'outcome', reason: 'reasons' });
  }
  return { board, meeting, to };
}

async function saveDecision(tx: Db, change: ChangeContext, area: PipelineArea, input: DecisionInput) {
  const decision = {
    id: crypto.randomUUID(),
    meetingId: input.meetingId,
    outcome: input.outcome,
    reasons: input.reasons ?? null,
  };
  await repo.insertDecision(tx, {
    ...decision,
    businessAreaId: area.id,
    recordedByUserId: change.actor.userId,
    recordedAt: change.now,
  });
  const conditions = input.conditions.map((condition) => ({
    id: crypto.randomUUID(),
    decisionId: decision.id,
    businessAreaId: area.id,
    ...condition,
  }));
  await repo.insertConditions(tx, conditions);
  return { decision, conditions };
}

/** A board's decision at one of its meetings; an approval or a return moves the case by the same rule as a move by hand. */
export function recordBoardDecision(cases: CaseJudge) {
  return defineUseCase({
    name: "Record a board's decision",
    operationId: 'recordBoardDecision',
    summary: "Record a board's decision on a business case; an approval or a return moves the case",
    tags: PIPELINE_TAGS,
    input: decisionInput,
    access: RECORD_DECISIONS,
    scope: THE_AREA,
    audit: 'business_area.board-decision-recorded',
    run: async (input, { tx, change }) => {
      const area = await lockedArea(tx, input.areaId);
      if (input.version !== area.version) throw movedOn(area);
      const { board, meeting, to } = await checkDecision(cases, tx, area, input, change.now);
      const addedToAgenda = await boardsRepo.ensureOnAgenda(tx, meeting.id, area.id);
      const { decision, conditions } = await saveDecision(tx, change, area, {
        ...input,
        meetingId: meeting.id,
      });
      const move = to && { to, reason: input.reasons, mover: moverFor(board), decisionId: decision.id };
      const after = move
        ? await applyMove(tx, change, area, move)
        : await stayAfter(tx, area, input.outcome, change.now);
      const moved = `${to ? `; moved to "${STAGE_LABELS[to]}"` : ''}${addedToAgenda ? '; added to the agenda' : ''}`;
      await recordAudit(tx, change, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: `${BOARD_LABELS[board]} decision on ${area.name} at its meeting of ${formatDate(meeting.heldOn)}: ${OUTCOME_LABELS[input.outcome]}${moved}`,
        before: snapshot(area),
        after: { ...snapshot(after), decision, conditions },
      });
      return { decisionId: decision.id, area: after };
    },
  });
}
