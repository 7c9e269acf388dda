import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { NotFoundError, type FieldError } from '../../../platform/errors.ts';
import type { Access } from '../../../platform/http/access.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { MOVE_CASES, RECORD_DECISIONS } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { errorSummary } from '../../../platform/http/forms.ts';
import { pageRoute, type PageView } from '../../../platform/usecase/page-route.ts';
import { STAGE_LABELS } from './business-case.domain.ts';
import { SOLE_GATE_LABELS, SOLE_GATE_STAGE, soleKey, type SoleGate } from './pipeline.domain.ts';
import {
  gatherSoleDecisionForm,
  moveForm,
  soleDecisionForm,
  soleDecisionValues,
  type SoleDecisionValues,
} from './pipeline.schemas.ts';
import type { PipelineService } from './pipeline.service.ts';
import type { PipelineUseCases } from './use-cases/pipeline-use-cases.ts';
import type { CaseState } from './pipeline.state.ts';
import { approvalsHref, gateFromSlug, gateTag, pipelineView, stageHref } from './pipeline.views.ts';

export type PipelinePageDeps = ModuleDeps & { pipeline: PipelineService; changes: PipelineUseCases };
type WithId = { Params: { id: string }; Querystring: { saved?: string } };
type WithGate = { Params: { id: string; gate: string }; Querystring: { saved?: string } };

const SAVED_MESSAGES: Record<string, string> = {
  moved: 'The business case has moved',
  decision: 'Decision recorded',
  closed: 'Condition closed',
};

interface MoveValues {
  readonly to: string;
  readonly reason: string;
  readonly version: string;
}

function moveValues(body: unknown): MoveValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { to: text(fields.to), reason: text(fields.reason), version: text(fields.version) };
}

function moveItems(state: CaseState, chosen: string) {
  return state.moves.map((move) => ({
    value: move.to,
    text: move.label,
    checked: move.to === chosen,
    hint: move.blockedBy || move.note ? { text: move.blockedBy ?? move.note } : undefined,
  }));
}

/** One form per sole on the approvals page; ids carry the row's number so they stay unique. */
function soleRows(
  state: CaseState,
  gate: SoleGate,
  posted?: { values: SoleDecisionValues; errors: FieldError[] },
) {
  return state.soles.map((sole, index) => {
    const prefix = `sole-${index}`;
    const mine = posted?.values.sole === sole.key ? posted : undefined;
    const latest = sole.latest[gate];
    const decidedEarlier = state.soleDecisions.some(
      (decision) =>
        decision.gate === gate &&
        decision.forEarlierSubmission &&
        soleKey(decision.organisationId, decision.office) === sole.key,
    );
    return {
      ...sole,
      prefix,
      latest,
      decidedEarlier,
      tag: latest ? gateTag(latest.decision === 'approved' ? 'approved' : 'refused') : gateTag('pending'),
      values: mine?.values ?? {
        sole: sole.key,
        decision: '',
        decidedBy: sole.holderName,
        asDelegate: false,
        delegateRole: '',
        decidedOn: { day: '', month: '', year: '' },
        note: '',
      },
      errors: mine && summaryOf(placedErrors(state, mine.values, mine.errors)),
    };
  });
}

/** Refusals about the whole decision belong next to the choice the person made. */
const SOLE_FIELD_NAMES: Record<string, string> = {
  gate: 'decision',
  organisationId: 'decision',
  sole: 'decision',
};

/**
 * The posted sole's form gets the errors, its fields named with its row's prefix; a post for a
 * sole not on the page (the soles changed meanwhile) is pointed at the first form.
 */
function placedErrors(
  state: CaseState,
  values: SoleDecisionValues,
  errors: readonly FieldError[],
): { errors: FieldError[]; dateFields?: string[] } {
  const index = state.soles.findIndex((sole) => sole.key === values.sole);
  if (index < 0) return { errors: errors.map((error) => ({ ...error, field: 'sole-0-decision' })) };
  const prefix = `sole-${index}`;
  return {
    errors: errors.map((error) => ({
      ...error,
      field: `${prefix}-${SOLE_FIELD_NAMES[error.field] ?? error.field}`,
    })),
    dateFields: [`${prefix}-decidedOn`],
  };
}

function summaryOf(placed: { errors: FieldError[]; dateFields?: string[] }) {
  return errorSummary(placed.errors, placed.dateFields);
}

function gateOf(slug: string | undefined): SoleGate {
  const gate = gateFromSlug(slug ?? '');
  if (!gate) throw new NotFoundError('There is no such approval');
  return gate;
}

const may = (request: FastifyRequest, access: Access, areaId: string) =>
  mayChange(request, access, 'businessArea', areaId);
const areaId = (params: Readonly<Record<string, string>>) => requireUuid(params['id'], 'business area');
const render = (reply: FastifyReply, view: PageView) => reply.render(view.template, view.data);

