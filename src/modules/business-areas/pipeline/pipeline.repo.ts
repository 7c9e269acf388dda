import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { MoveRecord } from '../../../platform/workflow/history.ts';
import type { Mover, Stage } from './business-case.domain.ts';
import type { BoardKind, DecisionOutcome, SoleGate } from './pipeline.domain.ts';
import {
  boardDecisions,
  boards,
  businessAreas,
  decisionConditions,
  meetings,
  soleApprovals,
  stageMoves,
} from '../business-areas.tables.ts';

/** The part of a business area the pipeline reads and changes. */
export interface PipelineArea {
  readonly id: string;
  readonly allianceId: string;
  readonly name: string;
  readonly stage: Stage;
  readonly stageChangedAt: Date;
  /** The current submission: approvals given for an earlier one do not count. */
  readonly submission: number;
  readonly version: number;
}

const areaColumns = {
  id: businessAreas.id,
  allianceId: businessAreas.allianceId,
  name: businessAreas.name,
  stage: businessAreas.stage,
  stageChangedAt: businessAreas.stageChangedAt,
  submission: businessAreas.submission,
  version: businessAreas.version,
};

/** With `lock`, holds the row until the transaction ends, so changes to one case queue up. */
export async function findArea(db: Db, id: string, lock = false): Promise<PipelineArea | undefined> {
  const query = db.select(areaColumns).from(businessAreas).where(eq(businessAreas.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row && { ...row, stage: row.stage as Stage };
}

/** Moves the case only if nobody else changed it since `version` was read. */
export async function updateStage(
  db: Db,
  id: string,
  version: number,
  change: { stage: Stage; submission: number },
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(businessAreas)
    .set({ ...change, stageChangedAt: now, updatedAt: now, version: version + 1 })
    .where(and(eq(businessAreas.id, id), eq(businessAreas.version, version)))
    .returning({ id: businessAreas.id });
  return updated.length === 1;
}

/** A decision that leaves the case where it is can still start its next submission (a deferral). */
export async function startSubmission(db: Db, id: string, submission: number, now: Date): Promise<void> {
  await db.update(businessAreas).set({ submission, updatedAt: now }).where(eq(businessAreas.id, id));
}

export type StageMoveValues = typeof stageMoves.$inferInsert;

/** The pipeline's history of moves, with the board decision that made a move, when one did. */
export async function insertStageMove(
  db: Db,
  move: MoveRecord<Stage, Mover>,
  decisionId: string | null,
): Promise<void> {
  await db.insert(stageMoves).values({
    id: move.id,
    businessAreaId: move.recordId,
    fromStage: move.from,
    toStage: move.to,
    mover: move.by,
    reason: move.reason,
    decisionId,
    movedByUserId: move.recordedBy.userId,
    movedByLabel: move.recordedBy.label,
    movedAt: move.at,
  });
}

export async function insertStageMoves(db: Db, moves: readonly StageMoveValues[]): Promise<void> {
  if (moves.length > 0) await db.insert(stageMoves).values([...moves]);
}

/** A case's stage as a batch of moves left it, written once however many moves the batch held. */
export async function setStageState(db: Db, area: PipelineArea): Promise<void> {
  const { stage, submission, stageChangedAt, version } = area;
  await db
    .update(businessAreas)
    .set({ stage, submission, stageChangedAt, updatedAt: stageChangedAt, version })
    .where(eq(businessAreas.id, area.id));
}

export interface SoleDecisionRecord {
  readonly id: string;
  readonly gate: SoleGate;
  readonly organisationId: string;
  readonly office: string;
  readonly decision: 'approved' | 'refused';
  readonly decidedBy: string;
  readonly asDelegate: boolean;
  readonly delegateRole: string | null;
  readonly decidedOn: string;
  readonly note: string | null;
  readonly submission: number;
  readonly recordedAt: Date;
}

/** In the order they were recorded: the latest of each sole counts. */
export async function soleDecisionsOf(db: Db, areaId: string): Promise<SoleDecisionRecord[]> {
  const rows = await db
    .select({
      id: soleApprovals.id,
      gate: soleApprovals.gate,
      organisationId: soleApprovals.organisationId,
      office: soleApprovals.office,
      decision: soleApprovals.decision,
      decidedBy: soleApprovals.decidedBy,
      asDelegate: soleApprovals.asDelegate,
      delegateRole: soleApprovals.delegateRole,
      decidedOn: soleApprovals.decidedOn,
      note: soleApprovals.note,
      submission: soleApprovals.submission,
      recordedAt: soleApprovals.recordedAt,
    })
    .from(soleApprovals)
    .where(eq(soleApprovals.businessAreaId, areaId))
    .orderBy(asc(soleApprovals.recordedAt));
  return rows.map((row) => ({
    ...row,
    gate: row.gate as SoleGate,
    decision: row.decision as 'approved' | 'refused',
  }));
}

export async function latestSoleDecisionAt(db: Db, areaId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: max(soleApprovals.recordedAt) })
    .from(soleApprovals)
    .where(eq(soleApprovals.businessAreaId, areaId));
  return row?.at ?? undefined;
}

export async function insertSoleDecision(db: Db, values: typeof soleApprovals.$inferInsert): Promise<void> {
  await db.insert(soleApprovals).values(values);
}

export type SoleDecisionValues = typeof soleApprovals.$inferInsert;

