import { z } from 'zod';
import { NotFoundError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { createAlliancesService } from '../../../alliances/index.ts';
import { THE_ALLIANCE } from '../../portfolio/business-areas.access.ts';
import * as repo from '../boards.repo.ts';
import { boardOrFail } from '../meetings.service.ts';
import { BOARDS_TAGS, CHANGE_BOARDS } from './access.ts';

export const removeBoardMember = defineUseCase({
  name: 'Remove a member from a board',
  operationId: 'removeBoardMember',
  summary: 'Remove a member from a board',
  tags: BOARDS_TAGS,
  input: z.object({ allianceId: z.uuid(), boardId: z.uuid(), memberId: z.uuid() }),
  access: CHANGE_BOARDS,
  scope: THE_ALLIANCE,
  audit: 'board.member-removed',
  run: async (input, { tx, clock, change }) => {
    await createAlliancesService({ db: tx, clock }).get(input.allianceId);
    const board = await boardOrFail(tx, input.boardId, input.allianceId);
    const member = await repo.findMember(tx, board.id, input.memberId);
    if (!member || !(await repo.deleteMember(tx, member.id))) {
      throw new NotFoundError(`That person is not a member of the ${board.name}`);
    }
    await recordAudit(tx, change, {
      entityType: 'board',
      entityId: board.id,
      summary: `Removed ${member.name} (${member.roleTitle}) from the ${board.name}`,
      before: member,
    });
    return member;
  },
});
