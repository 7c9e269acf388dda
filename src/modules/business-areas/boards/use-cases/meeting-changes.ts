import { z } from 'zod';
import type { ChangeContext } from '../../../../platform/context.ts';
import type { Db } from '../../../../platform/db/database.ts';
import type { IsoDate } from '../../../../platform/dates.ts';
import { ConflictError, ValidationError } from '../../../../platform/errors.ts';
import { recordAudit } from '../../../audit/index.ts';
import * as repo from '../boards.repo.ts';
import { agendaChanges, agendaProblems, type Board, type Meeting } from '../boards.domain.ts';
import { meetingName } from '../meetings.service.ts';

/** A meeting as a person gives it: its day, where, papers and minutes, and the agenda in order. */
export const meetingInput = z.object({
  heldOn: z.iso.date().transform((date) => date as IsoDate),
  location: z.string().optional(),
  papers: z.string().optional(),
  minutes: z.string().optional(),
  /** Business area ids in agenda order. */
  agenda: z.array(z.string().max(100)).readonly(),
});
type MeetingInput = z.output<typeof meetingInput>;

export function changedMeanwhile(board: Board, heldOn: string): ConflictError {
  return new ConflictError(
    `The ${meetingName(board, heldOn)} was changed by someone else while you were editing. ` +
      'Your changes have not been saved.',
  );
}

export async function checkAgenda(
  db: Db,
  board: Board,
  chosen: readonly string[],
  before: readonly string[] = [],
) {
  const candidates = await repo.agendaCandidates(db, chosen);
  const known = new Map(candidates.map((area) => [area.id, area]));
  const problems = agendaProblems(chosen, board.allianceId, known, before);
  if (problems.length > 0) throw new ValidationError(problems);
  return known;
}

export function meetingValues(input: MeetingInput): repo.MeetingValues {
  return {
    heldOn: input.heldOn,
    location: input.location ?? null,
    papers: input.papers ?? null,
    minutes: input.minutes ?? null,
  };
}

/** Each area put on or taken off an agenda gets a line in its own history. */
export async function auditAgendaChanges(
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
