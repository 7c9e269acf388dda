import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { RECORD_DECISIONS, THE_ALLIANCE, THE_MEETING } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { formErrors, parseForm } from '../../../platform/http/forms.ts';
import { dateFromParts } from '../../../platform/validation.ts';
import { dateParts } from '../../../platform/dates.ts';
import type { Alliance } from '../../alliances/index.ts';
import { STAGE_LABELS, type Stage } from '../pipeline/business-case.domain.ts';
import { OUTCOME_LABELS, paragraphs, type Board, type Meeting } from './boards.domain.ts';
import { CHANGE_BOARDS, boardsHref, type BoardsPageDeps } from './boards.pages.ts';
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

/** GOV.UK asks the summary to link to the first box of a date. */
function pageErrors(details: readonly FieldError[]) {
  const errors = formErrors(details);
  const errorList = errors.errorList.map((item) =>
    item.href === '#heldOn' ? { ...item, href: '#heldOn-day' } : item,
  );
  return { ...errors, errorList };
}

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

export function registerMeetingPages(app: FastifyInstance, deps: BoardsPageDeps): void {
  const { boards, clock } = deps;

  async function renderForm(
    reply: FastifyReply,
    context: FormContext,
    values: MeetingValues,
    errors?: readonly FieldError[],
    status = 200,
  ) {
    const { alliance, board, meeting } = context;
    const areas = await boards.agendaChoices(alliance.id);
    const onAgenda = meeting?.agenda ?? [];
    const choices = [
      ...onAgenda.map((item) => ({ id: item.businessAreaId, name: item.name, stage: item.stage })),
      ...areas.filter((area) => !onAgenda.some((item) => item.businessAreaId === area.id)),
    ];
    const cancelHref = meeting ? `/meetings/${meeting.id}` : boardsHref(alliance.id);
    return reply.render(
      'business-areas/views/meetings-form.njk',
      {
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
        errors: errors && pageErrors(errors),
        backLink: { href: cancelHref },
      },
      status,
    );
  }

  type BoardParams = { Params: { allianceId: string; boardId: string } };
  const boardOf = (request: FastifyRequest<BoardParams>) =>
    boards.boardOf(
      requireUuid(request.params.allianceId, 'alliance'),
      requireUuid(request.params.boardId, 'board'),
    );

  app.get<BoardParams>(
    '/alliances/:allianceId/boards/:boardId/meetings/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE } },
    async (request, reply) => renderForm(reply, await boardOf(request), EMPTY),
  );

  app.post<BoardParams>(
    '/alliances/:allianceId/boards/:boardId/meetings/new',
    { config: { access: CHANGE_BOARDS, scope: THE_ALLIANCE, audit: 'meeting.created' } },
    async (request, reply) => {
      const context = await boardOf(request);
      const values = typedValues(request.body);
      const form = parseForm(meetingForm, gatherMeetingForm(request.body));
      if (!form.ok) return renderForm(reply, context, values, form.errors, 400);
      try {
        const { alliance, board } = context;
        const meeting = await boards.createMeeting(
          changeContext(request, clock),
          alliance.id,
          board.id,
          form.value,
        );
        return reply.redirect(`/meetings/${meeting.id}?saved=added`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return renderForm(reply, context, values, error.details, 400);
        throw error;
      }
    },
  );

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
      return renderForm(reply, context, valuesOf(context.meeting));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/meetings/:id/edit',
    { config: { access: CHANGE_BOARDS, scope: THE_MEETING, audit: 'meeting.updated' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'meeting');
      const context = await meetingContext(id);
      const values = typedValues(request.body);
      const form = parseForm(meetingEditForm, gatherMeetingForm(request.body));
      if (!form.ok) return renderForm(reply, context, values, form.errors, 400);
      try {
        await boards.updateMeeting(changeContext(request, clock), id, form.value);
        return reply.redirect(`/meetings/${id}?saved=changed`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return renderForm(reply, context, values, error.details, 400);
        if (!(error instanceof ConflictError)) throw error;
        const latest = await meetingContext(id);
        const errors = [{ field: 'saved-values', message: error.message }];
        const kept = { ...values, version: String(latest.meeting.version) };
        return renderForm(reply, { ...latest, saved: latest.meeting }, kept, errors, 409);
      }
    },
  );
}
