import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { formatDate } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import * as repo from './boards.repo.ts';
import type { Board, Meeting } from './boards.domain.ts';

export interface MeetingDecision {
  readonly id: string;
  readonly outcome: string;
  readonly reasons: string | null;
  readonly recordedAt: Date;
}

export interface MeetingDetails extends Meeting {
  readonly board: Board;
  readonly decisions: ReadonlyMap<string, MeetingDecision>;
}

const MEETING_NOT_FOUND = 'Meeting not found';

export function meetingName(board: Board, heldOn: string): string {
  return `${board.name} meeting on ${formatDate(heldOn)}`;
}

async function loadMeeting(db: Db, id: string): Promise<Meeting | undefined> {
  const record = await repo.findMeeting(db, id);
  if (!record) return undefined;
  const agenda = await repo.agendaOf(db, [id]);
  return { ...record, agenda: agenda.map(({ meetingId: _meetingId, ...item }) => item) };
}

export async function loadMeetingOrFail(db: Db, id: string): Promise<Meeting> {
  const meeting = await loadMeeting(db, id);
  if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
  return meeting;
}

export async function boardOrFail(db: Db, id: string, allianceId?: string): Promise<Board> {
  const board = await repo.findBoard(db, id);
  if (!board || (allianceId !== undefined && board.allianceId !== allianceId)) {
    throw new NotFoundError('Board not found');
  }
  return board;
}

/** Meetings of a board as they are read; their changes are the use cases in `use-cases/`. */
export function createMeetingsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;

  async function getMeeting(id: string): Promise<MeetingDetails> {
    const meeting = await loadMeetingOrFail(db, id);
    const board = await boardOrFail(db, meeting.boardId);
    const decisions = new Map<string, MeetingDecision>();
    for (const { businessAreaId, ...decision } of await repo.decisionsAt(db, id)) {
      if (!decisions.has(businessAreaId)) decisions.set(businessAreaId, decision);
    }
    return { ...meeting, board, decisions };
  }

  return { getMeeting };
}
