import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { apiRoute, NO_PART } from '../../../platform/usecase/api-route.ts';
import type { Meeting } from './boards.domain.ts';
import {
  allianceParams,
  boardListSchema,
  boardParams,
  idParams,
  meetingBody,
  meetingListQuery,
  meetingListSchema,
  meetingSchema,
  meetingUpdateBody,
  memberBody,
  memberParams,
  memberSchema,
  type meetingSummarySchema,
} from './boards.schemas.ts';
import type { BoardsService } from './boards.service.ts';
import type { MeetingDetails } from './meetings.service.ts';
import { BOARDS_TAGS } from './use-cases/access.ts';
import { addBoardMember } from './use-cases/add-board-member.ts';
import { addMeeting } from './use-cases/add-meeting.ts';
import { changeMeeting } from './use-cases/change-meeting.ts';
import { removeBoardMember } from './use-cases/remove-board-member.ts';

const tags = BOARDS_TAGS;
const BOARDS = `${API_PREFIX}/alliances/:allianceId/boards`;

function summaryJson(meeting: Omit<Meeting, 'agenda'>): z.infer<typeof meetingSummarySchema> {
  const { id, boardId, heldOn, location, version } = meeting;
  return { id, boardId, heldOn, location, version };
}

function meetingJson(meeting: MeetingDetails): z.infer<typeof meetingSchema> {
  return {
    ...summaryJson(meeting),
    allianceId: meeting.board.allianceId,
    boardName: meeting.board.name,
    boardKind: meeting.board.kind,
    papers: meeting.papers,
    minutes: meeting.minutes,
    updatedAt: meeting.updatedAt.toISOString(),
    agenda: meeting.agenda.map((item) => {
      const decision = meeting.decisions.get(item.businessAreaId);
      return {
        ...item,
        decision: decision ? { ...decision, recordedAt: decision.recordedAt.toISOString() } : null,
      };
    }),
  };
}

function meetingInput(body: z.infer<typeof meetingBody>) {
  return {
    heldOn: body.heldOn,
    location: body.location ?? undefined,
    papers: body.papers ?? undefined,
    minutes: body.minutes ?? undefined,
    agenda: body.agenda ?? [],
  };
}

type BoardsApiDeps = ModuleDeps & { boards: BoardsService };

const ids = (params: { allianceId: string; boardId: string }) => ({
  allianceId: requireUuid(params.allianceId, 'alliance'),
  boardId: requireUuid(params.boardId, 'board'),
});

/** The boards of an alliance and their members. */
function registerBoardRoutes(app: FastifyInstance, deps: BoardsApiDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { boards } = deps;

  api.get(BOARDS, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listBoards',
      summary: 'The programme team, programme board and alliance executive board, with members and meetings',
      params: allianceParams,
      response: { 200: boardListSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const overview = await boards.overview(allianceId, request.id);
      return {
        allianceId,
        boards: overview.map(({ board, members, next, past }) => ({
          id: board.id,
          kind: board.kind,
          name: board.name,
          members,
          nextMeetings: next.map(summaryJson),
          pastMeetings: past.map(summaryJson),
        })),
      };
    },
  });

  apiRoute(app, deps, addBoardMember, {
    method: 'POST',
    url: `${BOARDS}/:boardId/members`,
    params: boardParams,
    body: memberBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...body,
      ...ids(params),
      organisationId: body.organisationId ?? undefined,
    }),
    response: { status: 201, schema: memberSchema, send: (member) => member },
  });

  apiRoute(app, deps, removeBoardMember, {
    method: 'DELETE',
    url: `${BOARDS}/:boardId/members/:memberId`,
    params: memberParams,
    body: NO_PART,
    query: NO_PART,
    toInput: ({ params }) => ({ ...ids(params), memberId: requireUuid(params.memberId, 'member') }),
    response: { status: 200, schema: memberSchema, send: (member) => member },
  });
}

/** A board's meetings: listed, added, read and changed. */
function registerMeetingRoutes(app: FastifyInstance, deps: BoardsApiDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { boards } = deps;
  const detailOf = async (meeting: Meeting) => meetingJson(await boards.getMeeting(meeting.id));

  api.get(`${BOARDS}/:boardId/meetings`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listMeetings',
      summary: "A board's meetings, latest first",
      description: 'A page at a time, latest first: pass `next` back as `cursor` until it is null.',
      params: boardParams,
      querystring: meetingListQuery,
      response: { 200: meetingListSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { allianceId, boardId } = ids(request.params);
      await boards.boardOf(allianceId, boardId);
      const { limit, cursor } = request.query;
      const listed = await boards.meetingsOfBoard(boardId, { limit, cursor });
      return { total: listed.total, items: listed.items.map(summaryJson), next: listed.next };
    },
  });

  apiRoute(app, deps, addMeeting, {
    method: 'POST',
    url: `${BOARDS}/:boardId/meetings`,
    params: boardParams,
    body: meetingBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...meetingInput(body), ...ids(params) }),
    response: { status: 201, schema: meetingSchema, send: detailOf },
  });

  api.get(`${API_PREFIX}/meetings/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getMeeting',
      summary: 'A meeting: its agenda, the decision recorded on each case, papers and minutes',
      params: idParams,
      response: { 200: meetingSchema, ...standardErrorResponses },
    },
    handler: async (request) =>
      meetingJson(await boards.getMeeting(requireUuid(request.params.id, 'meeting'))),
  });

  apiRoute(app, deps, changeMeeting, {
    method: 'PUT',
    url: `${API_PREFIX}/meetings/:id`,
    params: idParams,
    body: meetingUpdateBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...meetingInput(body),
      id: requireUuid(params.id, 'meeting'),
      version: body.version,
    }),
    response: { status: 200, schema: meetingSchema, send: detailOf },
  });
}

export function registerBoardsApi(app: FastifyInstance, deps: BoardsApiDeps): void {
  registerBoardRoutes(app, deps);
  registerMeetingRoutes(app, deps);
}
