import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import { requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import { requiredText } from '../../../platform/validation.ts';
import { basisVersionJson, basisVersionSchema } from '../cost-sharing/cost-sharing.api.ts';
import { partySchema, shareSchema } from '../finance-api.schemas.ts';
import { ALLIANCES, checkYear, inApiTerms, tags } from '../finance-api.support.ts';
import { createFinanceRecordsService } from '../savings/finance-records.service.ts';
import { ALLIANCE_FINANCE, CHANGE_FINANCE } from '../finance.access.ts';
import {
  basisFieldInApiTerms,
  basisInputSchema,
  basisJson,
  basisJsonSchema,
  dateField,
  idParams,
  yearField,
} from '../finance.schemas.ts';
import {
  createWhatIfService,
  type Candidate,
  type CandidateOutcome,
  type Comparison,
  type Scenario,
} from './what-if.service.ts';

const NAME_MAX = 200;
/** A hard bound on the body; the service refuses more than it can show side by side. */
const CANDIDATES_MAX = 20;

const candidatesField = z
  .array(
    z.object({
      label: requiredText('the name of the basis', NAME_MAX),
      basis: basisInputSchema,
    }),
    { error: 'List the bases to compare' },
  )
  .max(CANDIDATES_MAX, `Compare at most ${CANDIDATES_MAX} bases`);

const compareBody = z.object({ financialYear: yearField(), candidates: candidatesField });
const scenarioBody = compareBody.extend({ name: requiredText('the name of the what-if', NAME_MAX) });
const adoptBody = z.object({
  candidate: z
    .number({ error: 'Select the basis to adopt' })
    .int('Select the basis to adopt')
    .min(0, 'Select the basis to adopt')
    .max(CANDIDATES_MAX - 1, 'Select the basis to adopt')
    .meta({ description: 'Which candidate to adopt: its position in candidates, from 0' }),
  effectiveFrom: dateField('the start date'),
});
const scenarioParams = z.object({ id: z.string().max(100), scenarioId: z.string().max(100) });

const outcomeSchema = z.object({
  label: z.string(),
  description: z.string(),
  basis: basisJsonSchema.nullable(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })).meta({
    description: 'Why a saved candidate can no longer be worked out (a force left, a budget is missing)',
  }),
  forces: z.array(
    shareSchema.extend({
      baselinePence: z.number().int(),
      contributionPence: z.number().int(),
      savingPence: z.number().int(),
    }),
  ),
});

const comparisonSchema = z
  .object({
    financialYear: z.number().int(),
    parties: z.array(partySchema),
    live: outcomeSchema.meta({ description: 'The basis in effect on 1 April of the year' }),
    candidates: z.array(outcomeSchema),
  })
  .meta({ id: 'WhatIfComparison' });

