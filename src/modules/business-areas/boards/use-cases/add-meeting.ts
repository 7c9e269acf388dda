import { z } from 'zod';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { THE_ALLIANCE } from '../../portfolio/business-areas.access.ts';
import * as repo from '../boards.repo.ts';
import { boardOrFail, loadMeetingOrFail, meetingName } from '../meetings.service.ts';
import { BOARDS_TAGS, CHANGE_BOARDS } from './access.ts';
import { auditAgendaChanges, checkAgenda, meetingInput, meetingValues } from './meeting-changes.ts';

/** Audited on the meeting and on each case put on its agenda. */
export const addMeeting = defineUseCase({
  name: 'Add a meeting of a board',
  operationId: 'createMeeting',
  summary: 'Add a meeting of a board, with its agenda',
  tags: BOARDS_TAGS,
  input: meetingInput.extend({ allianceId: z.uuid(), boardId: z.uuid() }),
  access: CHANGE_BOARDS,
  scope: THE_ALLIANCE,
  audit: 'meeting.created',
  run: async ({ allianceId, boardId, ...input }, { tx, change }) => {
    const board = await boardOrFail(tx, boardId, allianceId);
    const id = crypto.randomUUID();
    const known = await checkAgenda(tx, board, input.agenda);
    await repo.insertMeeting(tx, { ...meetingValues(input), id, boardId: board.id, now: change.now });
    await repo.replaceAgenda(tx, id, input.agenda);
    const after = await loadMeetingOrFail(tx, id);
    const name = meetingName(board, after.heldOn);
    await recordAudit(tx, change, {
      entityType: 'meeting',
      entityId: id,
      summary: `Added the ${name}`,
      after,
    });
    await auditAgendaChanges(tx, change, name, [], after, known);
    return after;
  },
});
