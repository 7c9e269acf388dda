import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../../platform/module.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../../platform/http/api.ts';
import { apiRoute, NO_PART } from '../../../platform/usecase/api-route.ts';
import { STAGE_LABELS } from '../pipeline/business-case.domain.ts';
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
import { PORTFOLIO_TAGS } from './use-cases/area-changes.ts';
import { registerCaseApi } from './business-case-sections.api.ts';
import { createPortfolioService } from './portfolio.service.ts';
import { addBusinessArea } from './use-cases/add-business-area.ts';
import { assessConfidence } from './use-cases/assess-confidence.ts';
import { changeBusinessArea } from './use-cases/change-business-area.ts';
import { setBaselines } from './use-cases/set-baselines.ts';

const tags = PORTFOLIO_TAGS;
const AREAS = `${API_PREFIX}/business-areas`;
const PORTFOLIO = `${API_PREFIX}/alliances/:allianceId/business-areas`;

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
  registerPortfolioRoutes(app, deps, areas);
  registerAreaRoutes(app, deps, areas);
  registerCaseApi(app, deps);
}

const areaId = (id: string) => requireUuid(id, 'business area');

/** An alliance's portfolio, and a new area added to it. */
function registerPortfolioRoutes(app: FastifyInstance, deps: ModuleDeps, areas: BusinessAreasService): void {
  const portfolio = createPortfolioService(deps);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const viewOf = async (area: BusinessArea) => areaJson(await areas.get(area.id));

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

  apiRoute(app, deps, addBusinessArea, {
    method: 'POST',
    url: PORTFOLIO,
    params: allianceParams,
    body: areaBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...details(body),
      allianceId: requireUuid(params.allianceId, 'alliance'),
    }),
    response: { status: 201, schema: areaSchema, send: viewOf },
  });
}

/** One area: read, changed, its baselines and its delivery confidence. */
function registerAreaRoutes(app: FastifyInstance, deps: ModuleDeps, areas: BusinessAreasService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const viewOf = async (area: BusinessArea) => areaJson(await areas.get(area.id));

  api.get(`${AREAS}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getBusinessArea',
      summary: 'A business area with its baselines per force',
      params: idParams,
      response: { 200: areaSchema, ...standardErrorResponses },
    },
    handler: async (request) => areaJson(await areas.get(areaId(request.params.id))),
  });

  apiRoute(app, deps, changeBusinessArea, {
    method: 'PUT',
    url: `${AREAS}/:id`,
    params: idParams,
    body: areaUpdateBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...details(body), id: areaId(params.id), version: body.version }),
    response: { status: 200, schema: areaSchema, send: viewOf },
  });

  apiRoute(app, deps, setBaselines, {
    method: 'PUT',
    url: `${AREAS}/:id/baselines`,
    params: idParams,
    body: baselinesBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...body, id: areaId(params.id) }),
    response: { status: 200, schema: areaSchema, send: areaJson },
  });

  apiRoute(app, deps, assessConfidence, {
    method: 'PUT',
    url: `${AREAS}/:id/confidence`,
    params: idParams,
    body: confidenceBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...body, id: areaId(params.id) }),
    response: { status: 200, schema: areaSchema, send: viewOf },
  });
}
