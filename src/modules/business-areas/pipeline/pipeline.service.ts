import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { londonDate } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { boardForStage } from './pipeline.domain.ts';
import { NOT_FOUND } from './pipeline.changes.ts';
import { solesOfAlliance, type PipelineSole } from './pipeline.facts.ts';
import { createCaseJudge, type ConsultationLookup } from './pipeline.workflow.ts';
import * as repo from './pipeline.repo.ts';
import { buildCaseState, type CaseState } from './pipeline.state.ts';

export interface PipelineDeps {
  readonly db: Db;
  readonly clock: Clock;
  /** How to tell whether a case's consultation is open; until consultations are recorded, nobody knows. */
  readonly consultationOpen?: ConsultationLookup;
}

/** The pipeline as it is read; its changes are the use cases in `use-cases/`. */
export function createPipelineService(deps: PipelineDeps) {
  const { db, clock } = deps;
  const cases = createCaseJudge(clock, deps.consultationOpen);
  const today = (now: Date) => londonDate(now);

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
    soles,
    caseState,
    meetingChoices,
    findCondition,
  };
}

export type PipelineService = ReturnType<typeof createPipelineService>;
