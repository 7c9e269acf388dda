import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.ts';
import { setUpAccessControl, type Principal, type RoleGrant } from './access.ts';
import { setUpErrorHandling } from './error-handler.ts';
import { actsFor, type ResourceLookups } from './scope.ts';

const ALLIANCE = '11111111-1111-4111-8111-111111111111';
const DORSET = '22222222-2222-4222-8222-222222222222';
const AVON = '33333333-3333-4333-8333-333333333333';
const UNKNOWN = '44444444-4444-4444-8444-444444444444';

/** The alliance's members as a module's lookup would find them; every other id is no resource. */
const lookups: ResourceLookups = {
  organisation: async (id) => ([DORSET, AVON].includes(id) ? [id] : undefined),
  alliance: async (id) => (id === ALLIANCE ? [DORSET] : undefined),
  businessArea: async () => undefined,
  meeting: async () => undefined,
  condition: async () => undefined,
};

function principal(roles: RoleGrant[]): Principal {
  return { id: 'u', email: 'u@example.org', name: 'U', roles, via: 'token' };
}

/** Who is asking comes from a header: the grants, as JSON. */
async function appWith(register: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  setUpErrorHandling(app);
  setUpAccessControl(
    app,
    async (request) => principal(JSON.parse(String(request.headers['x-grants'] ?? '[]')) as RoleGrant[]),
    lookups,
  );
  register(app);
  await app.ready();
  return app;
}

const team = { anyOf: ['programme_team'] } as const;
let app: FastifyInstance | undefined;
afterEach(() => app?.close());

describe('a route that needs a role', () => {
  it.each([
    ['no scope', {}, 'does not declare the scope of its resource'],
    ['an unknown kind', { scope: { board: 'id' } }, 'declares a scope that is not one of'],
    ['a parameter not in its path', { scope: { alliance: 'allianceId' } }, 'not in its path'],
  ])('does not start with %s', async (_case, extra, message) => {
    const config = { access: team, audit: 'x.changed', ...extra } as never;
    await expect(appWith((a) => a.post('/api/v1/things/:id', { config }, async () => 'ok'))).rejects.toThrow(
      message,
    );
  });

  it('does not start with a scope on a route anyone signed in may use', async () => {
    const config = { access: 'signed-in', scope: { alliance: 'id' } } as never;
    await expect(appWith((a) => a.get('/api/v1/things/:id', { config }, async () => 'ok'))).rejects.toThrow(
      'is signed-in but declares a scope',
    );
  });
});

describe('the scope hook', () => {
  const call = (url: string, grants: RoleGrant[], payload?: object) =>
    (app as FastifyInstance).inject({
      method: 'POST',
      url,
      headers: { 'x-grants': JSON.stringify(grants) },
      ...(payload ? { payload } : {}),
    });
  const scoped = (organisationId: string): RoleGrant[] => [{ role: 'programme_team', organisationId }];

  it('lets a member, an unscoped grant and an administrator through, and refuses an outsider', async () => {
    app = await appWith((a) =>
      a.post(
        '/api/v1/alliances/:id',
        { config: { access: team, scope: { alliance: 'id' }, audit: 'x' } },
        async () => 'ok',
      ),
    );
    const url = `/api/v1/alliances/${ALLIANCE}`;
    expect((await call(url, scoped(DORSET))).statusCode).toBe(200);
    expect((await call(url, [{ role: 'programme_team', organisationId: null }])).statusCode).toBe(200);
    expect((await call(url, [{ role: 'administrator', organisationId: null }])).statusCode).toBe(200);
    expect((await call(url, scoped(AVON))).statusCode).toBe(403);
    expect((await call(url, [{ role: 'finance', organisationId: DORSET }])).statusCode).toBe(403);
  });

  it('lets the route answer "not found" alike to everyone when there is no such resource', async () => {
    app = await appWith((a) =>
      a.post(
        '/api/v1/alliances/:id',
        { config: { access: team, scope: { alliance: 'id' }, audit: 'x' } },
        () => {
          throw new NotFoundError('There is no such alliance');
        },
      ),
    );
    expect((await call(`/api/v1/alliances/${UNKNOWN}`, scoped(AVON))).statusCode).toBe(404);
    expect((await call('/api/v1/alliances/not-an-id', scoped(AVON))).statusCode).toBe(404);
  });

  it('refuses every scoped grant on a route for unscoped grants only', async () => {
    app = await appWith((a) =>
      a.post(
        '/api/v1/alliances',
        { config: { access: team, scope: 'unscoped-only', audit: 'x' } },
        async () => 'ok',
      ),
    );
    expect((await call('/api/v1/alliances', scoped(DORSET))).statusCode).toBe(403);
    expect(
      (await call('/api/v1/alliances', [{ role: 'programme_team', organisationId: null }])).statusCode,
    ).toBe(200);
  });

  it('finds the resource through a function of the request, with the body parsed', async () => {
    const scope = async (request: { body: unknown }, found: ResourceLookups) =>
      found.alliance(String((request.body as { allianceId?: unknown }).allianceId));
    app = await appWith((a) =>
      a.post('/api/v1/things', { config: { access: team, scope, audit: 'x' } }, async () => 'ok'),
    );
    expect((await call('/api/v1/things', scoped(DORSET), { allianceId: ALLIANCE })).statusCode).toBe(200);
    expect((await call('/api/v1/things', scoped(AVON), { allianceId: ALLIANCE })).statusCode).toBe(403);
  });
});

describe('actsFor', () => {
  it('needs a grant of one of the roles, everywhere or for one of the organisations', () => {
    const access = { anyOf: ['finance', 'programme_team'] } as const;
    expect(actsFor(principal([{ role: 'finance', organisationId: DORSET }]), access, [DORSET])).toBe(true);
    expect(actsFor(principal([{ role: 'finance', organisationId: AVON }]), access, [DORSET])).toBe(false);
    expect(actsFor(principal([{ role: 'hr', organisationId: DORSET }]), access, [DORSET])).toBe(false);
    expect(actsFor(principal([{ role: 'finance', organisationId: null }]), access, [])).toBe(true);
    expect(actsFor(principal([{ role: 'finance', organisationId: DORSET }]), access, [])).toBe(false);
  });
});
