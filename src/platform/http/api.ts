import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { isUuid } from '../ids.ts';

export const API_PREFIX = '/api/v1';

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** Every API error has this shape; each route lists it in its response schema as `standardErrorResponses`. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

export const standardErrorResponses = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  413: apiErrorSchema,
  414: apiErrorSchema,
  415: apiErrorSchema,
  500: apiErrorSchema,
} as const;

/**
 * The error statuses an operation can answer, as the OpenAPI document lists them (whatever a
 * route's own response schema says, so the document is complete and true for every route):
 * 401 and 403 unless the route is public; 414 where the address has parameters; 409, 413 and
 * 415 on a change; 400, 404 and 500 everywhere. There is no 405: an unsupported method on an
 * address answers 404, as an unknown address does. The API has no sign-in, so no 429.
 */
export function errorStatusesFor(route: {
  readonly method: string | readonly string[];
  readonly url: string;
  readonly config?: unknown;
}): number[] {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const changes = methods.some((method) => method !== 'GET' && method !== 'HEAD');
  const isPublic = (route.config as { access?: unknown } | undefined)?.access === 'public';
  return [
    400,
    ...(isPublic ? [] : [401, 403]),
    404,
    ...(changes ? [409, 413] : []),
    ...(route.url.includes(':') ? [414] : []),
    ...(changes ? [415] : []),
    500,
  ];
}

export const ERROR_STATUS_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The request is not valid: `details` names each field and what is wrong with it',
  401: 'No valid API token was sent',
  403: "The token's user may not do this",
  404: 'There is no such record, or nothing at this address for this method',
  409: 'Another change came first (the version sent is not the latest), or the change conflicts with what is stored',
  413: 'The request body is too large',
  414: 'A part of the address is longer than 100 characters',
  415: 'The request body is not of a type the operation takes (JSON unless it says otherwise)',
  500: 'Something went wrong in the service; nothing was changed',
};

/** A malformed id in an address is a page that does not exist (404), not a bad request. */
export function requireUuid(value: string | undefined, what = 'page'): string {
  if (!isUuid(value)) throw new NotFoundError(`There is no such ${what}`);
  return value.toLowerCase();
}
