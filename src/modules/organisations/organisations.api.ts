import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { Access, Role } from '../../platform/http/access.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { zodFieldErrors } from '../../platform/http/forms.ts';
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
import type { OrganisationInput, OrganisationsService } from './organisations.service.ts';
import { createOrganisationsListService } from './organisations-list.service.ts';

const tags = ['Organisations'];
const BASE = `${API_PREFIX}/organisations`;
const changeDetails: Access = { anyOf: ['programme_team'] satisfies Role[] };
const changeBudgets: Access = { anyOf: ['finance'] satisfies Role[] };
/** A grant for one organisation reaches its own details, office holders and budgets. */
const OWN_RECORDS = { organisation: 'id' } as const;

type OrganisationBody = {
  [K in keyof OrganisationInput]: OrganisationInput[K] | null;
};

function input(body: OrganisationBody): OrganisationInput {
  return {
    kind: body.kind as OrganisationInput['kind'],
    name: body.name as string,
    shortName: body.shortName as string,
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

export function registerOrganisationsApi(
  app: FastifyInstance,
  deps: ModuleDeps & { organisations: OrganisationsService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { organisations } = deps;
  const listing = createOrganisationsListService(deps.db);
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);

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

  api.post(BASE, {
    config: { access: changeDetails, scope: 'unscoped-only', audit: 'organisation.created' },
    schema: {
      tags,
      operationId: 'createOrganisation',
      summary: 'Add an organisation',
      body: organisationBody,
      response: { 201: organisationDetailResponse, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const created = await organisations.create(context(request), input(request.body));
      return reply.status(201).send(organisationDetailJson(await organisations.get(created.id)));
    },
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

  api.put(`${BASE}/:id`, {
    config: { access: changeDetails, scope: OWN_RECORDS, audit: 'organisation.updated' },
    schema: {
      tags,
      operationId: 'updateOrganisation',
      summary: 'Change an organisation (send the version you read; a stale version is refused with 409)',
      params: organisationIdParams,
      body: organisationUpdateBody,
      response: { 200: organisationDetailResponse, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = requireUuid(request.params.id, 'organisation');
      await organisations.get(id);
      await organisations.update(context(request), id, {
        ...input(request.body),
        version: request.body.version,
      });
      return organisationDetailJson(await organisations.get(id));
    },
  });

  api.post(`${BASE}/:id/office-holders`, {
    config: { access: changeDetails, scope: OWN_RECORDS, audit: 'organisation.office-holder-added' },
    schema: {
      tags,
      operationId: 'createOfficeHolder',
      summary: 'Record who holds an office of the organisation, from when (and until when)',
      params: organisationIdParams,
      body: officeHolderBody,
      response: { 201: officeHolderResponse, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const id = requireUuid(request.params.id, 'organisation');
      await organisations.get(id);
      const { endDate, ...term } = request.body;
      const holder = await organisations.addOfficeHolder(context(request), id, {
        ...term,
        endDate: endDate ?? undefined,
      });
      return reply.status(201).send(officeHolderJson(holder));
    },
  });

  api.put(`${BASE}/:id/budgets/:financialYear`, {
    config: { access: changeBudgets, scope: OWN_RECORDS, audit: 'organisation.budget-set' },
    schema: {
      tags,
      operationId: 'setOrganisationBudget',
      summary: "Set (add or replace) the organisation's net revenue budget for a financial year",
      params: budgetParams,
      body: budgetBody,
      response: { 200: budgetResponse, ...standardErrorResponses },
    },
    handler: async (request) => {
      const id = requireUuid(request.params.id, 'organisation');
      await organisations.get(id);
      const body = request.body;
      const budget = await organisations.setBudget(context(request), id, {
        financialYear: yearFrom(request.params.financialYear),
        netRevenueBudgetPence: (body.netRevenueBudgetPence ?? body.netRevenueBudget) as number,
        source: body.source ?? undefined,
      });
      return budgetJson(budget);
    },
  });
}
