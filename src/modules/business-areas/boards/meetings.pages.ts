import type { FastifyInstance, FastifyReply } from 'fastify';
import { mayChange } from '../../../platform/http/scope.ts';
import { RECORD_DECISIONS, THE_ALLIANCE, THE_MEETING } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import { dateFromParts } from '../../../platform/validation.ts';
import { dateParts } from '../../../platform/dates.ts';
import type { Alliance } from '../../alliances/index.ts';
import { STAGE_LABELS, type Stage } from '../pipeline/business-case.domain.ts';
import { OUTCOME_LABELS, paragraphs, type Board, type Meeting } from './boards.domain.ts';
import { boardsHref, type BoardsPageDeps } from './boards.pages.ts';
import type { BoardsService } from './boards.service.ts';
import { CHANGE_BOARDS } from './use-cases/access.ts';
import { addMeeting } from './use-cases/add-meeting.ts';
import { changeMeeting } from './use-cases/change-meeting.ts';
import { gatherMeetingForm, meetingEditForm, meetingForm } from './boards.schemas.ts';
import { listOf } from '../../../platform/validation.ts';
import type { MeetingDetails } from './meetings.service.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

interface MeetingValues {
  readonly heldOn: { day: string; month: string; year: string };
  readonly location: string;
  readonly papers: string;
  readonly minutes: string;
  readonly agenda: readonly string[];
  readonly version: string;
}

function typedValues(body: unknown): MeetingValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  return {
    heldOn: dateFromParts(fields, 'heldOn'),
    location: text(fields.location),
    papers: text(fields.papers),
    minutes: text(fields.minutes),
    agenda: listOf(fields.agenda),
    version: text(fields.version),
  };
}

function valuesOf(meeting: Meeting): MeetingValues {
  return {
    heldOn: dateParts(meeting.heldOn),
    location: meeting.location ?? '',
    papers: meeting.papers ?? '',
    minutes: meeting.minutes ?? '',
    agenda: meeting.agenda.map((item) => item.businessAreaId),
    version: String(meeting.version),
  };
}

const EMPTY: MeetingValues = {
  heldOn: { day: '', month: '', year: '' },
  location: '',
  papers: '',
  minutes: '',
  agenda: [],
  version: '',
};

const stageLabel = (stage: string) => STAGE_LABELS[stage as Stage] ?? stage;

function describeMeeting(meeting: MeetingDetails | Meeting, decisions?: MeetingDetails['decisions']) {
  return {
    ...meeting,
    papersParagraphs: paragraphs(meeting.papers),
    minutesParagraphs: paragraphs(meeting.minutes),
    agenda: meeting.agenda.map((item) => {
      const decision = decisions?.get(item.businessAreaId);
      return {
        ...item,
        stageLabel: stageLabel(item.stage),
        decision: decision && {
          ...decision,
          outcomeLabel: OUTCOME_LABELS[decision.outcome] ?? decision.outcome,
        },
      };
    }),
  };
}

interface FormContext {
  readonly alliance: Alliance;
  readonly board: Board;
  readonly meeting?: Meeting;
  readonly saved?: Meeting;
}

async function formView(
  boards: BoardsService,
  context: FormContext,
  values: MeetingValues,
): Promise<PageView> {
  const { alliance, board, meeting } = context;
  const areas = await boards.agendaChoices(alliance.id);
  const onAgenda = meeting?.agenda ?? [];
  const choices = [
    ...onAgenda.map((item) => ({ id: item.businessAreaId, name: item.name, stage: item.stage })),
    ...areas.filter((area) => !onAgenda.some((item) => item.businessAreaId === area.id)),
  ];
  const cancelHref = meeting ? `/meetings/${meeting.id}` : boardsHref(alliance.id);
  return {
    template: 'business-areas/views/meetings-form.njk',
    data: {
      pageTitle: meeting ? `Change the ${board.name} meeting` : `Add a meeting of the ${board.name}`,
      alliance,
      board,
      meeting,
      values,
      action: meeting
        ? `/meetings/${meeting.id}/edit`
        : `${boardsHref(alliance.id)}/${board.id}/meetings/new`,
      cancelHref,
      agendaItems: choices.map((area) => ({
        value: area.id,
        text: area.name,
        hint: { text: stageLabel(area.stage) },
        checked: values.agenda.includes(area.id),
      })),
      saved: context.saved && describeMeeting(context.saved),
      backLink: { href: cancelHref },
    },
  };
}

