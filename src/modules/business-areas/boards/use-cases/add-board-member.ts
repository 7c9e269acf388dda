import { z } from 'zod';
import { ValidationError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { createAlliancesService } from '../../../alliances/index.ts';
import { THE_ALLIANCE } from '../../portfolio/business-areas.access.ts';
import * as repo from '../boards.repo.ts';
import type { BoardMember } from '../boards.domain.ts';
import { boardOrFail } from '../meetings.service.ts';
import { BOARDS_TAGS, CHANGE_BOARDS } from './access.ts';

export const addBoardMember = defineUseCase({
  name: 'Add a member to a board',
  operationId: 'addBoardMember',
  summary: 'Add a member to a board',
  tags: BOARDS_TAGS,
  input: z.object({
    allianceId: z.uuid(),
    boardId: z.uuid(),
    name: z.string(),
    roleTitle: z.string(),
    organisationId: z.string().max(100).optional(),
  }),
  access: CHANGE_BOARDS,
  scope: THE_ALLIANCE,
  audit: 'board.member-added',
  run: async (input, { tx, clock, change }) => {
    const alliance = await createAlliancesService({ db: tx, clock }).get(input.allianceId);
    const board = await boardOrFail(tx, input.boardId, input.allianceId);
    const wanted = input.organisationId?.toLowerCase();
    const organisation = wanted ? alliance.members.find((m) => m.organisationId === wanted) : undefined;
    if (wanted && !organisation) {
      const message = `Select an organisation that is a member of ${alliance.name}`;
      throw new ValidationError([{ field: 'organisationId', message }]);
    }
    const member: BoardMember = {
      id: crypto.randomUUID(),
      boardId: board.id,
      name: input.name,
      roleTitle: input.roleTitle,
      organisationId: organisation?.organisationId ?? null,
    };
    await repo.insertMember(tx, member);
    await recordAudit(tx, change, {
      entityType: 'board',
      entityId: board.id,
      summary: `Added ${member.name} (${member.roleTitle}) to the ${board.name}`,
      after: { ...member, organisation: organisation?.name ?? null },
    });
    return member;
  },
});
