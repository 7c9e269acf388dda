import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { pipelineHeadline } from '../business-areas/index.ts';
import type { ReportingService } from './reporting.service.ts';

const namedForce = z.object({ id: z.string(), name: z.string() });

const allianceNumbersSchema = z
  .object({
    allianceId: z.string(),
    allianceName: z.string(),
    financialYear: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The year the budgets are for, as its start year (2015 is 2015/16)' }),
    combinedBudgetPence: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Null unless every force has a budget for financialYear' }),
    latestBudgetYear: z.number().int().nullable(),
    forcesWithoutBudget: z
      .array(namedForce)
      .meta({ description: 'Forces with no budget for latestBudgetYear' }),
    populationServed: z.number().int().nullable(),
    forcesWithoutPopulation: z.array(namedForce),
    savingsTargetPence: z.number().int().nullable(),
    savingsTargetYear: z.number().int().nullable(),
    remitBudgetPence: z.number().int().nullable().meta({
      description:
        'Combined baseline budget of the business areas in the remit (in scope, not rejected or withdrawn); null until a baseline is recorded',
    }),
    forces: z.array(
      namedForce.extend({
        budgetPence: z.number().int().nullable(),
        population: z.number().int().nullable(),
      }),
    ),
    businessAreas: z
      .object({
        approved: z.number().int(),
        inDevelopment: z.number().int(),
        consultationComplete: z.number().int(),
        excluded: z.number().int(),
        headline: z.string(),
      })
      .nullable()
      .meta({
        description: 'Null until the alliance has business areas; per stage at /alliances/{id}/pipeline',
      }),
  })
  .meta({ id: 'AllianceNumbers' });

export function registerReportingApi(
  app: FastifyInstance,
  deps: ModuleDeps & { reporting: ReportingService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(`${API_PREFIX}/alliances/:id/numbers`, {
    config: { access: 'signed-in' },
    schema: {
      tags: ['Alliances'],
      operationId: 'getAllianceNumbers',
      summary: "The alliance in numbers: its forces' combined budget, population served and savings target",
      params: z.object({ id: z.string().max(100) }),
      response: { 200: allianceNumbersSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { alliance, numbers, pipeline } = await deps.reporting.allianceInNumbers(
        requireUuid(request.params.id, 'alliance'),
      );
      const businessAreas = pipeline && {
        approved: pipeline.approved,
        inDevelopment: pipeline.inDevelopment,
        consultationComplete: pipeline.consultationComplete,
        excluded: pipeline.excluded,
        headline: pipelineHeadline(pipeline),
      };
      return {
        allianceId: alliance.id,
        allianceName: alliance.name,
        ...numbers,
        forcesWithoutBudget: [...numbers.forcesWithoutBudget],
        forcesWithoutPopulation: [...numbers.forcesWithoutPopulation],
        forces: [...numbers.forces],
        businessAreas,
      };
    },
  });
}
