import { and, asc, count, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import {
  boardDecisions,
  boards,
  businessAreaBaselines,
  businessAreas,
  decisionConditions,
  meetings,
} from '../business-areas.tables.ts';
import type { StageCount } from '../pipeline/pipeline-figures.domain.ts';

/** Read-only queries behind the conditions list, the pipeline view and a case's timeline. */

export async function stageCounts(db: Db, allianceId: string): Promise<StageCount[]> {
  return db
    .select({ stage: businessAreas.stage, inScope: businessAreas.inScope, count: count() })
    .from(businessAreas)
    .where(eq(businessAreas.allianceId, allianceId))
    .groupBy(businessAreas.stage, businessAreas.inScope);
}

/** Cases rejected or withdrawn have left the remit; excluded areas were never in it. */
export const OUTSIDE_REMIT_STAGES = ['rejected', 'withdrawn'];

/** Null when no area in the remit has a baseline yet, so "£0" is never shown for "not recorded". */
export async function remitBudgetPence(db: Db, allianceId: string): Promise<number | null> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${businessAreaBaselines.budgetPence})` })
    .from(businessAreaBaselines)
    .innerJoin(businessAreas, eq(businessAreas.id, businessAreaBaselines.businessAreaId))
    .where(
      and(
        eq(businessAreas.allianceId, allianceId),
        eq(businessAreas.inScope, true),
        notInArray(businessAreas.stage, OUTSIDE_REMIT_STAGES),
      ),
    );
  return row?.total === null || row?.total === undefined ? null : Number(row.total);
}

export async function conditionsOf(db: Db, allianceId: string) {
  return db
    .select({
      id: decisionConditions.id,
      description: decisionConditions.description,
      owner: decisionConditions.owner,
      dueOn: decisionConditions.dueOn,
      closedOn: decisionConditions.closedOn,
      closureNote: decisionConditions.closureNote,
      businessAreaId: businessAreas.id,
      businessAreaName: businessAreas.name,
      decisionOutcome: boardDecisions.outcome,
      meetingId: meetings.id,
      meetingHeldOn: meetings.heldOn,
      boardName: boards.name,
    })
    .from(decisionConditions)
    .innerJoin(businessAreas, eq(businessAreas.id, decisionConditions.businessAreaId))
    .innerJoin(boardDecisions, eq(boardDecisions.id, decisionConditions.decisionId))
    .innerJoin(meetings, eq(meetings.id, boardDecisions.meetingId))
    .innerJoin(boards, eq(boards.id, meetings.boardId))
    .where(eq(businessAreas.allianceId, allianceId))
    .orderBy(asc(businessAreas.name), asc(decisionConditions.dueOn), asc(decisionConditions.id));
}

export async function findArea(db: Db, id: string) {
  const [row] = await db
    .select({
      id: businessAreas.id,
      allianceId: businessAreas.allianceId,
      name: businessAreas.name,
      stage: businessAreas.stage,
      submission: businessAreas.submission,
      inScope: businessAreas.inScope,
    })
    .from(businessAreas)
    .where(eq(businessAreas.id, id));
  return row;
}
