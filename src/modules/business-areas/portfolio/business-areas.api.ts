import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { changeContext } from '../../../platform/http/change-context.ts';
import type { Pence } from '../../../platform/money.ts';
import { STAGE_LABELS } from '../pipeline/business-case.domain.ts';
import { CHANGE_BASELINES, CHANGE_PORTFOLIO, THE_ALLIANCE, THE_AREA } from './business-areas.access.ts';
import { CONFIDENCE_LABELS, type AreaDetails, type BusinessArea } from './business-areas.domain.ts';
import type { areaSummarySchema } from './business-areas.schemas.ts';
import {
  allianceParams,
  areaBody,
  areaSchema,
  areaUpdateBody,
  baselinesBody,
  confidenceBody,
  idParams,
  parsePortfolioFilters,
  portfolioQuery,
  portfolioSchema,
} from './business-areas.schemas.ts';
import {
  createBusinessAreasService,
  type AreaView,
  type BusinessAreasService,
  type PortfolioRow,
} from './business-areas.service.ts';
import { registerCaseApi } from './business-case-sections.api.ts';
import { createPortfolioService } from './portfolio.service.ts';

const tags = ['Business areas'];
const AREAS = `${API_PREFIX}/business-areas`;
const PORTFOLIO = `${API_PREFIX}/alliances/:allianceId/business-areas`;

/** The pages name baseline fields by row; the API names them by the array it was sent. */
const API_FIELD = /^baselines-(\d+)-budget$/;

async function inApiTerms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.details.map((d) => ({
      ...d,
      field: d.field.replace(API_FIELD, 'baselines.$1.budgetPence').replaceAll('-', '.'),
    }));
    throw new ValidationError(details, error.message);
  }
}

function commonJson(area: BusinessArea, hostName: string | null) {
  return {
    id: area.id,
    allianceId: area.allianceId,
    name: area.name,
    functionGroup: area.functionGroup,
    inScope: area.inScope,
    exclusionReason: area.exclusionReason,
    hostOrganisationId: area.hostOrganisationId,
    hostName,
    seniorResponsibleOfficer: area.seniorResponsibleOfficer,
    leadName: area.leadName,
    stage: area.stage,
    stageLabel: STAGE_LABELS[area.stage],
    stageChangedAt: area.stageChangedAt.toISOString(),
    confidence: area.confidence,
    confidenceLabel: area.confidence ? CONFIDENCE_LABELS[area.confidence] : null,
    confidenceCommentary: area.confidenceCommentary,
    confidenceAssessedOn: area.confidenceAssessedOn,
    version: area.version,
    updatedAt: area.updatedAt.toISOString(),
  };
}

export function areaJson(view: AreaView): z.infer<typeof areaSchema> {
  const { budgetPence, officers, staff } = view.totals;
  return {
    ...commonJson(view.area, view.hostName),
    description: view.area.description,
    baselines: view.baselines.map(({ organisationId, name, recorded, budgetPence, officers, staff }) => ({
      organisationId,
      name,
      recorded,
      budgetPence,
      officers,
      staff,
    })),
    totals: { budgetPence, officers, staff },
  };
}

function summaryJson(row: PortfolioRow): z.infer<typeof areaSummarySchema> {
  const { budgetPence, officers, staff } = row;
  return { ...commonJson(row, row.hostName), totals: { budgetPence, officers, staff } };
}

function details(body: z.infer<typeof areaBody>): AreaDetails {
  return {
    name: body.name,
    functionGroup: body.functionGroup,
    inScope: body.inScope,
    exclusionReason: body.exclusionReason ?? undefined,
    hostOrganisationId: body.hostOrganisationId ?? undefined,
    seniorResponsibleOfficer: body.seniorResponsibleOfficer ?? undefined,
    leadName: body.leadName ?? undefined,
    description: body.description ?? undefined,
  };
}

export function registerPortfolioApi(app: FastifyInstance, deps: ModuleDeps): void {
  const areas = createBusinessAreasService(deps);
  registerAreaApi(app, deps, areas);
  registerCaseApi(app, deps);
}

