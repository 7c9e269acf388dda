import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { formatDate, type IsoDate } from '../../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import * as repo from './boards.repo.ts';
import { agendaChanges, agendaProblems, type Board, type Meeting } from './boards.domain.ts';

export interface MeetingInput {
  readonly heldOn: IsoDate;
  readonly location?: string | undefined;
  readonly papers?: string | undefined;
  readonly minutes?: string | undefined;
  /** Business area ids in agenda order. */
  readonly agenda: readonly string[];
}

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

function meetingName(board: Board, heldOn: string): string {
  return `${board.name} meeting on ${formatDate(heldOn)}`;
}

function conflict(board: Board, heldOn: string): ConflictError {
  return new ConflictError(
    `The ${meetingName(board, heldOn)} was changed by someone else while you were editing. ` +
      'Your changes have not been saved.',
  );
}

async function loadMeeting(db: Db, id: string): Promise<Meeting | undefined> {
  const record = await repo.findMeeting(db, id);
  if (!record) return undefined;
  const agenda = await repo.agendaOf(db, [id]);
  return { ...record, agenda: agenda.map(({ meetingId: _meetingId, ...item }) => item) };
}

async function loadMeetingOrFail(db: Db, id: string): Promise<Meeting> {
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

async function checkAgenda(db: Db, board: Board, chosen: readonly string[], before: readonly string[] = []) {
  const candidates = await repo.agendaCandidates(db, chosen);
  const known = new Map(candidates.map((area) => [area.id, area]));
  const problems = agendaProblems(chosen, board.allianceId, known, before);
  if (problems.length > 0) throw new ValidationError(problems);
  return known;
}

function meetingValues(input: MeetingInput): repo.MeetingValues {
  return {
    heldOn: input.heldOn,
    location: input.location ?? null,
    papers: input.papers ?? null,
    minutes: input.minutes ?? null,
  };
}

/** Each area put on or taken off an agenda gets a line in its own history. */
async function auditAgendaChanges(
  tx: Db,
  context: ChangeContext,
  name: string,
  before: readonly string[],
  after: Meeting,
  names: ReadonlyMap<string, { name: string }>,
): Promise<void> {
  const { added, removed } = agendaChanges(
    before,
    after.agenda.map((item) => item.businessAreaId),
  );
  for (const [ids, verb] of [
    [added, 'put on the agenda of the'],
    [removed, 'taken off the agenda of the'],
  ] as const) {
    for (const id of ids) {
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: id,
        summary: `${names.get(id)?.name ?? 'Business area'}: ${verb} ${name}`,
        after: { meetingId: after.id, heldOn: after.heldOn, meeting: name },
      });
    }
  }
}

/** Meetings of a board: agenda, papers and minutes; each change audited on the meeting and on the cases it concerns. */
export function createMeetingsService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;

  async function createMeeting(
    context: ChangeContext,
    allianceId: string,
    boardId: string,
    input: MeetingInput,
  ): Promise<Meeting> {
    const board = await boardOrFail(db, boardId, allianceId);
    const id = crypto.randomUUID();
    return db.transaction(async (tx) => {
      const known = await checkAgenda(tx, board, input.agenda);
      await repo.insertMeeting(tx, { ...meetingValues(input), id, boardId: board.id, now: context.now });
      await repo.replaceAgenda(tx, id, input.agenda);
      const after = await loadMeetingOrFail(tx, id);
      const name = meetingName(board, after.heldOn);
      await recordAudit(tx, context, {
        entityType: 'meeting',
        entityId: id,
        summary: `Added the ${name}`,
        after,
      });
      await auditAgendaChanges(tx, context, name, [], after, known);
      return after;
    });
  }

  async function updateMeeting(
    context: ChangeContext,
    id: string,
    input: MeetingInput & { version: number },
  ): Promise<Meeting> {
    return db.transaction(async (tx) => {
      const before = await loadMeetingOrFail(tx, id);
      const board = await boardOrFail(tx, before.boardId);
      if (before.version !== input.version) throw conflict(board, before.heldOn);
      const beforeIds = before.agenda.map((item) => item.businessAreaId);
      const known = await checkAgenda(tx, board, input.agenda, beforeIds);
      if (!(await repo.updateMeeting(tx, id, input.version, meetingValues(input), context.now))) {
        throw conflict(board, before.heldOn);
      }
      await repo.replaceAgenda(tx, id, input.agenda);
      const after = await loadMeetingOrFail(tx, id);
      const name = meetingName(board, after.heldOn);
      const names = new Map<string, { name: string }>([
        ...known,
        ...before.agenda.map((item) => [item.businessAreaId, item] as const),
      ]);
      await recordAudit(tx, context, {
        entityType: 'meeting',
        entityId: id,
        summary: `Changed the ${name}`,
        before,
        after,
      });
      await auditAgendaChanges(tx, context, name, beforeIds, after, names);
      return after;
    });
  }

  async function getMeeting(id: string): Promise<MeetingDetails> {
    const meeting = await loadMeetingOrFail(db, id);
    const board = await boardOrFail(db, meeting.boardId);
    const decisions = new Map<string, MeetingDecision>();
    for (const { businessAreaId, ...decision } of await repo.decisionsAt(db, id)) {
      if (!decisions.has(businessAreaId)) decisions.set(businessAreaId, decision);
    }
    return { ...meeting, board, decisions };
  }

  return { createMeeting, updateMeeting, getMeeting };
}
