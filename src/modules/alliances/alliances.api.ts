import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { apiRoute, NO_PART } from '../../platform/usecase/api-route.ts';
import { apiVersion, optionalText, queryInteger } from '../../platform/validation.ts';
import type { Alliance } from './alliances.domain.ts';
import {
  allianceBody,
  allianceListSchema,
  allianceSchema,
  allianceUpdateBody,
  idParams,
} from './alliances.schemas.ts';
import type { AlliancesService } from './alliances.service.ts';
import { addAllianceMember } from './use-cases/add-alliance-member.ts';
import { changeAllianceStatus } from './use-cases/change-alliance-status.ts';
import { changeAlliance } from './use-cases/change-alliance.ts';
import { createAlliance } from './use-cases/create-alliance.ts';
import { removeAllianceMember } from './use-cases/remove-alliance-member.ts';

const tags = ['Alliances'];
const BASE = `${API_PREFIX}/alliances`;

/** The API names its money field after its unit. */
const API_FIELD_NAMES = { savingsTarget: 'savingsTargetPence' };

export function allianceJson(alliance: Alliance): z.infer<typeof allianceSchema> {
  const { createdAt: _createdAt, updatedAt, ...rest } = alliance;
  return { ...rest, members: [...alliance.members], updatedAt: updatedAt.toISOString() };
}

/** The API sends null for "not given"; the use cases leave it out. */
function details(body: z.output<typeof allianceBody>) {
  return {
    name: body.name,
    shortName: body.shortName,
    description: body.description ?? undefined,
    status: body.status,
    formedOn: body.formedOn ?? undefined,
    savingsTarget: body.savingsTargetPence ?? undefined,
    savingsTargetYear: body.savingsTargetYear ?? undefined,
    members: body.members,
  };
}

const memberBody = z.object({
  organisationId: z.string().max(100),
  version: apiVersion(),
  joinedOn: z.string().max(10).optional().meta({ description: "'YYYY-MM-DD'; today if left out" }),
});
const memberParams = z.object({ id: z.string().max(100), organisationId: z.string().max(100) });
const versionQuery = z.object({ version: queryInteger('the version', { min: 1 }) });
const statusBody = z.object({
  status: allianceBody.shape.status,
  version: apiVersion(),
  reason: optionalText('the reason', 500),
});

export function registerAllianceApi(
  app: FastifyInstance,
  deps: ModuleDeps & { alliances: AlliancesService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { alliances } = deps;
  const allianceId = (id: string) => requireUuid(id, 'alliance');
  const responses = { 200: allianceSchema, ...standardErrorResponses };

  api.get(BASE, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listAlliances',
      summary: 'List alliances by name',
      response: { 200: allianceListSchema, ...standardErrorResponses },
    },
    handler: async () => ({ alliances: await alliances.list() }),
  });

  apiRoute(app, deps, createAlliance, {
    method: 'POST',
    url: BASE,
    params: NO_PART,
    body: allianceBody,
    query: NO_PART,
    toInput: ({ body }) => details(body),
    fields: API_FIELD_NAMES,
    response: { status: 201, schema: allianceSchema, send: allianceJson },
  });

  api.get(`${BASE}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getAlliance',
      summary: 'An alliance and its members',
      params: idParams,
      response: responses,
    },
    handler: async (request) => allianceJson(await alliances.get(allianceId(request.params.id))),
  });

  apiRoute(app, deps, changeAlliance, {
    method: 'PUT',
    url: `${BASE}/:id`,
    params: idParams,
    body: allianceUpdateBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...details(body), id: allianceId(params.id), version: body.version }),
    fields: API_FIELD_NAMES,
    response: { status: 200, schema: allianceSchema, send: allianceJson },
  });

  apiRoute(app, deps, addAllianceMember, {
    method: 'POST',
    url: `${BASE}/:id/members`,
    params: idParams,
    body: memberBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...body, allianceId: allianceId(params.id) }),
    response: { status: 200, schema: allianceSchema, send: allianceJson },
  });

  apiRoute(app, deps, removeAllianceMember, {
    method: 'DELETE',
    url: `${BASE}/:id/members/:organisationId`,
    params: memberParams,
    body: NO_PART,
    query: versionQuery,
    toInput: ({ params, query }) => ({
      allianceId: allianceId(params.id),
      organisationId: requireUuid(params.organisationId, 'member'),
      version: query.version,
    }),
    response: { status: 200, schema: allianceSchema, send: allianceJson },
  });

  apiRoute(app, deps, changeAllianceStatus, {
    method: 'POST',
    url: `${BASE}/:id/status`,
    params: idParams,
    body: statusBody,
    query: NO_PART,
    toInput: ({ params, body }) => ({ ...body, allianceId: allianceId(params.id) }),
    response: { status: 200, schema: allianceSchema, send: allianceJson },
  });
}
