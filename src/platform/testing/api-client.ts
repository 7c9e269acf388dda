import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/database.ts';
import type { RoleGrant } from '../http/access.ts';
import type { Clock } from '../clock.ts';
import { createAccountsService } from '../../modules/accounts/accounts.service.ts';

/** Creates a user with these roles and an API token, and returns a client that sends it. */
export async function apiClientFor(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
  grants: readonly RoleGrant[],
  email = `api-${crypto.randomUUID().slice(0, 8)}@alliance.test`,
) {
  const accounts = createAccountsService({ db: database.db, clock, sessionIdleMinutes: 120 });
  const context = {
    actor: { userId: null, label: 'Test' },
    requestId: 'test',
    action: 'test',
    now: clock.now(),
  };
  const user = await accounts.createUser(context, { email, name: `API user ${email}`, roles: grants });
  const token = await accounts.createApiToken(context, user.id, 'test');
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return {
    user,
    /** For requests the helpers below cannot make: another content type, a raw body. */
    token,
    /** Any method, for tests that go through every route. */
    call: (method: string, url: string, body?: unknown) => call(method as 'GET', url, body),
    get: (url: string) => call('GET', url),
    post: (url: string, body: unknown) => call('POST', url, body),
    put: (url: string, body: unknown) => call('PUT', url, body),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    delete: (url: string) => call('DELETE', url),
  };
}
