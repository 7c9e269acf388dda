import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import type { Access } from '../../../platform/http/access.ts';
import { mayChange } from '../../../platform/http/scope.ts';
import { MOVE_CASES, RECORD_DECISIONS, THE_AREA } from '../portfolio/business-areas.access.ts';
import { requireUuid } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { parseForm } from '../../../platform/http/forms.ts';
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
import type { CaseState } from './pipeline.state.ts';
import {
  approvalsHref,
  gateFromSlug,
  gateTag,
  pageErrors,
  pipelineView,
  stageHref,
} from './pipeline.views.ts';

export type PipelinePageDeps = ModuleDeps & { pipeline: PipelineService };
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
      errors:
        mine && pageErrors(mine.errors, { prefix, dateFields: ['decidedOn'], rename: SOLE_FIELD_NAMES }),
    };
  });
}

/** A post for a sole not on the page (the soles changed meanwhile): the summary points at the first form. */
function strayErrors(errors: readonly FieldError[] | undefined) {
  return errors && pageErrors(errors.map((error) => ({ ...error, field: 'sole-0-decision' })));
}

/** Refusals about the whole decision belong next to the choice the person made. */
const SOLE_FIELD_NAMES: Record<string, string> = {
  gate: 'decision',
  organisationId: 'decision',
  sole: 'decision',
};

export function registerPipelinePages(app: FastifyInstance, deps: PipelinePageDeps): void {
  const { pipeline, clock } = deps;
  const may = (request: FastifyRequest, access: Access, areaId: string) =>
    mayChange(request, access, 'businessArea', areaId);

  async function renderStage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    form: { values?: MoveValues; errors?: FieldError[]; saved?: string } = {},
    status = 200,
  ) {
    const state = await pipeline.caseState(id);
    const values = form.values ?? { to: '', reason: '', version: String(state.area.version) };
    return reply.render(
      'business-areas/views/move-stage.njk',
      {
        pageTitle: `Stage of ${state.area.name}`,
        ...pipelineView(state),
        canMove: await may(request, MOVE_CASES, id),
        canRecord: await may(request, RECORD_DECISIONS, id),
        values,
        moveItems: moveItems(state, values.to),
        savedMessage: form.saved && SAVED_MESSAGES[form.saved],
        errors: form.errors && pageErrors(form.errors),
        backLink: { href: `/business-areas/${id}`, text: `Back to ${state.area.name}` },
      },
      status,
    );
  }

  app.get<WithId>('/business-areas/:id/stage', { config: { access: 'signed-in' } }, async (request, reply) =>
    renderStage(request, reply, requireUuid(request.params.id, 'business area'), {
      saved: request.query.saved,
    }),
  );

  app.post<WithId>(
    '/business-areas/:id/stage',
    { config: { access: MOVE_CASES, scope: THE_AREA, audit: 'business_area.stage-moved' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const values = moveValues(request.body);
      const form = parseForm(moveForm, request.body);
      if (!form.ok) return renderStage(request, reply, id, { values, errors: form.errors }, 400);
      try {
        const input = { ...form.value, mover: 'programme_team' as const };
        await pipeline.moveCase(changeContext(request, clock), id, input);
        return reply.redirect(`${stageHref(id)}?saved=moved`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          return renderStage(request, reply, id, { values, errors: [...error.details] }, 400);
        }
        if (error instanceof ConflictError) {
          const current = await pipeline.caseState(id);
          const errors = [{ field: 'to', message: error.message }];
          const kept = { ...values, version: String(current.area.version) };
          return renderStage(request, reply, id, { values: kept, errors }, 409);
        }
        throw error;
      }
    },
  );

  async function renderApprovals(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    gate: SoleGate,
    form: { posted?: { values: SoleDecisionValues; errors: FieldError[] }; saved?: string } = {},
    status = 200,
  ) {
    const state = await pipeline.caseState(id);
    const rows = soleRows(state, gate, form.posted);
    return reply.render(
      'business-areas/views/approvals-gate.njk',
      {
        pageTitle: `${SOLE_GATE_LABELS[gate]}: ${state.area.name}`,
        ...pipelineView(state),
        gate,
        gateLabel: SOLE_GATE_LABELS[gate],
        gateState: state.gates[gate],
        gateStageLabel: STAGE_LABELS[SOLE_GATE_STAGE[gate]],
        atGateStage: state.area.stage === SOLE_GATE_STAGE[gate],
        action: approvalsHref(id, gate),
        rows,
        decisions: state.soleDecisions.filter((decision) => decision.gate === gate).reverse(),
        canRecord: await may(request, RECORD_DECISIONS, id),
        savedMessage: form.saved === 'recorded' ? 'Decision recorded' : undefined,
        errors: rows.find((row) => row.errors)?.errors ?? strayErrors(form.posted?.errors),
        backLink: { href: stageHref(id), text: 'Back to the stage of the case' },
      },
      status,
    );
  }

  function gateOf(slug: string): SoleGate {
    const gate = gateFromSlug(slug);
    if (!gate) throw new NotFoundError('There is no such approval');
    return gate;
  }

  app.get<WithGate>(
    '/business-areas/:id/approvals/:gate',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      return renderApprovals(request, reply, id, gateOf(request.params.gate), { saved: request.query.saved });
    },
  );

  app.post<WithGate>(
    '/business-areas/:id/approvals/:gate',
    { config: { access: RECORD_DECISIONS, scope: THE_AREA, audit: 'business_area.sole-decision-recorded' } },
    async (request, reply) => {
      const id = requireUuid(request.params.id, 'business area');
      const gate = gateOf(request.params.gate);
      const values = soleDecisionValues(request.body);
      const refuse = (errors: FieldError[], status: number) =>
        renderApprovals(request, reply, id, gate, { posted: { values, errors } }, status);
      const form = parseForm(soleDecisionForm, gatherSoleDecisionForm(request.body));
      if (!form.ok) return refuse(form.errors, 400);
      const [organisationId = '', office = ''] = form.value.sole.split(':');
      try {
        const { sole: _sole, decidedOn, ...rest } = form.value;
        const input = { ...rest, gate, organisationId, office, decidedOn: decidedOn as string };
        await pipeline.recordSoleDecision(changeContext(request, clock), id, input);
        return reply.redirect(`${approvalsHref(id, gate)}?saved=recorded`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return refuse([...error.details], 400);
        throw error;
      }
    },
  );
}
