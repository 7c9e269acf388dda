import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { apiRoute, NO_PART } from '../../../platform/usecase/api-route.ts';
import { OFFICES } from '../../organisations/index.ts';
import { STAGES } from './business-case.domain.ts';
import { BOARD_KINDS, DECISION_OUTCOMES, SOLE_GATES } from './pipeline.domain.ts';
import type { PipelinePageDeps } from './pipeline.pages.ts';
import { approvalBody, closeBody, decisionBody, idParams, moveBody } from './pipeline.schemas.ts';
import type { PipelineArea, SoleDecisionRecord } from './pipeline.repo.ts';
import type { CaseState, ConditionState } from './pipeline.state.ts';
import { PIPELINE_TAGS } from './use-cases/access.ts';

const tags = PIPELINE_TAGS;
const AREAS = `${API_PREFIX}/business-areas`;

const stage = z.enum(STAGES);
const gate = z.enum(SOLE_GATES);

const areaStageSchema = z
  .object({
    id: z.string(),
    allianceId: z.string(),
    name: z.string(),
    stage,
    stageChangedAt: z.string(),
    submission: z.number().int().meta({
      description:
        'The current submission of the case: a return for rework, a deferral or a move back starts the next, and every corporation sole decides again',
    }),
    version: z.number().int(),
  })
  .meta({ id: 'BusinessAreaStage' });

const soleDecisionSchema = z
  .object({
    id: z.string(),
    gate,
    organisationId: z.string(),
    office: z.string(),
    decision: z.enum(['approved', 'refused']),
    decidedBy: z.string(),
    asDelegate: z.boolean(),
    delegateRole: z.string().nullable(),
    decidedOn: z.string().meta({ description: "'YYYY-MM-DD'" }),
    note: z.string().nullable(),
    submission: z
      .number()
      .int()
      .meta({ description: 'The submission of the case the decision was given for' }),
    recordedAt: z.string(),
  })
  .meta({ id: 'SoleDecision' });

const conditionSchema = z
  .object({
    id: z.string(),
    decisionId: z.string(),
    businessAreaId: z.string(),
    description: z.string(),
    owner: z.string(),
    dueOn: z.string(),
    closedOn: z.string().nullable(),
    closureNote: z.string().nullable(),
    version: z.number().int(),
    raisedOn: z.string().meta({ description: 'The day of the meeting whose decision set the condition' }),
    overdue: z.boolean(),
  })
  .meta({ id: 'DecisionCondition' });

const gateSchema = z.object({
  gate,
  label: z.string(),
  stage,
  status: z.enum(['approved', 'refused', 'pending']),
  waitingFor: z.array(z.string()),
  refusedBy: z.array(z.string()),
  message: z.string(),
});

