import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/module.ts';
import { API_PREFIX, requireUuid, standardErrorResponses } from '../../platform/http/api.ts';
import { ValidationError } from '../../platform/errors.ts';
import { pageWithin, parsePageRequest } from '../../platform/http/paging.ts';
import { apiRoute } from '../../platform/usecase/api-route.ts';
import { asAtDate } from './agreement-terms.domain.ts';
import { agreementJson, agreementSchema, registerSchema } from './agreements.schemas.ts';
import type { AgreementsService } from './agreements.service.ts';
import { createInput } from './use-cases/agreement-changes.ts';
import { createAgreement } from './use-cases/create-agreement.ts';
import { signAgreement } from './use-cases/sign-agreement.ts';
import { terminateAgreement, terminateInput } from './use-cases/terminate-agreement.ts';
import { varyAgreement, varyInput } from './use-cases/vary-agreement.ts';

const tags = ['Agreements'];
const BASE = `${API_PREFIX}/agreements`;
const idParams = z.object({ id: z.string().max(100) });
const asAtQuery = z.object({
  asAt: z
    .string()
    .max(10)
    .optional()
    .meta({ description: "'YYYY-MM-DD': the agreement as it stood that day" }),
});
const NO_QUERY = z.object({});

/** "?asAt=" must be a real date: a typo must not quietly show today's terms. */
export function readAsAt(text: string | undefined): string | undefined {
  const asAt = asAtDate(text);
  if (text !== undefined && asAt === undefined)
    throw new ValidationError([{ field: 'asAt', message: 'The date must be a real date, like 2016-03-31' }]);
  return asAt;
}

export function registerAgreementApi(
  app: FastifyInstance,
  deps: ModuleDeps & { agreements: AgreementsService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { agreements } = deps;
  const agreementId = (id: string) => requireUuid(id, 'agreement');
  const send = (agreement: Parameters<typeof agreementJson>[0]) => agreementJson(agreement);

  api.get(BASE, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'listAgreements',
      summary: 'The register of agreements, a page at a time, each as it stood on a date (today unless asAt)',
      querystring: asAtQuery.extend({
        page: z.string().max(10).optional(),
        pageSize: z.string().max(10).optional(),
      }),
      response: { 200: registerSchema, ...standardErrorResponses },
    },
    handler: async (request) => {
      const asAt = readAsAt(request.query.asAt) ?? agreements.today();
      const wanted = parsePageRequest(request.query);
      const first = await agreements.register({ asAt, offset: 0, limit: 0 });
      const page = pageWithin(wanted, first.matching);
      const { rows, matching } = await agreements.register({
        asAt,
        offset: page.offset,
        limit: page.pageSize,
      });
      return {
        agreements: rows.map((row) => ({ ...row, kind: row.kind as never, state: row.state as never })),
        page: { number: page.page, size: page.pageSize, matching },
      };
    },
  });

  api.get(`${BASE}/:id`, {
    config: { access: 'signed-in' },
    schema: {
      tags,
      operationId: 'getAgreement',
      summary: 'An agreement with its parties, every version and signature, and its history',
      params: idParams,
      querystring: asAtQuery,
      response: { 200: agreementSchema, ...standardErrorResponses },
    },
    handler: async (request) =>
      agreementJson(await agreements.get(agreementId(request.params.id)), readAsAt(request.query.asAt)),
  });

  apiRoute(app, deps, createAgreement, {
    method: 'POST',
    url: BASE,
    params: z.object({}),
    body: createInput,
    query: NO_QUERY,
    toInput: ({ body }) => body,
    response: { status: 201, schema: agreementSchema, send },
  });

  apiRoute(app, deps, signAgreement, {
    method: 'POST',
    url: `${BASE}/:id/signatures`,
    params: idParams,
    body: signAgreement.input.omit({ agreementId: true }),
    query: NO_QUERY,
    toInput: ({ params, body }) => ({ ...body, agreementId: agreementId(params.id) }),
    response: { status: 200, schema: agreementSchema, send },
  });

  apiRoute(app, deps, varyAgreement, {
    method: 'POST',
    url: `${BASE}/:id/variations`,
    params: idParams,
    body: varyInput.omit({ agreementId: true }),
    query: NO_QUERY,
    toInput: ({ params, body }) => ({ ...body, agreementId: agreementId(params.id) }),
    response: { status: 200, schema: agreementSchema, send },
  });

  apiRoute(app, deps, terminateAgreement, {
    method: 'POST',
    url: `${BASE}/:id/termination`,
    params: idParams,
    body: terminateInput.omit({ agreementId: true }),
    query: NO_QUERY,
    toInput: ({ params, body }) => ({ ...body, agreementId: agreementId(params.id) }),
    response: { status: 200, schema: agreementSchema, send },
  });
}