function registerAreaApi(app: FastifyInstance, deps: ModuleDeps, areas: BusinessAreasService): void {
  const portfolio = createPortfolioService(deps);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
  const areaId = (id: string) => requireUuid(id, 'business area');
  const responses = { 200: areaSchema, ...standardErrorResponses };

  api.get(PORTFOLIO, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listBusinessAreas',
      summary:
        'The business areas of an alliance with their stage, host force, confidence and baseline totals',
      description:
        'Repeat a filter to match any of its values; different filters must all match. A page at a time, ' +
        'in name order: pass `next` back as `cursor` until it is null.',
      params: allianceParams,
      querystring: portfolioQuery,
      response: { 200: portfolioSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const { filters, unknown } = parsePortfolioFilters(request.query);
      if (unknown.length > 0) {
        throw new ValidationError(
          unknown.map((value) => ({
            field: value.split('=')[0] ?? 'query',
            message: `Not a known value: ${value}`,
          })),
        );
      }
      const { limit, cursor } = request.query;
      const listed = await portfolio.items(allianceId, filters, { limit, cursor });
      const { budgetPence, officers, staff } = listed.totals;
      return {
        allianceId,
        total: listed.total,
        matching: listed.matching,
        totals: { budgetPence, officers, staff },
        items: listed.items.map(summaryJson),
        next: listed.next,
      };
    },
  });

  api.post(PORTFOLIO, {
    config: { access: CHANGE_PORTFOLIO, scope: THE_ALLIANCE, audit: 'business_area.created' },
    schema: {
      tags,
      operationId: 'createBusinessArea',
      summary: 'Add a business area to an alliance; it starts at scoping',
      params: allianceParams,
      body: areaBody,
      response: { 201: areaSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const allianceId = requireUuid(request.params.allianceId, 'alliance');
      const created = await areas.create(context(request), allianceId, details(request.body));
      return reply.status(201).send(areaJson(await areas.get(created.id)));
    },
  });

  api.get(`${AREAS}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessArea',
      summary: 'A business area with its baselines per force',
      params: idParams,
      response: responses,
    },
    handler: async (request) => areaJson(await areas.get(areaId(request.params.id))),
  });

  api.put(`${AREAS}/:id`, {
    config: { access: CHANGE_PORTFOLIO, scope: THE_AREA, audit: 'business_area.updated' },
    schema: {
      tags,
      operationId: 'updateBusinessArea',
      summary: 'Change a business area (send the version you read; a stale one is refused with 409)',
      params: idParams,
      body: areaUpdateBody,
      response: responses,
    },
    handler: async (request) => {
      const id = areaId(request.params.id);
      await areas.update(context(request), id, { ...details(request.body), version: request.body.version });
      return areaJson(await areas.get(id));
    },
  });

  api.put(`${AREAS}/:id/baselines`, {
    config: { access: CHANGE_BASELINES, scope: THE_AREA, audit: 'business_area.baselines-set' },
    schema: {
      tags,
      operationId: 'replaceBaselines',
      summary: "Replace the baselines: each member force's budget in pence and its officers and staff",
      params: idParams,
      body: baselinesBody,
      response: responses,
    },
    handler: async (request) => {
      const id = areaId(request.params.id);
      const baselines = request.body.baselines.map((b) => ({ ...b, budgetPence: b.budgetPence as Pence }));
      const input = { version: request.body.version, baselines };
      return areaJson(await inApiTerms(() => areas.setBaselines(context(request), id, input)));
    },
  });

  api.put(`${AREAS}/:id/confidence`, {
    config: { access: CHANGE_PORTFOLIO, scope: THE_AREA, audit: 'business_area.confidence-assessed' },
    schema: {
      tags,
      operationId: 'recordConfidence',
      summary: 'Record a dated delivery confidence assessment (Green, Amber/Green, Amber, Amber/Red, Red)',
      params: idParams,
      body: confidenceBody,
      response: responses,
    },
    handler: async (request) => {
      const id = areaId(request.params.id);
      await areas.assessConfidence(context(request), id, request.body);
      return areaJson(await areas.get(id));
    },
  });
}
