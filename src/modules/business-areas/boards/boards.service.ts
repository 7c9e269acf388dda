import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { SYSTEM_ACTOR, type ChangeContext } from '../../../platform/context.ts';
import { londonDate, parseIsoDate } from '../../../platform/dates.ts';
import { decodeCursor, keysetPage, type CursorKey, type KeysetPage } from '../../../platform/http/cursor.ts';
import { recordAudit } from '../../audit/index.ts';
import { createAlliancesService, type Alliance } from '../../alliances/index.ts';
import * as repo from './boards.repo.ts';
import { boardOrFail, createMeetingsService } from './meetings.service.ts';
import { BOARD_NAMES, byBoardOrder, missingBoardKinds, splitMeetings, type Board } from './boards.domain.ts';

export interface BoardsDeps {
  readonly db: Db;
  readonly clock: Clock;
}

const isIsoDateKey = (key: CursorKey) => typeof key === 'string' && parseIsoDate(key) !== undefined;

/** One page of a board's meetings, latest first, with the board's count of meetings. */
async function meetingsPage(
  db: Db,
  boardId: string,
  options: { limit: number; cursor: string | undefined },
): Promise<KeysetPage<repo.MeetingRecord> & { total: number }> {
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, isIsoDateKey);
  const rows = await repo.meetingsAfter(db, boardId, after, options.limit + 1);
  const listed = keysetPage(
    rows,
    options.limit,
    (meeting) => ({ key: meeting.heldOn, id: meeting.id }),
    (meeting) => meeting,
  );
  return { ...listed, total: await repo.countMeetings(db, boardId) };
}

export function createBoardsService(deps: BoardsDeps) {
  const { db, clock } = deps;
  const alliances = createAlliancesService({ db, clock });

  async function ensureBoards(context: ChangeContext, allianceId: string): Promise<Board[]> {
    const existing = await repo.boardsOf(db, allianceId);
    const missing = missingBoardKinds(existing.map((board) => board.kind));
    if (missing.length === 0) return existing.sort(byBoardOrder);
    const alliance = await alliances.get(allianceId);
    await db.transaction(async (tx) => {
      const rows = missing.map((kind) => ({
        id: crypto.randomUUID(),
        allianceId,
        kind,
        name: BOARD_NAMES[kind],
        now: context.now,
      }));
      for (const board of await repo.insertMissingBoards(tx, rows)) {
        await recordAudit(tx, context, {
          entityType: 'board',
          entityId: board.id,
          summary: `Set up the ${board.name} of ${alliance.name}`,
          after: board,
        });
      }
    });
    return (await repo.boardsOf(db, allianceId)).sort(byBoardOrder);
  }

  /** The boards of an alliance, set up by the system the first time anyone asks for them. */
  async function overview(allianceId: string, requestId: string) {
    const context = { actor: SYSTEM_ACTOR, requestId, action: 'board.created', now: clock.now() };
    const boardList = await ensureBoards(context, allianceId);
    const ids = boardList.map((board) => board.id);
    const [members, meetingList] = await Promise.all([repo.membersOf(db, ids), repo.meetingsOf(db, ids)]);
    const today = londonDate(clock.now());
    return boardList.map((board) => ({
      board,
      members: members.filter((member) => member.boardId === board.id),
      ...splitMeetings(
        meetingList.filter((meeting) => meeting.boardId === board.id),
        today,
      ),
    }));
  }

  async function boardOf(allianceId: string, boardId: string): Promise<{ alliance: Alliance; board: Board }> {
    const alliance = await alliances.get(allianceId);
    return { alliance, board: await boardOrFail(db, boardId, allianceId) };
  }

  return {
    ensureBoards,
    overview,
    boardOf,
    ...createMeetingsService(deps),
    meetingsOfBoard: (boardId: string, options: { limit: number; cursor: string | undefined }) =>
      meetingsPage(db, boardId, options),
    /** What may go on an agenda: the alliance's in-scope areas. */
    agendaChoices: (allianceId: string) => repo.inScopeAreasOf(db, allianceId),
    alliance: (allianceId: string): Promise<Alliance> => alliances.get(allianceId),
  };
}

export type BoardsService = ReturnType<typeof createBoardsService>;
