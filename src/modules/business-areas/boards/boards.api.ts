import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import type { IsoDate } from '../../../platform/dates.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import type { Meeting } from './boards.domain.ts';
import { CHANGE_BOARDS } from './boards.pages.ts';
import { THE_ALLIANCE, THE_MEETING } from '../portfolio/business-areas.access.ts';
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
import type { MeetingDetails, MeetingInput } from './meetings.service.ts';

const tags = ['Boards and meetings'];
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

function meetingInput(body: z.infer<typeof meetingBody>): MeetingInput {
  return {
    heldOn: body.heldOn as IsoDate,
    location: body.location ?? undefined,
    papers: body.papers ?? undefined,
    minutes: body.minutes ?? undefined,
    agenda: body.agenda ?? [],
  };
}

export function registerBoardsApi(app: FastifyInstance, deps: ModuleDeps & { boards: BoardsService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { boards } = deps;
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
  const ids = (params: { allianceId: string; boardId: string }) => ({
    allianceId: requireUuid(params.allianceId, 'alliance'),
    boardId: requireUuid(params.boardId, 'board'),
  });

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

  api.post(`${BOARDS}/:boardId/members`, {
    config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'board.member-added' },
    schema: {
      tags,
      operationId: 'addBoardMember',
      summary: 'Add a member to a board',
      params: boardParams,
      body: memberBody,
      response: { 201: memberSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const { allianceId, boardId } = ids(request.params);
      const member = await boards.addMember(context(request), allianceId, boardId, {
        ...request.body,
        organisationId: request.body.organisationId ?? undefined,
      });
      return reply.status(201).send(member);
    },
  });

  api.delete(`${BOARDS}/:boardId/members/:memberId`, {
    config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'board.member-removed' },
    schema: {
      tags,
      operationId: 'removeBoardMember',
      summary: 'Remove a member from a board',
      params: memberParams,
      response: { 200: memberSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { allianceId, boardId } = ids(request.params);
      const memberId = requireUuid(request.params.memberId, 'member');
      return boards.removeMember(context(request), allianceId, boardId, memberId);
    },
  });

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

  api.post(`${BOARDS}/:boardId/meetings`, {
    config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'meeting.created' },
    schema: {
      tags,
      operationId: 'createMeeting',
      summary: 'Add a meeting of a board, with its agenda',
      params: boardParams,
      body: meetingBody,
      response: { 201: meetingSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const { allianceId, boardId } = ids(request.params);
      const created = await boards.createMeeting(
        context(request),
        allianceId,
        boardId,
        meetingInput(request.body),
      );
      return reply.status(201).send(meetingJson(await boards.getMeeting(created.id)));
    },
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

  api.put(`${API_PREFIX}/meetings/:id`, {
    config: { access: CHANGE_BOARDS, scope: THE_MEETING, audit: 'meeting.updated' },
    schema: {
      tags,
      operationId: 'updateMeeting',
      summary: 'Change a meeting and its agenda (send the version you read; a stale one is refused with 409)',
      params: idParams,
      body: meetingUpdateBody,
      response: { 200: meetingSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = requireUuid(request.params.id, 'meeting');
      await boards.updateMeeting(context(request), id, {
        ...meetingInput(request.body),
        version: request.body.version,
      });
      return meetingJson(await boards.getMeeting(id));
    },
  });
}