const scenarioSchema = z
  .object({
    id: z.string(),
    allianceId: z.string(),
    name: z.string(),
    financialYear: z.number().int(),
    candidates: z.array(z.object({ label: z.string(), basis: basisJsonSchema })),
    adoptedBasisId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WhatIfScenario' });

function outcomeJson(outcome: CandidateOutcome): z.infer<typeof outcomeSchema> {
  return {
    label: outcome.label,
    description: outcome.description,
    basis: outcome.definition && basisJson(outcome.definition),
    problems: [...outcome.problems],
    forces: outcome.forces.map((f) => ({
      organisationId: f.organisationId,
      name: f.name,
      sharePercent: f.sharePercent,
      baselinePence: f.baseline,
      contributionPence: f.contribution,
      savingPence: f.saving,
    })),
  };
}

function comparisonJson(comparison: Comparison): z.infer<typeof comparisonSchema> {
  return {
    financialYear: comparison.financialYear,
    parties: comparison.parties.map((p) => ({ organisationId: p.organisationId, name: p.name })),
    live: outcomeJson(comparison.live),
    candidates: comparison.candidates.map(outcomeJson),
  };
}

function scenarioJson(scenario: Scenario): z.infer<typeof scenarioSchema> {
  return {
    id: scenario.id,
    allianceId: scenario.allianceId,
    name: scenario.name,
    financialYear: scenario.financialYear,
    candidates: scenario.candidates.map((c) => ({ label: c.label, basis: basisJson(c.input) })),
    adoptedBasisId: scenario.adoptedBasisId,
    createdAt: scenario.createdAt.toISOString(),
  };
}

/** `candidates.1.factors.<id>` from the service is `candidates.1.basis.percentages.0.percentage` here. */
function candidateField(field: string, candidates: readonly Candidate[]): string {
  const match = /^candidates\.(\d+)\.(.+)$/.exec(field);
  const index = Number(match?.[1]);
  const candidate = candidates[index];
  if (!match?.[2] || !candidate) return field;
  return basisFieldInApiTerms(match[2], candidate.input, `candidates.${index}.basis`);
}

const candidatesOf = (body: z.output<typeof compareBody>): Candidate[] =>
  body.candidates.map((c) => ({ label: c.label, input: c.basis }));

/** Cost-sharing bases compared side by side for a year, saved as what-ifs, and adopted. */
export function registerWhatIfApi(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const whatIf = createWhatIfService(deps);
  const records = createFinanceRecordsService(deps);
  const allianceId = (id: string) => requireUuid(id, 'alliance');
  const scenarioOf = (params: z.infer<typeof scenarioParams>) =>
    whatIf.get(allianceId(params.id), requireUuid(params.scenarioId, 'what-if'));

  // A comparison saves nothing and records no audit event; the platform still asks every POST to
  // name its audit action.
  api.post(`${ALLIANCES}/:id/finance/what-if`, {
    config: { access: 'signed-in', audit: 'finance.what_if_compared' },
    schema: {
      tags,
      operationId: 'compareCostSharingBases',
      summary: 'Compare cost-sharing bases for a year: each force’s contribution and saving under each',
      description: 'Nothing is saved and the live basis is not changed. Money in whole pence.',
      params: idParams,
      body: compareBody,
      response: { 200: comparisonSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = allianceId(request.params.id);
      checkYear(request.body.financialYear, records.currentYear());
      const candidates = candidatesOf(request.body);
      const comparison = await whatIf.compare(id, request.body.financialYear, candidates);
      const problems: FieldError[] = comparison.candidates.flatMap((c, i) =>
        c.problems.map((p) => ({ ...p, field: `candidates.${i}.${p.field}` })),
      );
      if (problems.length > 0) {
        throw new ValidationError(
          problems.map((p) => ({ ...p, field: candidateField(p.field, candidates) })),
        );
      }
      return comparisonJson(comparison);
    },
  });

  api.get(`${ALLIANCES}/:id/finance/scenarios`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listWhatIfScenarios',
      summary: 'The alliance’s saved what-ifs, newest first',
      params: idParams,
      response: { 200: z.object({ scenarios: z.array(scenarioSchema) }), ...standardErrorResponses },
    },
    handler: async (request) => ({
      scenarios: (await whatIf.list(allianceId(request.params.id))).map(scenarioJson),
    }),
  });

  api.post(`${ALLIANCES}/:id/finance/scenarios`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.scenario_saved' },
    schema: {
      tags,
      operationId: 'saveWhatIfScenario',
      summary: 'Save a what-if: a year and the bases to compare in it',
      params: idParams,
      body: scenarioBody,
      response: { 201: scenarioSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const id = allianceId(request.params.id);
      const { name, financialYear } = request.body;
      checkYear(financialYear, records.currentYear());
      const candidates = candidatesOf(request.body);
      const saved = await inApiTerms(
        () => whatIf.save(changeContext(request, deps.clock), id, { name, financialYear, candidates }),
        (field) => candidateField(field, candidates),
      );
      return reply.status(201).send(scenarioJson(saved));
    },
  });

  api.get(`${ALLIANCES}/:id/finance/scenarios/:scenarioId`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getWhatIfScenario',
      summary: 'A saved what-if, with its comparison worked out on today’s figures',
      params: scenarioParams,
      response: {
        200: scenarioSchema.extend({ comparison: comparisonSchema }),
        ...standardErrorResponses,
      },
    },
    handler: async (request) => {
      const scenario = await scenarioOf(request.params);
      const comparison = await whatIf.compare(
        scenario.allianceId,
        scenario.financialYear,
        scenario.candidates,
      );
      return { ...scenarioJson(scenario), comparison: comparisonJson(comparison) };
    },
  });

  api.post(`${ALLIANCES}/:id/finance/scenarios/:scenarioId/adopt`, {
    config: { access: CHANGE_FINANCE, scope: ALLIANCE_FINANCE, audit: 'finance.scenario_adopted' },
    schema: {
      tags,
      operationId: 'adoptWhatIfScenario',
      summary: 'Adopt one candidate of a saved what-if as the alliance’s next basis version',
      description:
        'The new version starts on effectiveFrom and closes the open-ended version before it on the day before.',
      params: scenarioParams,
      body: adoptBody,
      response: { 201: basisVersionSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const scenario = await scenarioOf(request.params);
      const { candidate, effectiveFrom } = request.body;
      const input = scenario.candidates[candidate]?.input;
      const rename = (field: string) =>
        input ? basisFieldInApiTerms(field, input, `candidates.${candidate}.basis`) : field;
      const version = await inApiTerms(
        () =>
          whatIf.adopt(changeContext(request, deps.clock), scenario.allianceId, scenario.id, {
            candidate,
            effectiveFrom,
          }),
        rename,
      );
      return reply.status(201).send(basisVersionJson(version));
    },
  });
}
