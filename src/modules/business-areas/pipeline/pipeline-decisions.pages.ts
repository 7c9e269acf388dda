import type { FastifyInstance, FastifyReply } from 'fastify';
import { ConflictError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { dateFromParts } from '../../../platform/validation.ts';
import { formatDate } from '../../../platform/dates.ts';
import { STAGE_LABELS } from './business-case.domain.ts';
import {
  BOARD_LABELS,
  DECISION_OUTCOMES,
  OUTCOME_LABELS,
  type BoardKind,
  type DecisionOutcome,
} from './pipeline.domain.ts';
import type { PipelinePageDeps } from './pipeline.pages.ts';
import { RECORD_DECISIONS, THE_AREA, THE_CONDITION } from '../portfolio/business-areas.access.ts';
import {
  closeConditionForm,
  decisionForm,
  decisionValues,
  gatherCloseForm,
  type DecisionValues,
} from './pipeline.schemas.ts';
import {
  closeConditionHref,
  newDecisionHref,
  pageErrors,
  pipelineView,
  stageHref,
} from './pipeline.views.ts';

type WithId = { Params: { id: string } };

const CONDITION_DATE_FIELDS = [0, 1, 2, 3, 4].map((index) => `conditions-${index}-dueOn`);

/** Rows left blank are dropped before the service sees them: its row numbers are of the filled rows. */
function filledRows(values: DecisionValues): number[] {
  return values.conditions.flatMap((row, index) => {
    const blank = [row.description, row.owner, row.dueOn.day, row.dueOn.month, row.dueOn.year].every(
      (part) => !part.trim(),
    );
    return blank ? [] : [index];
  });
}

function onFormRows(errors: readonly FieldError[], values: DecisionValues): FieldError[] {
  const rows = filledRows(values);
  return errors.map((error) => {
    const match = /^conditions-(\d+)-(.+)$/.exec(error.field);
    if (match) return { ...error, field: `conditions-${rows[Number(match[1])] ?? 0}-${match[2]}` };
    return error.field === 'conditions' ? { ...error, field: 'conditions-0-description' } : error;
  });
}

/** Only the alliance executive board rejects a case; the other boards return it for rework. */
function outcomesFor(board: BoardKind | undefined): readonly DecisionOutcome[] {
  return board === 'executive_board' ? DECISION_OUTCOMES : DECISION_OUTCOMES.filter((o) => o !== 'rejected');
}

interface CloseValues {
  readonly closedOn: { day: string; month: string; year: string };
  readonly closureNote: string;
  readonly version: string;
}

function closeValues(body: unknown): CloseValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    closedOn: dateFromParts(fields, 'closedOn'),
    closureNote: text(fields.closureNote),
    version: text(fields.version),
  };
}

