import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { IsoDate } from '../../../platform/dates.ts';
import type { Cursor } from '../../../platform/http/cursor.ts';
import type { AgendaCandidate, AgendaItem, Board, BoardKind, BoardMember, Meeting } from './boards.domain.ts';
import {
  agendaItems,
  boardDecisions,
  boardMembers,
  boards,
  businessAreas,
  meetings,
} from '../business-areas.tables.ts';

type MeetingRow = typeof meetings.$inferSelect;

const toBoard = (row: typeof boards.$inferSelect): Board => ({
  id: row.id,
  allianceId: row.allianceId,
  kind: row.kind as BoardKind,
  name: row.name,
});

export async function boardsOf(db: Db, allianceId: string): Promise<Board[]> {
  const rows = await db.select().from(boards).where(eq(boards.allianceId, allianceId));
  return rows.map(toBoard);
}

/** Two people opening the boards page at once both try; the unique index keeps one of each kind. */
export async function insertMissingBoards(
  db: Db,
  rows: readonly { id: string; allianceId: string; kind: BoardKind; name: string; now: Date }[],
): Promise<Board[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(boards)
    .values(rows.map(({ now, ...row }) => ({ ...row, createdAt: now })))
    .onConflictDoNothing()
    .returning();
  return inserted.map(toBoard);
}

export async function findBoard(db: Db, id: string): Promise<Board | undefined> {
  const [row] = await db.select().from(boards).where(eq(boards.id, id));
  return row && toBoard(row);
}

export async function membersOf(db: Db, boardIds: readonly string[]): Promise<BoardMember[]> {
  if (boardIds.length === 0) return [];
  return db
    .select()
    .from(boardMembers)
    .where(inArray(boardMembers.boardId, [...boardIds]))
    .orderBy(asc(boardMembers.name), asc(boardMembers.id));
}

export async function insertMember(db: Db, member: BoardMember): Promise<void> {
  await db.insert(boardMembers).values(member);
}

export async function findMember(db: Db, boardId: string, id: string): Promise<BoardMember | undefined> {
  const [row] = await db
    .select()
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.id, id)));
  return row;
}

export async function deleteMember(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(boardMembers)
    .where(eq(boardMembers.id, id))
    .returning({ id: boardMembers.id });
  return deleted.length === 1;
}

export type MeetingRecord = Omit<Meeting, 'agenda'>;

const toMeeting = (row: MeetingRow): MeetingRecord => ({
  id: row.id,
  boardId: row.boardId,
  heldOn: row.heldOn as IsoDate,
  location: row.location,
  papers: row.papers,
  minutes: row.minutes,
  version: row.version,
  updatedAt: row.updatedAt,
});

export async function meetingsOf(db: Db, boardIds: readonly string[]): Promise<MeetingRecord[]> {
  if (boardIds.length === 0) return [];
  const rows = await db
    .select()
    .from(meetings)
    .where(inArray(meetings.boardId, [...boardIds]))
    .orderBy(desc(meetings.heldOn), asc(meetings.id));
  return rows.map(toMeeting);
}

/**
 * Up to `limit` of one board's meetings after the cursor, latest first (held_on, id descending):
 * the API's keyset, served by the index on (board_id, held_on) read backwards.
 */
export async function meetingsAfter(
  db: Db,
  boardId: string,
  after: Cursor | undefined,
  limit: number,
): Promise<MeetingRecord[]> {
  const afterCursor =
    after && sql`(${meetings.heldOn}, ${meetings.id}) < (${String(after.key)}, ${after.id})`;
  const rows = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.boardId, boardId), afterCursor))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .limit(limit);
  return rows.map(toMeeting);
}

export async function countMeetings(db: Db, boardId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<string>`count(*)` })
    .from(meetings)
    .where(eq(meetings.boardId, boardId));
  return Number(row?.count ?? 0);
}

export async function findMeeting(db: Db, id: string): Promise<MeetingRecord | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row && toMeeting(row);
}

export type MeetingValues = Pick<MeetingRecord, 'heldOn' | 'location' | 'papers' | 'minutes'>;

export async function insertMeeting(
  db: Db,
  meeting: MeetingValues & { id: string; boardId: string; now: Date },
): Promise<void> {
  const { now, ...values } = meeting;
  await db.insert(meetings).values({ ...values, version: 1, createdAt: now, updatedAt: now });
}

/** Updates only if nobody else saved since `version` was read; returns false when they had. */
export async function updateMeeting(
  db: Db,
  id: string,
  version: number,
  values: MeetingValues,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(meetings)
    .set({ ...values, version: version + 1, updatedAt: now })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning({ id: meetings.id });
  return updated.length === 1;
}

export async function agendaOf(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({
      meetingId: agendaItems.meetingId,
      businessAreaId: agendaItems.businessAreaId,
      position: agendaItems.position,
      name: businessAreas.name,
      stage: businessAreas.stage,
    })
    .from(agendaItems)
    .innerJoin(businessAreas, eq(businessAreas.id, agendaItems.businessAreaId))
    .where(inArray(agendaItems.meetingId, [...meetingIds]))
    .orderBy(asc(agendaItems.position));
  return rows satisfies (AgendaItem & { meetingId: string })[];
}

export async function replaceAgenda(db: Db, meetingId: string, areaIds: readonly string[]): Promise<void> {
  await db.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  if (areaIds.length === 0) return;
  await db
    .insert(agendaItems)
    .values(areaIds.map((businessAreaId, index) => ({ meetingId, businessAreaId, position: index + 1 })));
}

/**
 * Puts an area last on a meeting's agenda unless it is there already: a board decides only what
 * is before it, and the meeting's page lists its decisions by its agenda.
 */
export async function ensureOnAgenda(db: Db, meetingId: string, businessAreaId: string): Promise<boolean> {
  const result = await db.execute(sql`
    insert into agenda_items (meeting_id, business_area_id, position)
    select ${meetingId}, ${businessAreaId}, coalesce(max(position), 0) + 1
      from agenda_items where meeting_id = ${meetingId}
    on conflict (meeting_id, business_area_id) do nothing
    returning business_area_id`);
  return (result as unknown as { rows: unknown[] }).rows.length === 1;
}

export async function agendaCandidates(db: Db, areaIds: readonly string[]): Promise<AgendaCandidate[]> {
  if (areaIds.length === 0) return [];
  return db
    .select({
      id: businessAreas.id,
      allianceId: businessAreas.allianceId,
      name: businessAreas.name,
      inScope: businessAreas.inScope,
    })
    .from(businessAreas)
    .where(inArray(businessAreas.id, [...areaIds]));
}

/** The alliance's business areas in scope, by name: what a board may put on its agenda. */
export async function inScopeAreasOf(db: Db, allianceId: string) {
  return db
    .select({ id: businessAreas.id, name: businessAreas.name, stage: businessAreas.stage })
    .from(businessAreas)
    .where(and(eq(businessAreas.allianceId, allianceId), eq(businessAreas.inScope, true)))
    .orderBy(asc(businessAreas.name));
}

/** Latest first, so the first one found for an area is its latest decision at the meeting. */
export async function decisionsAt(db: Db, meetingId: string) {
  return db
    .select({
      id: boardDecisions.id,
      businessAreaId: boardDecisions.businessAreaId,
      outcome: boardDecisions.outcome,
      reasons: boardDecisions.reasons,
      recordedAt: boardDecisions.recordedAt,
    })
    .from(boardDecisions)
    .where(eq(boardDecisions.meetingId, meetingId))
    .orderBy(desc(boardDecisions.recordedAt));
}
