import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireUuid } from '../../../platform/http/api.ts';
import type { FieldNames } from '../../../platform/usecase/field-names.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
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
import type { PipelineService } from './pipeline.service.ts';
import { RECORD_DECISIONS, THE_AREA, THE_CONDITION } from '../portfolio/business-areas.access.ts';
import {
  closeConditionForm,
  decisionForm,
  decisionValues,
  gatherCloseForm,
  type DecisionValues,
} from './pipeline.schemas.ts';
import { closeConditionHref, newDecisionHref, pipelineView, stageHref } from './pipeline.views.ts';

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

/** The use case numbers the conditions it was sent; the form numbers its rows, blank ones included. */
function onFormRows(values: DecisionValues): FieldNames {
  const rows = filledRows(values);
  const names: Record<string, string> = { conditions: 'conditions-0-description' };
  rows.forEach((row, index) => {
    names[`conditions.${index}.*`] = `conditions-${row}-*`;
  });
  return names;
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

const render = (reply: FastifyReply, view: PageView) => reply.render(view.template, view.data);
const areaId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'business area');
const conditionId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'condition');

async function decisionView(
  pipeline: PipelineService,
  id: string,
  given?: DecisionValues,
): Promise<PageView> {
  const [state, choices] = [await pipeline.caseState(id), await pipeline.meetingChoices(id)];
  const values = given ?? decisionValues({ version: String(state.area.version) });
  return {
    template: 'business-areas/views/decision-new.njk',
    data: {
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
      backLink: { href: stageHref(id), text: 'Back to the stage of the case' },
    },
  };
}

async function closeView(pipeline: PipelineService, id: string, given?: CloseValues): Promise<PageView> {
  const { condition, area } = await pipeline.findCondition(id);
  const values = given ?? {
    closedOn: { day: '', month: '', year: '' },
    closureNote: '',
    version: String(condition.version),
  };
  return {
    template: 'business-areas/views/decision-condition-close.njk',
    data: {
      pageTitle: `Close a condition on ${area.name}`,
      area: { ...area, stageLabel: STAGE_LABELS[area.stage] },
      condition,
      values,
      action: closeConditionHref(id),
      backLink: { href: stageHref(area.id), text: `Back to ${area.name}` },
    },
  };
}

/** A board's decision on a case, at one of the board's meetings. */
function registerBoardDecisionPages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, changes } = deps;

  /** A meeting's agenda links here with ?meeting=<id>, so that meeting comes chosen. */
  app.get<WithId & { Querystring: { meeting?: string } }>(
    '/business-areas/:id/decisions/new',
    { config: { access: RECORD_DECISIONS, scope: THE_AREA } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const meetingId = typeof request.query.meeting === 'string' ? request.query.meeting.slice(0, 100) : '';
      if (!meetingId) return render(reply, await decisionView(pipeline, id));
      const state = await pipeline.caseState(id);
      const values = decisionValues({ meetingId, version: String(state.area.version) });
      return render(reply, await decisionView(pipeline, id, values));
    },
  );

  pageRoute(app, deps, changes.recordBoardDecision, {
    url: '/business-areas/:id/decisions/new',
    form: decisionForm,
    gather: decisionValues,
    values: decisionValues,
    fields: ({ values }) => onFormRows(values),
    dateFields: CONDITION_DATE_FIELDS,
    toInput: (form, { params }) => ({ ...form, areaId: areaId(params) }),
    view: ({ params, values }) => decisionView(pipeline, areaId(params), values),
    conflict: async ({ params, values }, error) => {
      const current = await pipeline.caseState(areaId(params));
      const kept = { ...values, version: String(current.area.version) };
      const view = await decisionView(pipeline, current.area.id, kept);
      return { ...view, errors: [{ field: 'meetingId', message: error.message }] };
    },
    redirect: (recorded) => `${stageHref(recorded.area.id)}?saved=decision`,
  });
}

/** A condition of a decision, closed when it is met. */
function registerConditionPages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, changes } = deps;

  app.get<WithId>(
    '/conditions/:id/close',
    { config: { access: RECORD_DECISIONS, scope: THE_CONDITION } },
    async (request, reply) =>
      render(reply, await closeView(pipeline, requireUuid(request.params.id, 'condition'))),
  );

  pageRoute(app, deps, changes.closeCondition, {
    url: '/conditions/:id/close',
    form: closeConditionForm,
    gather: gatherCloseForm,
    values: closeValues,
    dateFields: ['closedOn'],
    toInput: (form, { params }) => ({
      ...form,
      closedOn: form.closedOn as string,
      conditionId: conditionId(params),
    }),
    view: ({ params, values }) => closeView(pipeline, conditionId(params), values),
    conflict: async ({ params, values }, error) => {
      const { condition } = await pipeline.findCondition(conditionId(params));
      const kept = { ...values, version: String(condition.version) };
      const view = await closeView(pipeline, condition.id, kept);
      return { ...view, errors: [{ field: 'closedOn', message: error.message }] };
    },
    redirect: (closed) => `${stageHref(closed.businessAreaId)}?saved=closed`,
  });
}

export function registerDecisionPages(app: FastifyInstance, deps: PipelinePageDeps): void {
  registerBoardDecisionPages(app, deps);
  registerConditionPages(app, deps);
}