const render = (reply: FastifyReply, view: PageView) => reply.render(view.template, view.data);
const meetingId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'meeting');

/** A new meeting of a board. */
function registerAddMeeting(app: FastifyInstance, deps: BoardsPageDeps): void {
  const { boards } = deps;
  const boardOf = (params: Readonly<Record<string, string>>) =>
    boards.boardOf(requireUuid(params['allianceId'], 'alliance'), requireUuid(params['boardId'], 'board'));

  app.get<{ Params: { allianceId: string; boardId: string } }>(
    '/alliances/:allianceId/boards/:boardId/meetings/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE } },
    async (request, reply) => render(reply, await formView(boards, await boardOf(request.params), EMPTY)),
  );

  pageRoute(app, deps, addMeeting, {
    url: '/alliances/:allianceId/boards/:boardId/meetings/new',
    form: meetingForm,
    gather: gatherMeetingForm,
    dateFields: ['heldOn'],
    values: typedValues,
    toInput: async (form, { params }) => {
      const { alliance, board } = await boardOf(params);
      return { ...form, allianceId: alliance.id, boardId: board.id };
    },
    view: async ({ params, values }) => formView(boards, await boardOf(params), values),
    redirect: (meeting) => `/meetings/${meeting.id}?saved=added`,
  });
}

/** A meeting, and a change to it and its agenda. */
function registerMeeting(app: FastifyInstance, deps: BoardsPageDeps): void {
  const { boards } = deps;

  app.get<{ Params: { id: string }; Querystring: { saved?: string } }>(
    '/meetings/:id',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const meeting = await boards.getMeeting(requireUuid(request.params.id, 'meeting'));
      const alliance = await boards.alliance(meeting.board.allianceId);
      return reply.render('business-areas/views/meetings-show.njk', {
        pageTitle: `${meeting.board.name} meeting`,
        alliance,
        board: meeting.board,
        meeting: describeMeeting(meeting, meeting.decisions),
        canChange: await mayChange(request, CHANGE_BOARDS, 'meeting', meeting.id),
        canRecordDecision: await mayChange(request, RECORD_DECISIONS, 'meeting', meeting.id),
        savedMessage: { added: 'Meeting added', changed: 'Meeting changed' }[request.query.saved ?? ''],
        breadcrumbs: [
          { text: alliance.shortName, href: `/alliances/${alliance.id}` },
          { text: 'Boards', href: boardsHref(alliance.id) },
        ],
      });
    },
  );

  async function meetingContext(id: string): Promise<FormContext & { meeting: Meeting }> {
    const meeting = await boards.getMeeting(id);
    return { alliance: await boards.alliance(meeting.board.allianceId), board: meeting.board, meeting };
  }

  app.get<{ Params: { id: string } }>(
    '/meetings/:id/edit',
    { config: { access: CHANGE_BOARDS, scope: THE_MEETING } },
    async (request, reply) => {
      const context = await meetingContext(requireUuid(request.params.id, 'meeting'));
      return render(reply, await formView(boards, context, valuesOf(context.meeting)));
    },
  );

  pageRoute(app, deps, changeMeeting, {
    url: '/meetings/:id/edit',
    form: meetingEditForm,
    gather: gatherMeetingForm,
    dateFields: ['heldOn'],
    values: typedValues,
    toInput: (form, { params }) => ({ ...form, id: meetingId(params) }),
    view: async ({ params, values }) => formView(boards, await meetingContext(meetingId(params)), values),
    conflict: async ({ params, values }, error) => {
      const latest = await meetingContext(meetingId(params));
      const kept = { ...values, version: String(latest.meeting.version) };
      const view = await formView(boards, { ...latest, saved: latest.meeting }, kept);
      return { ...view, errors: [{ field: 'saved-values', message: error.message }] };
    },
    redirect: (meeting) => `/meetings/${meeting.id}?saved=changed`,
  });
}

export function registerMeetingPages(app: FastifyInstance, deps: BoardsPageDeps): void {
  registerAddMeeting(app, deps);
  registerMeeting(app, deps);
}
