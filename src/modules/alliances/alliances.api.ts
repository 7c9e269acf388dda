import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import type { FinancialYear, IsoDate } from '../../platform/dates.ts';
import { ValidationError } from '../../platform/errors.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import type { Pence } from '../../platform/money.ts';
import { apiVersion, optionalText, queryInteger } from '../../platform/validation.ts';
import type { Alliance, AllianceDetails } from './alliances.domain.ts';
import { CHANGE_ALLIANCES, THE_ALLIANCE } from './alliances.pages.ts';
import {
  allianceBody,
  allianceListSchema,
  allianceSchema,
  allianceUpdateBody,
  idParams,
} from './alliances.schemas.ts';
import type { AlliancesService } from './alliances.service.ts';

const tags = ['Alliances'];
const BASE = `${API_PREFIX}/alliances`;

/** The service names fields as the form does; the API's money field is in pence. */
const API_FIELD_NAMES: Record<string, string> = { savingsTarget: 'savingsTargetPence' };

async function inApiTerms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.details.map((d) => ({ ...d, field: API_FIELD_NAMES[d.field] ?? d.field }));
    throw new ValidationError(details, error.message);
  }
}

export function allianceJson(alliance: Alliance): z.infer<typeof allianceSchema> {
  const { createdAt: _createdAt, updatedAt, ...rest } = alliance;
  return { ...rest, members: [...alliance.members], updatedAt: updatedAt.toISOString() };
}

function details(body: z.infer<typeof allianceBody>): AllianceDetails {
  return {
    name: body.name,
    shortName: body.shortName,
    description: body.description ?? undefined,
    status: body.status,
    formedOn: (body.formedOn ?? undefined) as IsoDate | undefined,
    savingsTarget: (body.savingsTargetPence ?? undefined) as Pence | undefined,
    savingsTargetYear: (body.savingsTargetYear ?? undefined) as FinancialYear | undefined,
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
  const context = (request: FastifyRequest) => changeContext(request, deps.clock);
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

  api.post(BASE, {
    config: { access: CHANGE_ALLIANCES, scope: 'unscoped-only', audit: 'alliance.created' },
    schema: {
      tags,
      operationId: 'createAlliance',
      summary: 'Add an alliance of two or more organisations',
      body: allianceBody,
      response: { 201: allianceSchema, ...standardErrorResponses },
    },
    handler: async (request, reply) => {
      const created = await inApiTerms(() => alliances.create(context(request), details(request.body)));
      return reply.status(201).send(allianceJson(created));
    },
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

  api.put(`${BASE}/:id`, {
    config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE, audit: 'alliance.updated' },
    schema: {
      tags,
      operationId: 'updateAlliance',
      summary:
        'Change an alliance and its members (send the version you read; a stale one is refused with 409)',
      params: idParams,
      body: allianceUpdateBody,
      response: responses,
    },
    handler: async (request) => {
      const id = allianceId(request.params.id);
      const input = { ...details(request.body), version: request.body.version };
      return allianceJson(await inApiTerms(() => alliances.update(context(request), id, input)));
    },
  });

  api.post(`${BASE}/:id/members`, {
    config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE, audit: 'alliance.member-added' },
    schema: {
      tags,
      operationId: 'addAllianceMember',
      summary: 'Add a member organisation',
      params: idParams,
      body: memberBody,
      response: responses,
    },
    handler: async (request) => {
      const id = allianceId(request.params.id);
      return allianceJson(await alliances.addMember(context(request), id, request.body));
    },
  });

  api.delete(`${BASE}/:id/members/:organisationId`, {
    config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE, audit: 'alliance.member-removed' },
    schema: {
      tags,
      operationId: 'removeAllianceMember',
      summary: 'Remove a member organisation (an alliance keeps at least two)',
      params: memberParams,
      querystring: versionQuery,
      response: responses,
    },
    handler: async (request) => {
      const id = allianceId(request.params.id);
      const organisationId = requireUuid(request.params.organisationId, 'member');
      const input = { organisationId, version: request.query.version };
      return allianceJson(await alliances.removeMember(context(request), id, input));
    },
  });

  api.post(`${BASE}/:id/status`, {
    config: { access: CHANGE_ALLIANCES, scope: THE_ALLIANCE, audit: 'alliance.status-changed' },
    schema: {
      tags,
      operationId: 'changeAllianceStatus',
      summary: 'Move an alliance to another status: proposed → active → ending → ended, or proposed → ended',
      params: idParams,
      body: statusBody,
      response: responses,
    },
    handler: async (request) => {
      const id = allianceId(request.params.id);
      return allianceJson(await alliances.changeStatus(context(request), id, request.body));
    },
  });
}
