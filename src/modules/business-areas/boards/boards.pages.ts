import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import type { Access } from '../../../platform/http/access.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { THE_ALLIANCE } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { formErrors, parseForm } from '../../../platform/http/forms.ts';
import type { Alliance } from '../../alliances/index.ts';
import { BOARD_PURPOSES, type Board } from './boards.domain.ts';
import { memberForm } from './boards.schemas.ts';
import type { BoardsService } from './boards.service.ts';

/** The programme office keeps the boards, their members and their meetings. */
export const CHANGE_BOARDS: Access = { anyOf: ['programme_team'] };

export type BoardsPageDeps = ModuleDeps & { boards: BoardsService };
type BoardParams = { Params: { allianceId: string; boardId: string } };

const SAVED_MESSAGES: Record<string, string> = {
  'member-added': 'Member added',
  'member-removed': 'Member removed',
  'meeting-added': 'Meeting added',
};

interface MemberValues {
  readonly name: string;
  readonly roleTitle: string;
  readonly organisationId: string;
}

function memberValues(body: unknown): MemberValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    name: text(fields.name),
    roleTitle: text(fields.roleTitle),
    organisationId: text(fields.organisationId),
  };
}

export function boardsHref(allianceId: string): string {
  return `/alliances/${allianceId}/boards`;
}

function allianceCrumbs(alliance: Alliance) {
  return [
    { text: 'Alliances', href: '/alliances' },
    { text: alliance.shortName, href: `/alliances/${alliance.id}` },
  ];
}

export function registerBoardsPages(app: FastifyInstance, deps: BoardsPageDeps): void {
  const { boards, clock } = deps;

  app.get<{ Params: { allianceId: string }; Querystring: { saved?: string } }>(
    '/alliances/:allianceId/boards',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const alliance = await boards.alliance(allianceId);
      const overview = await boards.overview(allianceId, request.id);
      const organisationNames = new Map(alliance.members.map((m) => [m.organisationId, m.name]));
      return reply.render('business-areas/views/boards-list.njk', {
        pageTitle: `Boards of ${alliance.name}`,
        alliance,
        boards: overview.map((entry) => ({
          ...entry,
          purpose: BOARD_PURPOSES[entry.board.kind],
          members: entry.members.map((member) => ({
            ...member,
            organisation: member.organisationId ? organisationNames.get(member.organisationId) : undefined,
          })),
        })),
        canChange: await mayChange(request, CHANGE_BOARDS, 'alliance', allianceId),
        savedMessage: SAVED_MESSAGES[request.query.saved ?? ''],
        breadcrumbs: allianceCrumbs(alliance),
      });
    },
  );

  function renderMemberForm(
    reply: FastifyReply,
    context: { alliance: Alliance; board: Board },
    values: MemberValues,
    errors?: readonly FieldError[],
  ) {
    const { alliance, board } = context;
    return reply.render(
      'business-areas/views/boards-member-form.njk',
      {
        pageTitle: `Add a member to the ${board.name}`,
        alliance,
        board,
        values,
        action: `${boardsHref(alliance.id)}/${board.id}/members/new`,
        cancelHref: boardsHref(alliance.id),
        organisationItems: [
          { value: '', text: 'Not given' },
          ...alliance.members.map((m) => ({
            value: m.organisationId,
            text: m.name,
            selected: m.organisationId === values.organisationId,
          })),
        ],
        errors: errors && formErrors(errors),
        backLink: { href: boardsHref(alliance.id) },
      },
      errors ? 400 : 200,
    );
  }

  const ids = (request: FastifyRequest<BoardParams>) => ({
    allianceId: requireUuid(request.params.allianceId, 'alliance'),
    boardId: requireUuid(request.params.boardId, 'board'),
  });

  app.get<BoardParams>(
    '/alliances/:allianceId/boards/:boardId/members/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE } },
    async (request, reply) => {
      const { allianceId, boardId } = ids(request);
      const context = await boards.boardOf(allianceId, boardId);
      return renderMemberForm(reply, context, { name: '', roleTitle: '', organisationId: '' });
    },
  );

  app.post<BoardParams>(
    '/alliances/:allianceId/boards/:boardId/members/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'board.member-added' } },
    async (request, reply) => {
      const { allianceId, boardId } = ids(request);
      const context = await boards.boardOf(allianceId, boardId);
      const values = memberValues(request.body);
      const form = parseForm(memberForm, request.body);
      if (!form.ok) return renderMemberForm(reply, context, values, form.errors);
      try {
        await boards.addMember(changeContext(request, clock), allianceId, boardId, form.value);
      } catch (error) {
        if (error instanceof ValidationError) return renderMemberForm(reply, context, values, error.details);
        throw error;
      }
      return reply.redirect(`${boardsHref(allianceId)}?saved=member-added#board-${boardId}`, 303);
    },
  );

  app.post<{ Params: { allianceId: string; boardId: string; memberId: string } }>(
    '/alliances/:allianceId/boards/:boardId/members/:memberId/remove',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'board.member-removed' } },
    async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const boardId = requireUuid(request.params.boardId, 'board');
      const memberId = requireUuid(request.params.memberId, 'member');
      await boards.removeMember(changeContext(request, clock), allianceId, boardId, memberId);
      return reply.redirect(`${boardsHref(allianceId)}?saved=member-removed#board-${boardId}`, 303);
    },
  );
}
