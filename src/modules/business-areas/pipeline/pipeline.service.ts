import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { formatDate, londonDate } from '../../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { STAGE_LABELS, type Mover, type Stage } from './business-case.domain.ts';
import {
  BOARD_LABELS,
  OUTCOME_LABELS,
  SOLE_GATE_LABELS,
  boardForStage,
  closureProblems,
  conditionDateProblems,
  decisionProblems,
  meetingProblem,
  moverFor,
  soleDecisionProblems,
  soleDecisionStageProblem,
  stageAfterDecision,
  type ConditionInput,
  type DecisionOutcome,
} from './pipeline.domain.ts';
import {
  ENTITY_TYPE,
  NOT_FOUND,
  applyMove,
  soleDecisionRecord,
  stayAfter,
  lockedArea,
  movedOn,
  moveSummary,
  nextRecordingInstant,
  refusalError,
  requireSole,
  snapshot,
} from './pipeline.changes.ts';
import { solesOfAlliance, type PipelineSole } from './pipeline.facts.ts';
import { createCaseJudge, type ConsultationLookup } from './pipeline.workflow.ts';
import * as boardsRepo from '../boards/boards.repo.ts';
import * as repo from './pipeline.repo.ts';
import type { PipelineArea } from './pipeline.repo.ts';
import { buildCaseState, type CaseState } from './pipeline.state.ts';

export interface PipelineDeps {
  readonly db: Db;
  readonly clock: Clock;
  /** How to tell whether a case's consultation is open; until consultations are recorded, nobody knows. */
  readonly consultationOpen?: ConsultationLookup;
}

export interface MoveInput {
  readonly to: Stage;
  readonly reason?: string | undefined;
  readonly version: number;
  readonly mover: Mover;
}

import type { SoleDecisionInput } from './pipeline.domain.ts';
export type { SoleDecisionInput };

export interface BoardDecisionInput {
  readonly meetingId: string;
  readonly outcome: DecisionOutcome;
  readonly reasons?: string | undefined;
  readonly conditions: readonly ConditionInput[];
  /** The version of the case the person saw: a case that has moved on since is refused. */
  readonly version: number;
}

export interface ClosureInput {
  readonly closedOn: string;
  readonly closureNote: string;
  readonly version: number;
}

