import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { STAGES } from '../pipeline/business-case.domain.ts';
import { CONDITION_FILTERS } from './condition-status.domain.ts';
import { pipelineHeadline } from '../pipeline/pipeline-figures.domain.ts';
import { allianceParams } from './boards.schemas.ts';
import type { ReportsService } from './reports.service.ts';

const tags = ['Business areas'];

const pipelineSchema = z
  .object({
    allianceId: z.string(),
    stages: z
      .array(z.object({ stage: z.enum(STAGES), label: z.string(), count: z.number().int() }))
      .meta({ description: 'Business areas in scope at each stage, in pipeline order' }),
    approved: z
      .number()
      .int()
      .meta({ description: 'Past the executive board decision: consultation, implementation or live' }),
    inDevelopment: z.number().int().meta({ description: 'From scoping to the executive board decision' }),
    consultationComplete: z.number().int().meta({ description: 'In implementation or live' }),
    rejected: z.number().int(),
    withdrawn: z.number().int(),
    excluded: z.number().int().meta({ description: 'Excluded from the alliance; not in the pipeline' }),
    inScope: z.number().int(),
    headline: z.string(),
    remitBudgetPence: z.number().int().nullable().meta({
      description:
        'Combined baseline budget of the business areas in the remit (in scope, not rejected or withdrawn); null when none is recorded',
    }),
  })
  .meta({ id: 'Pipeline' });

const conditionSchema = z.object({
  id: z.string(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  closedOn: z.string().nullable(),
  closureNote: z.string().nullable(),
  status: z.enum(['open', 'overdue', 'closed']),
  businessAreaId: z.string(),
  businessAreaName: z.string(),
  meetingId: z.string(),
  meetingHeldOn: z.string(),
  boardName: z.string(),
  decisionOutcome: z.string(),
});

const conditionListSchema = z
  .object({
    allianceId: z.string(),
    today: z.string().meta({ description: 'The date in the UK that overdue is judged against' }),
    totals: z
      .object({ open: z.number().int(), overdue: z.number().int(), closed: z.number().int() })
      .meta({ description: 'open counts every condition not yet closed, overdue ones included' }),
    conditions: z.array(conditionSchema).meta({ description: 'Overdue first, then open, then closed' }),
  })
  .meta({ id: 'ConditionList' });

export function registerReportsApi(
  app: FastifyInstance,
  deps: ModuleDeps & { reports: ReportsService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { reports } = deps;

  api.get(`${API_PREFIX}/alliances/:allianceId/pipeline`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getPipeline',
      summary: 'Counts of business areas per stage and the headline figures',
      params: allianceParams,
      response: { 200: pipelineSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const { figures, remitBudgetPence } = await reports.pipeline(allianceId);
      return {
        allianceId,
        ...figures,
        stages: figures.stages.map(({ stage, label, count }) => ({ stage, label, count })),
        headline: pipelineHeadline(figures),
        remitBudgetPence,
      };
    },
  });

  api.get(`${API_PREFIX}/alliances/:allianceId/conditions`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listConditions',
      summary: 'Conditions set by the boards, with owner, due date and status; overdue first',
      params: allianceParams,
      querystring: z.object({ status: z.enum(CONDITION_FILTERS).default('all') }),
      response: { 200: conditionListSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const { today, totals, conditions } = await reports.conditions(allianceId, request.query.status);
      return { allianceId, today, totals, conditions };
    },
  });
}
