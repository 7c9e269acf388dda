import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { THE_ALLIANCE } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import type { Alliance } from '../../alliances/index.ts';
import { BOARD_PURPOSES, type Board } from './boards.domain.ts';
import { memberForm } from './boards.schemas.ts';
import type { BoardsService } from './boards.service.ts';
import { CHANGE_BOARDS } from './use-cases/access.ts';
import { addBoardMember } from './use-cases/add-board-member.ts';
import { removeBoardMember } from './use-cases/remove-board-member.ts';

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
  const { boards } = deps;

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

  function memberView(context: { alliance: Alliance; board: Board }, values: MemberValues): PageView {
    const { alliance, board } = context;
    return {
      template: 'business-areas/views/boards-member-form.njk',
      data: {
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
        backLink: { href: boardsHref(alliance.id) },
      },
    };
  }

  const ids = (params: Readonly<Record<string, string>>) => ({
    allianceId: requireUuid(params['allianceId'], 'alliance'),
    boardId: requireUuid(params['boardId'], 'board'),
  });
  const boardOf = ({ allianceId, boardId }: { allianceId: string; boardId: string }) =>
    boards.boardOf(allianceId, boardId);

  app.get<BoardParams>(
    '/alliances/:allianceId/boards/:boardId/members/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE } },
    async (request, reply) => {
      const view = memberView(await boardOf(ids(request.params)), {
        name: '',
        roleTitle: '',
        organisationId: '',
      });
      return reply.render(view.template, view.data);
    },
  );

  pageRoute(app, deps, addBoardMember, {
    url: '/alliances/:allianceId/boards/:boardId/members/new',
    form: memberForm,
    values: memberValues,
    toInput: async (form, { params }) => {
      const { alliance, board } = await boardOf(ids(params));
      return { ...form, allianceId: alliance.id, boardId: board.id };
    },
    view: async ({ params, values }) => memberView(await boardOf(ids(params)), values),
    redirect: (member, { params }) =>
      `${boardsHref(ids(params).allianceId)}?saved=member-added#board-${member.boardId}`,
  });

  pageRoute(app, deps, removeBoardMember, {
    url: '/alliances/:allianceId/boards/:boardId/members/:memberId/remove',
    form: z.object({}),
    values: () => ({ name: '', roleTitle: '', organisationId: '' }),
    toInput: (_form, { params }) => ({ ...ids(params), memberId: requireUuid(params['memberId'], 'member') }),
    // Nothing is typed: the only refusal is a member no longer there, which is not found.
    view: async ({ params, values }) => memberView(await boardOf(ids(params)), values),
    redirect: (member, { params }) =>
      `${boardsHref(ids(params).allianceId)}?saved=member-removed#board-${member.boardId}`,
  });
}
