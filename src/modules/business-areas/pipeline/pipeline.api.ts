import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { OFFICES } from '../../organisations/index.ts';
import { STAGES } from './business-case.domain.ts';
import { BOARD_KINDS, DECISION_OUTCOMES, SOLE_GATES } from './pipeline.domain.ts';
import type { PipelinePageDeps } from './pipeline.pages.ts';
import { MOVE_CASES, RECORD_DECISIONS, THE_AREA, THE_CONDITION } from '../portfolio/business-areas.access.ts';
import { approvalBody, closeBody, decisionBody, idParams, moveBody } from './pipeline.schemas.ts';
import type { PipelineArea, SoleDecisionRecord } from './pipeline.repo.ts';
import type { CaseState, ConditionState } from './pipeline.state.ts';

const tags = ['Business cases'];
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
  const { pipeline } = deps;
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
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

  api.post(`${AREAS}/:id/moves`, {
    config: { access: MOVE_CASES, scope: THE_AREA, audit: 'business_area.stage-moved' },
    schema: {
      tags,
      operationId: 'moveBusinessCase',
      summary:
        'Move a business case to another stage as the programme team (send the version you read; a stale one is refused with 409)',
      params: idParams,
      body: moveBody,
      response: { 200: areaStageSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const input = {
        ...request.body,
        reason: request.body.reason ?? undefined,
        mover: 'programme_team' as const,
      };
      return areaJson(await pipeline.moveCase(context(request), areaId(request.params.id), input));
    },
  });

  api.post(`${AREAS}/:id/approvals`, {
    config: { access: RECORD_DECISIONS, scope: THE_AREA, audit: 'business_area.sole-decision-recorded' },
    schema: {
      tags,
      operationId: 'recordSoleDecision',
      summary:
        "Record a corporation sole's approval or refusal at the strategic outline case or the executive decision",
      params: idParams,
      body: approvalBody,
      response: { 201: soleDecisionSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const { delegateRole, note, ...rest } = request.body;
      const input = { ...rest, delegateRole: delegateRole ?? undefined, note: note ?? undefined };
      const recorded = await pipeline.recordSoleDecision(context(request), areaId(request.params.id), input);
      return reply.status(201).send(soleDecisionJson(recorded));
    },
  });

  api.post(`${AREAS}/:id/decisions`, {
    config: { access: RECORD_DECISIONS, scope: THE_AREA, audit: 'business_area.board-decision-recorded' },
    schema: {
      tags,
      operationId: 'recordBoardDecision',
      summary: "Record a board's decision on a business case; an approval or a return moves the case",
      params: idParams,
      body: decisionBody,
      response: { 201: decisionResultSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const input = {
        ...request.body,
        reasons: request.body.reasons ?? undefined,
        meetingId: request.body.meetingId.toLowerCase(),
      };
      const result = await pipeline.recordBoardDecision(context(request), areaId(request.params.id), input);
      return reply.status(201).send({ decisionId: result.decisionId, area: areaJson(result.area) });
    },
  });

  api.post(`${API_PREFIX}/conditions/:id/close`, {
    config: { access: RECORD_DECISIONS, scope: THE_CONDITION, audit: 'business_area.condition-closed' },
    schema: {
      tags,
      operationId: 'closeCondition',
      summary:
        'Close a condition of a board decision (send the version you read; a stale one is refused with 409)',
      params: idParams,
      body: closeBody,
      response: { 200: conditionSchema.omit({ overdue: true }), ...standardErrorResponses },
    },
    handler: async (request) => {
      const conditionId = requireUuid(request.params.id, 'condition');
      return pipeline.closeCondition(context(request), conditionId, request.body);
    },
  });
}
