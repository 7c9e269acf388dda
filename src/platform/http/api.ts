import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { isUuid } from '../ids.ts';

export const API_PREFIX = '/api/v1';

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** Every API error has this shape; list it in each route's response schema for 400/401/403/404/409. */
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
} as const;

/** A malformed id in an address is a page that does not exist (404), not a bad request. */
export function requireUuid(value: string | undefined, what = 'page'): string {
  if (!isUuid(value)) throw new NotFoundError(`There is no such ${what}`);
  return value.toLowerCase();
}