export function createPipelineService(deps: PipelineDeps) {
  const { db, clock } = deps;
  const cases = createCaseJudge(clock, deps.consultationOpen);
  const today = (now: Date) => londonDate(now);

  async function moveCase(context: ChangeContext, areaId: string, input: MoveInput): Promise<PipelineArea> {
    return db.transaction(async (tx) => {
      const area = await lockedArea(tx, areaId);
      if (area.version !== input.version) throw movedOn(area);
      const move = { to: input.to, by: input.mover, reason: input.reason };
      const refusal = await cases.refusalOf(tx, area, today(context.now), move);
      if (refusal) throw refusalError(refusal, { choice: 'to', reason: 'reason' });
      const after = await applyMove(tx, context, area, { ...move, mover: input.mover, decisionId: null });
      await recordAudit(tx, context, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: moveSummary(area, input.to, input.reason),
        before: snapshot(area),
        after: { ...snapshot(after), mover: input.mover, reason: input.reason ?? null },
      });
      return after;
    });
  }

  async function recordSoleDecision(context: ChangeContext, areaId: string, input: SoleDecisionInput) {
    return db.transaction(async (tx) => {
      const area = await lockedArea(tx, areaId);
      const stageProblem = soleDecisionStageProblem(input.gate, area.stage);
      if (stageProblem) throw new ValidationError([{ field: 'gate', message: stageProblem }]);
      const soles = await solesOfAlliance(tx, clock, area.allianceId, today(context.now));
      const sole = requireSole(soles, input.organisationId, input.office);
      const problems = soleDecisionProblems(input, today(context.now));
      if (problems.length > 0) throw new ValidationError(problems);
      const recordedAt = await nextRecordingInstant(tx, area.id, context.now);
      const record = soleDecisionRecord(input, sole, { recordedAt, submission: area.submission });
      await repo.insertSoleDecision(tx, {
        ...record,
        businessAreaId: area.id,
        recordedByUserId: context.actor.userId,
      });
      const by = input.asDelegate ? ` (by ${input.decidedBy}, ${record.delegateRole}, as delegate)` : '';
      await recordAudit(tx, context, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: `${sole.title} ${input.decision} the ${SOLE_GATE_LABELS[input.gate].toLowerCase()} of ${area.name}${by}`,
        after: { name: area.name, soleDecision: { ...record, sole: sole.title } },
      });
      return record;
    });
  }

  /** Everything a board decision must satisfy before anything is saved; what it is about, once it does. */
  async function checkDecision(tx: Db, area: PipelineArea, input: BoardDecisionInput, now: Date) {
    const board = boardForStage(area.stage);
    if (!board) {
      const message = `A board decision can be recorded only while a board is reviewing the case: it is at "${STAGE_LABELS[area.stage]}"`;
      throw new ValidationError([{ field: 'meetingId', message }]);
    }
    const meeting = await repo.findMeeting(tx, input.meetingId);
    const problem = meetingProblem(area, board, meeting, today(now));
    if (problem || !meeting) throw new ValidationError([{ field: 'meetingId', message: problem ?? '' }]);
    const problems = [
      ...decisionProblems(board, input.outcome, input.reasons, input.conditions),
      ...conditionDateProblems(input.conditions, meeting.heldOn),
    ];
    if (problems.length > 0) throw new ValidationError(problems);
    const to = stageAfterDecision(board, input.outcome);
    if (to) {
      const move = { to, by: moverFor(board), reason: input.reasons };
      const refusal = await cases.refusalOf(tx, area, today(now), move);
      if (refusal) throw refusalError(refusal, { choice: 'outcome', reason: 'reasons' });
    }
    return { board, meeting, to };
  }

  async function saveDecision(tx: Db, context: ChangeContext, area: PipelineArea, input: BoardDecisionInput) {
    const decision = {
      id: crypto.randomUUID(),
      meetingId: input.meetingId,
      outcome: input.outcome,
      reasons: input.reasons ?? null,
    };
    await repo.insertDecision(tx, {
      ...decision,
      businessAreaId: area.id,
      recordedByUserId: context.actor.userId,
      recordedAt: context.now,
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

  async function recordBoardDecision(context: ChangeContext, areaId: string, input: BoardDecisionInput) {
    return db.transaction(async (tx) => {
      const area = await lockedArea(tx, areaId);
      if (input.version !== area.version) throw movedOn(area);
      const { board, meeting, to } = await checkDecision(tx, area, input, context.now);
      const addedToAgenda = await boardsRepo.ensureOnAgenda(tx, meeting.id, area.id);
      const { decision, conditions } = await saveDecision(tx, context, area, {
        ...input,
        meetingId: meeting.id,
      });
      const move = to && { to, reason: input.reasons, mover: moverFor(board), decisionId: decision.id };
      const after = move
        ? await applyMove(tx, context, area, move)
        : await stayAfter(tx, area, input.outcome, context.now);
      const moved = `${to ? `; moved to "${STAGE_LABELS[to]}"` : ''}${addedToAgenda ? '; added to the agenda' : ''}`;
      await recordAudit(tx, context, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: `${BOARD_LABELS[board]} decision on ${area.name} at its meeting of ${formatDate(meeting.heldOn)}: ${OUTCOME_LABELS[input.outcome]}${moved}`,
        before: snapshot(area),
        after: { ...snapshot(after), decision, conditions },
      });
      return { decisionId: decision.id, area: after };
    });
  }

  async function closeCondition(context: ChangeContext, conditionId: string, input: ClosureInput) {
    return db.transaction(async (tx) => {
      const condition = await repo.findCondition(tx, conditionId);
      if (!condition) throw new NotFoundError('Condition not found');
      const area = await lockedArea(tx, condition.businessAreaId);
      const changed = new ConflictError(
        'This condition was changed by someone else while you were editing. Your changes have not been saved.',
      );
      if (condition.version !== input.version) throw changed;
      const problems = closureProblems(condition, input.closedOn, today(context.now));
      if (problems.length > 0) throw new ValidationError(problems);
      const closure = { closedOn: input.closedOn, closureNote: input.closureNote };
      if (!(await repo.closeConditionRow(tx, condition.id, input.version, closure))) throw changed;
      const after = { ...condition, ...closure, version: condition.version + 1 };
      await recordAudit(tx, context, {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: `Closed the condition "${condition.description}" on ${area.name}: ${input.closureNote}`,
        before: { name: area.name, condition },
        after: { name: area.name, condition: after },
      });
      return after;
    });
  }

  async function caseState(areaId: string): Promise<CaseState> {
    const area = await repo.findArea(db, areaId);
    if (!area) throw new NotFoundError(NOT_FOUND);
    const now = clock.now();
    const [{ facts, answers }, decisions, conditions] = [
      await cases.judgeForPage(db, area, today(now)),
      await repo.decisionsOf(db, area.id),
      await repo.conditionsOf(db, area.id),
    ];
    return buildCaseState({ area, facts, answers, decisions, conditions, today: today(now) });
  }

  async function soles(areaId: string, onDate = today(clock.now())): Promise<PipelineSole[]> {
    const area = await repo.findArea(db, areaId);
    if (!area) throw new NotFoundError(NOT_FOUND);
    return solesOfAlliance(db, clock, area.allianceId, onDate);
  }

  /** The meetings at which the board now reviewing the case could decide it, latest first. */
  async function meetingChoices(areaId: string) {
    const area = await repo.findArea(db, areaId);
    if (!area) throw new NotFoundError(NOT_FOUND);
    const board = boardForStage(area.stage);
    const meetings = board ? await repo.meetingsOfBoard(db, area.allianceId, board) : [];
    return { area, board, meetings };
  }

  async function findCondition(conditionId: string) {
    const condition = await repo.findCondition(db, conditionId);
    if (!condition) throw new NotFoundError('Condition not found');
    const area = await repo.findArea(db, condition.businessAreaId);
    if (!area) throw new NotFoundError(NOT_FOUND);
    return { condition, area };
  }

  return {
    moveCase,
    soles,
    recordSoleDecision,
    recordBoardDecision,
    closeCondition,
    caseState,
    meetingChoices,
    findCondition,
  };
}

export type PipelineService = ReturnType<typeof createPipelineService>;
