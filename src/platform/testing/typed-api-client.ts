import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import type { paths } from './api-types.generated.ts';

/**
 * A client typed by the generated description of the API, sending its requests through Fastify's
 * inject with an API token: a route that drifts from the document fails to compile where it is used.
 */
export function typedApiClient(app: FastifyInstance, token: string) {
  const injectFetch = async (request: Request): Promise<Response> => {
    const address = new URL(request.url);
    const body = request.body === null ? undefined : await request.text();
    const response = await app.inject({
      method: request.method as 'GET',
      url: address.pathname + address.search,
      headers: { ...Object.fromEntries(request.headers), authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body }),
    });
    const headers = Object.entries(response.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, String(value)] as [string, string]],
    );
    const noBody = response.statusCode === 204 || response.rawPayload.length === 0;
    return new Response(noBody ? null : response.rawPayload, { status: response.statusCode, headers });
  };
  return createClient<paths>({ baseUrl: 'http://alliance.test', fetch: injectFetch });
}
