import type { FastifyRequest } from 'fastify';

export const API_PREFIX = '/api/v1';

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}