export function registerDecisionPages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, clock } = deps;

  async function renderDecision(
    reply: FastifyReply,
    id: string,
    form: { values?: DecisionValues; errors?: FieldError[] } = {},
    status = 200,
  ) {
    const [state, choices] = [await pipeline.caseState(id), await pipeline.meetingChoices(id)];
    const values = form.values ?? decisionValues({ version: String(state.area.version) });
    return reply.render(
      'business-areas/views/decision-new.njk',
      {
        pageTitle: `Record a board decision on ${state.area.name}`,
        ...pipelineView(state),
        boardLabel: choices.board && BOARD_LABELS[choices.board],
        boardsHref: `/alliances/${state.area.allianceId}/boards`,
        meetingItems: choices.meetings.map((meeting) => ({
          value: meeting.id,
          text: formatDate(meeting.heldOn),
          hint: meeting.location ? { text: meeting.location } : undefined,
          checked: meeting.id === values.meetingId,
        })),
        outcomeItems: outcomesFor(choices.board).map((outcome) => ({
          value: outcome,
          text: OUTCOME_LABELS[outcome],
          checked: outcome === values.outcome,
        })),
        values,
        action: newDecisionHref(id),
        errors: form.errors && pageErrors(form.errors, { dateFields: CONDITION_DATE_FIELDS }),
        backLink: { href: stageHref(id), text: 'Back to the stage of the case' },
      },
      status,
    );
  }

  /** A meeting's agenda links here with ?meeting=<id>, so that meeting comes chosen. */
  app.get<WithId & { Querystring: { meeting?: string } }>(
    '/business-areas/:id/decisions/new',
    { config: { access: RECORD_DECISIONS, scope: THE_AREA } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const meetingId = typeof request.query.meeting === 'string' ? request.query.meeting.slice(0, 100) : '';
      if (!meetingId) return renderDecision(reply, id);
      const state = await pipeline.caseState(id);
      return renderDecision(reply, id, {
        values: decisionValues({ meetingId, version: String(state.area.version) }),
      });
    },
  );

  app.post<WithId>(
    '/business-areas/:id/decisions/new',
    { config: { access: RECORD_DECISIONS, scope: THE_AREA, audit: 'business_area.board-decision-recorded' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const values = decisionValues(request.body);
      const form = parseForm(decisionForm, values);
      if (!form.ok) return renderDecision(reply, id, { values, errors: form.errors }, 400);
      try {
        await pipeline.recordBoardDecision(changeContext(request, clock), id, form.value);
        return reply.redirect(`${stageHref(id)}?saved=decision`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderDecision(reply, id, { values, errors: onFormRows(error.details, values) }, 400);
        }
        if (error instanceof ConflictError) {
          const current = await pipeline.caseState(id);
          const kept = { ...values, version: String(current.area.version) };
          return renderDecision(
            reply,
            id,
            { values: kept, errors: [{ field: 'meetingId', message: error.message }] },
            409,
          );
        }
        throw error;
      }
    },
  );

  async function renderClose(
    reply: FastifyReply,
    conditionId: string,
    form: { values?: CloseValues; errors?: FieldError[] } = {},
    status = 200,
  ) {
    const { condition, area } = await pipeline.findCondition(conditionId);
    const values = form.values ?? {
      closedOn: { day: '', month: '', year: '' },
      closureNote: '',
      version: String(condition.version),
    };
    return reply.render(
      'business-areas/views/decision-condition-close.njk',
      {
        pageTitle: `Close a condition on ${area.name}`,
        area: { ...area, stageLabel: STAGE_LABELS[area.stage] },
        condition,
        values,
        action: closeConditionHref(conditionId),
        errors: form.errors && pageErrors(form.errors, { dateFields: ['closedOn'] }),
        backLink: { href: stageHref(area.id), text: `Back to ${area.name}` },
      },
      status,
    );
  }

  app.get<WithId>(
    '/conditions/:id/close',
    { config: { access: RECORD_DECISIONS, scope: THE_CONDITION } },
    async (request, reply) => renderClose(reply, requireUuid(request.params.id, 'condition')),
  );

  app.post<WithId>(
    '/conditions/:id/close',
    { config: { access: RECORD_DECISIONS, scope: THE_CONDITION, audit: 'business_area.condition-closed' } },
    async (request, reply) => {
      const conditionId = requireUuid(request.params.id, 'condition');
      const values = closeValues(request.body);
      const form = parseForm(closeConditionForm, gatherCloseForm(request.body));
      if (!form.ok) return renderClose(reply, conditionId, { values, errors: form.errors }, 400);
      try {
        const input = { ...form.value, closedOn: form.value.closedOn as string };
        const closed = await pipeline.closeCondition(changeContext(request, clock), conditionId, input);
        return reply.redirect(`${stageHref(closed.businessAreaId)}?saved=closed`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderClose(reply, conditionId, { values, errors: [...error.details] }, 400);
        }
        if (error instanceof ConflictError) {
          const { condition } = await pipeline.findCondition(conditionId);
          const kept = { ...values, version: String(condition.version) };
          const errors = [{ field: 'closedOn', message: error.message }];
          return renderClose(reply, conditionId, { values: kept, errors }, 409);
        }
        throw error;
      }
    },
  );
}
