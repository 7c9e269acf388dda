import { z } from 'zod';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { THE_MEETING } from '../../portfolio/business-areas.access.ts';
import * as repo from '../boards.repo.ts';
import { boardOrFail, loadMeetingOrFail, meetingName } from '../meetings.service.ts';
import { BOARDS_TAGS, CHANGE_BOARDS } from './access.ts';
import {
  auditAgendaChanges,
  changedMeanwhile,
  checkAgenda,
  meetingInput,
  meetingValues,
} from './meeting-changes.ts';

/** Audited on the meeting, and on each case put on or taken off its agenda. */
export const changeMeeting = defineUseCase({
  name: 'Change a meeting',
  operationId: 'updateMeeting',
  summary: 'Change a meeting and its agenda (send the version you read; a stale one is refused with 409)',
  tags: BOARDS_TAGS,
  input: meetingInput.extend({ id: z.uuid(), version: z.number().int() }),
  access: CHANGE_BOARDS,
  scope: THE_MEETING,
  audit: 'meeting.updated',
  run: async ({ id, version, ...input }, { tx, change }) => {
    const before = await loadMeetingOrFail(tx, id);
    const board = await boardOrFail(tx, before.boardId);
    if (before.version !== version) throw changedMeanwhile(board, before.heldOn);
    const beforeIds = before.agenda.map((item) => item.businessAreaId);
    const known = await checkAgenda(tx, board, input.agenda, beforeIds);
    if (!(await repo.updateMeeting(tx, id, version, meetingValues(input), change.now))) {
      throw changedMeanwhile(board, before.heldOn);
    }
    await repo.replaceAgenda(tx, id, input.agenda);
    const after = await loadMeetingOrFail(tx, id);
    const name = meetingName(board, after.heldOn);
    const names = new Map<string, { name: string }>([
      ...known,
      ...before.agenda.map((item) => [item.businessAreaId, item] as const),
    ]);
    await recordAudit(tx, change, {
      entityType: 'meeting',
      entityId: id,
      summary: `Changed the ${name}`,
      before,
      after,
    });
    await auditAgendaChanges(tx, change, name, beforeIds, after, names);
    return after;
  },
});