async function stageView(
  pipeline: PipelineService,
  request: FastifyRequest,
  id: string,
  form: { values?: MoveValues; saved?: string } = {},
): Promise<PageView> {
  const state = await pipeline.caseState(id);
  const values = form.values ?? { to: '', reason: '', version: String(state.area.version) };
  return {
    template: 'business-areas/views/move-stage.njk',
    data: {
      pageTitle: `Stage of ${state.area.name}`,
      ...pipelineView(state),
      canMove: await may(request, MOVE_CASES, id),
      canRecord: await may(request, RECORD_DECISIONS, id),
      values,
      moveItems: moveItems(state, values.to),
      savedMessage: form.saved && SAVED_MESSAGES[form.saved],
      backLink: { href: `/business-areas/${id}`, text: `Back to ${state.area.name}` },
    },
  };
}

async function approvalsView(
  pipeline: PipelineService,
  request: FastifyRequest,
  id: string,
  gate: SoleGate,
  form: { posted?: { values: SoleDecisionValues; errors: FieldError[] }; saved?: string } = {},
): Promise<PageView> {
  const state = await pipeline.caseState(id);
  return {
    template: 'business-areas/views/approvals-gate.njk',
    data: {
      pageTitle: `${SOLE_GATE_LABELS[gate]}: ${state.area.name}`,
      ...pipelineView(state),
      gate,
      gateLabel: SOLE_GATE_LABELS[gate],
      gateState: state.gates[gate],
      gateStageLabel: STAGE_LABELS[SOLE_GATE_STAGE[gate]],
      atGateStage: state.area.stage === SOLE_GATE_STAGE[gate],
      action: approvalsHref(id, gate),
      rows: soleRows(state, gate, form.posted),
      decisions: state.soleDecisions.filter((decision) => decision.gate === gate).reverse(),
      canRecord: await may(request, RECORD_DECISIONS, id),
      savedMessage: form.saved === 'recorded' ? 'Decision recorded' : undefined,
      backLink: { href: stageHref(id), text: 'Back to the stage of the case' },
    },
    ...(form.posted && placedErrors(state, form.posted.values, form.posted.errors)),
  };
}

/** The case's stage, and a move by the programme team. */
function registerStagePages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, changes } = deps;
  app.get<WithId>('/business-areas/:id/stage', { config: { access: 'signed-in' } }, async (request, reply) =>
    render(reply, await stageView(pipeline, request, areaId(request.params), { saved: request.query.saved })),
  );

  pageRoute(app, deps, changes.moveCase, {
    url: '/business-areas/:id/stage',
    form: moveForm,
    values: moveValues,
    toInput: (form, { params }) => ({ ...form, areaId: areaId(params), mover: 'programme_team' as const }),
    view: ({ request, params, values }) => stageView(pipeline, request, areaId(params), { values }),
    conflict: async ({ request, params, values }, error) => {
      const id = areaId(params);
      const current = await pipeline.caseState(id);
      const kept = { ...values, version: String(current.area.version) };
      const view = await stageView(pipeline, request, id, { values: kept });
      return { ...view, errors: [{ field: 'to', message: error.message }] };
    },
    redirect: (moved) => `${stageHref(moved.id)}?saved=moved`,
  });
}

/** The corporation soles' approvals at the strategic outline case and the executive decision. */
function registerApprovalPages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, changes } = deps;
  app.get<WithGate>(
    '/business-areas/:id/approvals/:gate',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { params, query } = request;
      const gate = gateOf(params.gate);
      return render(
        reply,
        await approvalsView(pipeline, request, areaId(params), gate, { saved: query.saved }),
      );
    },
  );

  pageRoute(app, deps, changes.recordSoleDecision, {
    url: '/business-areas/:id/approvals/:gate',
    form: soleDecisionForm,
    gather: gatherSoleDecisionForm,
    values: soleDecisionValues,
    toInput: (form, { params }) => {
      const [organisationId = '', office = ''] = form.sole.split(':');
      const { sole: _sole, decidedOn, ...rest } = form;
      const where = { gate: gateOf(params['gate']), areaId: areaId(params) };
      return { ...rest, ...where, organisationId, office, decidedOn: decidedOn as string };
    },
    view: ({ request, params, values }, errors) =>
      approvalsView(pipeline, request, areaId(params), gateOf(params['gate']), {
        posted: { values, errors: [...errors] },
      }),
    redirect: (_recorded, { params }) =>
      `${approvalsHref(areaId(params), gateOf(params['gate']))}?saved=recorded`,
  });
}

export function registerPipelinePages(app: FastifyInstance, deps: PipelinePageDeps): void {
  registerStagePages(app, deps);
  registerApprovalPages(app, deps);
}