export async function insertSoleDecisions(db: Db, rows: readonly SoleDecisionValues[]): Promise<void> {
  if (rows.length > 0) await db.insert(soleApprovals).values([...rows]);
}

export interface MeetingRecord {
  readonly id: string;
  readonly heldOn: string;
  readonly location: string | null;
  readonly boardId: string;
  readonly boardKind: BoardKind;
  readonly boardName: string;
  readonly allianceId: string;
}

const meetingColumns = {
  id: meetings.id,
  heldOn: meetings.heldOn,
  location: meetings.location,
  boardId: boards.id,
  boardKind: boards.kind,
  boardName: boards.name,
  allianceId: boards.allianceId,
};

function toMeeting(row: Omit<MeetingRecord, 'boardKind'> & { boardKind: string }): MeetingRecord {
  return { ...row, boardKind: row.boardKind as BoardKind };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID names no meeting (and would only upset the database). */
export async function findMeeting(db: Db, id: string): Promise<MeetingRecord | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(boards, eq(boards.id, meetings.boardId))
    .where(eq(meetings.id, id));
  return row && toMeeting(row);
}

/** The meetings of the alliance's board of this kind, latest first. */
export async function meetingsOfBoard(db: Db, allianceId: string, kind: BoardKind): Promise<MeetingRecord[]> {
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(boards, eq(boards.id, meetings.boardId))
    .where(and(eq(boards.allianceId, allianceId), eq(boards.kind, kind)))
    .orderBy(desc(meetings.heldOn));
  return rows.map(toMeeting);
}

export async function insertDecision(db: Db, values: typeof boardDecisions.$inferInsert): Promise<void> {
  await db.insert(boardDecisions).values(values);
}

export async function insertConditions(
  db: Db,
  rows: readonly (typeof decisionConditions.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(decisionConditions).values([...rows]);
}

export interface DecisionRecord {
  readonly id: string;
  readonly meetingId: string;
  readonly heldOn: string;
  readonly boardKind: BoardKind;
  readonly boardName: string;
  readonly outcome: DecisionOutcome;
  readonly reasons: string | null;
  readonly recordedAt: Date;
}

/** Oldest first, as the case's history reads. */
export async function decisionsOf(db: Db, areaId: string): Promise<DecisionRecord[]> {
  const rows = await db
    .select({
      id: boardDecisions.id,
      meetingId: boardDecisions.meetingId,
      heldOn: meetings.heldOn,
      boardKind: boards.kind,
      boardName: boards.name,
      outcome: boardDecisions.outcome,
      reasons: boardDecisions.reasons,
      recordedAt: boardDecisions.recordedAt,
    })
    .from(boardDecisions)
    .innerJoin(meetings, eq(meetings.id, boardDecisions.meetingId))
    .innerJoin(boards, eq(boards.id, meetings.boardId))
    .where(eq(boardDecisions.businessAreaId, areaId))
    .orderBy(asc(meetings.heldOn), asc(boardDecisions.recordedAt));
  return rows.map((row) => ({
    ...row,
    boardKind: row.boardKind as BoardKind,
    outcome: row.outcome as DecisionOutcome,
  }));
}

export interface ConditionRecord {
  readonly id: string;
  readonly decisionId: string;
  readonly businessAreaId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly closedOn: string | null;
  readonly closureNote: string | null;
  readonly version: number;
  /** The day of the meeting whose decision set the condition. */
  readonly raisedOn: string;
}

const conditionColumns = {
  id: decisionConditions.id,
  decisionId: decisionConditions.decisionId,
  businessAreaId: decisionConditions.businessAreaId,
  description: decisionConditions.description,
  owner: decisionConditions.owner,
  dueOn: decisionConditions.dueOn,
  closedOn: decisionConditions.closedOn,
  closureNote: decisionConditions.closureNote,
  version: decisionConditions.version,
  raisedOn: meetings.heldOn,
};

export async function conditionsOf(db: Db, areaId: string): Promise<ConditionRecord[]> {
  return db
    .select(conditionColumns)
    .from(decisionConditions)
    .innerJoin(boardDecisions, eq(boardDecisions.id, decisionConditions.decisionId))
    .innerJoin(meetings, eq(meetings.id, boardDecisions.meetingId))
    .where(eq(decisionConditions.businessAreaId, areaId))
    .orderBy(asc(decisionConditions.dueOn), asc(decisionConditions.description));
}

export async function findCondition(db: Db, id: string): Promise<ConditionRecord | undefined> {
  const [row] = await db
    .select(conditionColumns)
    .from(decisionConditions)
    .innerJoin(boardDecisions, eq(boardDecisions.id, decisionConditions.decisionId))
    .innerJoin(meetings, eq(meetings.id, boardDecisions.meetingId))
    .where(eq(decisionConditions.id, id));
  return row;
}

/** Closes the condition only if nobody else changed it since `version` was read. */
export async function closeConditionRow(
  db: Db,
  id: string,
  version: number,
  closure: { closedOn: string; closureNote: string },
): Promise<boolean> {
  const updated = await db
    .update(decisionConditions)
    .set({ ...closure, version: version + 1 })
    .where(and(eq(decisionConditions.id, id), eq(decisionConditions.version, version)))
    .returning({ id: decisionConditions.id });
  return updated.length === 1;
}
