import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { ValidationError } from '../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { zodFieldErrors } from '../../platform/http/forms.ts';
import { apiRoute, NO_PART } from '../../platform/usecase/api-route.ts';
import {
  budgetBody,
  budgetJson,
  budgetParams,
  budgetResponse,
  financialYearParam,
  organisationListQuery,
  officeHolderBody,
  officeHolderJson,
  officeHolderResponse,
  organisationBody,
  organisationDetailJson,
  organisationDetailResponse,
  organisationIdParams,
  organisationJson,
  organisationListResponse,
  organisationUpdateBody,
} from './organisations.schemas.ts';
import type { Organisation, OrganisationsService } from './organisations.service.ts';
import { ORGANISATIONS_TAGS } from './use-cases/access.ts';
import { addOfficeHolder } from './use-cases/add-office-holder.ts';
import { changeOrganisation } from './use-cases/change-organisation.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { setBudget } from './use-cases/set-budget.ts';
import { createOrganisationsListService } from './organisations-list.service.ts';

const tags = ORGANISATIONS_TAGS;
const BASE = `${API_PREFIX}/organisations`;

/** The API sends null for "not given"; the use cases leave it out. */
function input(body: z.output<typeof organisationBody>) {
  return {
    kind: body.kind,
    name: body.name,
    shortName: body.shortName,
    region: body.region ?? undefined,
    population: body.population ?? undefined,
    populationYear: body.populationYear ?? undefined,
    notes: body.notes ?? undefined,
  };
}

function yearFrom(text: string): number {
  const parsed = financialYearParam.safeParse(text);
  if (!parsed.success)
    throw new ValidationError(zodFieldErrors(parsed.error).map((e) => ({ ...e, field: 'financialYear' })));
  return parsed.data;
}

/** The body's schema has made sure exactly one of the two is given. */
function penceOf(body: z.output<typeof budgetBody>): number {
  const pence = body.netRevenueBudgetPence ?? body.netRevenueBudget;
  if (pence === undefined) {
    throw new ValidationError([{ field: 'netRevenueBudgetPence', message: 'Enter the net revenue budget' }]);
  }
  return pence;
}

export function registerOrganisationsApi(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { organisations } = deps;
  const detailOf = async (organisation: Organisation) =>
    organisationDetailJson(await organisations.get(organisation.id));
  const listing = createOrganisationsListService(deps.db);

  api.get(BASE, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listOrganisations',
      summary: 'List organisations, optionally of one kind',
      description: 'A page at a time, in name order: pass `next` back as `cursor` until it is null.',
      querystring: organisationListQuery,
      response: { 200: organisationListResponse, ...standardErrorResponses },
    },
    handler: async (request) => {
      const { kind, limit, cursor } = request.query;
      const listed = await listing.items(kind, { limit, cursor });
      return { ...listed, items: listed.items.map(organisationJson) };
    },
  });

  apiRoute(app, deps, createOrganisation, {
    method: 'POST',
    url: BASE,
    params: NO_PART,
    body: organisationBody,
    query: NO_PART,
    toInput: ({ body }) => input(body),
    response: { status: 201, schema: organisationDetailResponse, send: detailOf },
  });

  api.get(`${BASE}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getOrganisation',
      summary: 'An organisation with its office holders and budgets',
      params: organisationIdParams,
      response: { 200: organisationDetailResponse, ...standardErrorResponses },
    },
    handler: async (request) =>
      organisationDetailJson(await organisations.get(requireUuid(request.params.id, 'organisation'))),
  });

  apiRoute(app, deps, changeOrganisation, {
    method: 'PUT',
    url: `${BASE}/:id`,
    params: organisationIdParams,
    body: organisationUpdateBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...input(body),
      id: requireUuid(params.id, 'organisation'),
      version: body.version,
    }),
    response: { status: 200, schema: organisationDetailResponse, send: detailOf },
  });

  apiRoute(app, deps, addOfficeHolder, {
    method: 'POST',
    url: `${BASE}/:id/office-holders`,
    params: organisationIdParams,
    body: officeHolderBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({
      ...body,
      endDate: body.endDate ?? undefined,
      organisationId: requireUuid(params.id, 'organisation'),
    }),
    response: { status: 201, schema: officeHolderResponse, send: officeHolderJson },
  });

  apiRoute(app, deps, setBudget, {
    method: 'PUT',
    url: `${BASE}/:id/budgets/:financialYear`,
    params: budgetParams,
    body: budgetBody,
    query: NO_PART,
    toInput: async ({ params, body }) => {
      const organisationId = requireUuid(params.id, 'organisation');
      await organisations.get(organisationId);
      return {
        organisationId,
        financialYear: yearFrom(params.financialYear),
        netRevenueBudgetPence: penceOf(body),
        source: body.source ?? undefined,
      };
    },
    response: { status: 200, schema: budgetResponse, send: budgetJson },
  });
}