const pipelineSchema = z
  .object({
    area: areaStageSchema.extend({ stageLabel: z.string() }),
    nextStep: z.string(),
    board: z.object({ kind: z.enum(BOARD_KINDS), label: z.string() }).nullable(),
    moves: z.array(
      z.object({
        to: stage,
        label: z.string(),
        reasonRequired: z.boolean(),
        blockedBy: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    soles: z.array(
      z.object({
        key: z.string(),
        organisationId: z.string(),
        organisationName: z.string(),
        office: z.enum(OFFICES),
        holderName: z.string(),
        title: z.string(),
        shortTitle: z.string(),
        latest: z.object({
          strategic_outline_case: soleDecisionSchema.nullable(),
          executive_decision: soleDecisionSchema.nullable(),
        }),
      }),
    ),
    gates: z.object({ strategic_outline_case: gateSchema, executive_decision: gateSchema }),
    consultation: z.object({ status: z.enum(['not_recorded', 'open', 'closed']), message: z.string() }),
    soleDecisions: z.array(
      soleDecisionSchema.extend({
        soleTitle: z.string(),
        forEarlierSubmission: z.boolean().meta({
          description: 'Given for an earlier submission of the case: kept on record, no longer counted',
        }),
      }),
    ),
    decisions: z.array(
      z.object({
        id: z.string(),
        meetingId: z.string(),
        heldOn: z.string(),
        boardKind: z.enum(BOARD_KINDS),
        boardName: z.string(),
        outcome: z.enum(DECISION_OUTCOMES),
        outcomeLabel: z.string(),
        reasons: z.string().nullable(),
        recordedAt: z.string(),
        conditions: z.array(conditionSchema),
      }),
    ),
    conditions: z.array(conditionSchema),
  })
  .meta({ id: 'BusinessCasePipeline' });

const decisionResultSchema = z.object({ decisionId: z.string(), area: areaStageSchema });

function areaJson(area: PipelineArea) {
  return { ...area, stageChangedAt: area.stageChangedAt.toISOString() };
}

function soleDecisionJson<T extends SoleDecisionRecord>(decision: T) {
  return { ...decision, recordedAt: decision.recordedAt.toISOString() };
}

function conditionJson(condition: ConditionState) {
  return { ...condition };
}

function pipelineJson(state: CaseState): z.infer<typeof pipelineSchema> {
  const { openConditions: _open, ...rest } = state;
  return {
    ...rest,
    area: { ...areaJson(state.area), stageLabel: state.area.stageLabel },
    moves: [...state.moves],
    soles: state.soles.map((sole) => ({
      ...sole,
      latest: {
        strategic_outline_case:
          sole.latest.strategic_outline_case && soleDecisionJson(sole.latest.strategic_outline_case),
        executive_decision:
          sole.latest.executive_decision && soleDecisionJson(sole.latest.executive_decision),
      },
    })),
    gates: {
      strategic_outline_case: {
        ...state.gates.strategic_outline_case,
        waitingFor: [...state.gates.strategic_outline_case.waitingFor],
        refusedBy: [...state.gates.strategic_outline_case.refusedBy],
      },
      executive_decision: {
        ...state.gates.executive_decision,
        waitingFor: [...state.gates.executive_decision.waitingFor],
        refusedBy: [...state.gates.executive_decision.refusedBy],
      },
    },
    soleDecisions: state.soleDecisions.map(soleDecisionJson),
    decisions: state.decisions.map((decision) => ({
      ...decision,
      recordedAt: decision.recordedAt.toISOString(),
      conditions: decision.conditions.map(conditionJson),
    })),
    conditions: state.conditions.map(conditionJson),
  };
}

export function registerPipelineApi(app: FastifyInstance, deps: PipelinePageDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { pipeline, changes } = deps;
  const areaId = (id: string) => requireUuid(id, 'business area');

  api.get(`${AREAS}/:id/pipeline`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessCasePipeline',
      summary:
        "A business case's stage, the moves open to the programme team, the soles' approvals, decisions and conditions",
      params: idParams,
      response: { 200: pipelineSchema, ...standardErrorResponses },
    },
    handler: async (request) => pipelineJson(await pipeline.caseState(areaId(request.params.id))),
  });

  apiRoute(app, deps, changes.moveCase, {
    method: 'POST',
    url: `${AREAS}/:id/moves`,
    params: idParams,
    body: moveBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...body,
      reason: body.reason ?? undefined,
      areaId: areaId(params.id),
      mover: 'programme_team' as const,
    }),
    response: { status: 200, schema: areaStageSchema, send: areaJson },
  });

  apiRoute(app, deps, changes.recordSoleDecision, {
    method: 'POST',
    url: `${AREAS}/:id/approvals`,
    params: idParams,
    body: approvalBody,
    query: NO_PART,
    toInput: ({ params, body: { delegateRole, note, ...rest } }) => ({
      ...rest,
      delegateRole: delegateRole ?? undefined,
      note: note ?? undefined,
      areaId: areaId(params.id),
    }),
    response: { status: 201, schema: soleDecisionSchema, send: soleDecisionJson },
  });

  apiRoute(app, deps, changes.recordBoardDecision, {
    method: 'POST',
    url: `${AREAS}/:id/decisions`,
    params: idParams,
    body: decisionBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...body,
      reasons: body.reasons ?? undefined,
      meetingId: body.meetingId.toLowerCase(),
      areaId: areaId(params.id),
    }),
    // The API has always named a condition's due date as the form does.
    fields: { 'conditions.*.dueOn': 'conditions-*-dueOn' },
    response: {
      status: 201,
      schema: decisionResultSchema,
      send: (result) => ({ decisionId: result.decisionId, area: areaJson(result.area) }),
    },
  });

  apiRoute(app, deps, changes.closeCondition, {
    method: 'POST',
    url: `${API_PREFIX}/conditions/:id/close`,
    params: idParams,
    body: closeBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...body, conditionId: requireUuid(params.id, 'condition') }),
    response: { status: 200, schema: conditionSchema.omit({ overdue: true }), send: (closed) => closed },
  });
}
