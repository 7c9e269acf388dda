import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import { apiTokens, users } from './accounts.tables.ts';

const DORSET = '5b0e4a52-2f47-4a43-9d2a-8f6c3c1e7b21';

function tokenOnPage(html: string): string {
  const token = /id="token"[^>]*value="(alliance_[^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no token on the page');
  return token;
}

describe('your account and API tokens', () => {
  let t: TestApp;
  let me: TestSession;

  async function counts() {
    const [[tokens], [events]] = await Promise.all([
      t.database.db.select({ n: count() }).from(apiTokens),
      t.database.db.select({ n: count() }).from(auditEvents),
    ]);
    return { tokens: tokens?.n, events: events?.n };
  }

  const bearer = (token: string | undefined, url: string) =>
    t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await createTestApp();
    const now = t.clock.now();
    await t.database.db.insert(organisations).values({
      id: DORSET,
      kind: 'police_force',
      name: 'Dorset Police',
      shortName: 'Dorset',
      createdAt: now,
      updatedAt: now,
    });
    me = await t.signIn(
      [
        { role: 'hr', organisationId: DORSET },
        { role: 'viewer', organisationId: null },
      ],
      'me@alliance.test',
    );
  });
  afterAll(() => t.close());

  it('shows your name, email and roles', async () => {
    const response = await me.get('/account');
    expect(response.statusCode).toBe(200);
    const html = decodeEntities(response.body);
    expect(html).toContain('me@alliance.test');
    expect(html).toContain('HR (Dorset Police)');
    expect(html).toContain('You have no API tokens.');
  });

  it('creates a token, shows it once, and the token works for the API until revoked', async () => {
    const created = await me.submit('/account/tokens', { name: 'Finance export' }, '/account');
    expect(created.statusCode).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.body).toContain('It is shown only once');
    const token = tokenOnPage(created.body);

    const mine = await bearer(token, '/api/v1/me');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      email: 'me@alliance.test',
      roles: [
        { role: 'hr', organisationId: DORSET },
        { role: 'viewer', organisationId: null },
      ],
    });

    const account = decodeEntities((await me.get('/account')).body);
    expect(account).toContain('Finance export');
    expect(account).not.toContain(token);
    expect(account).toContain('15 March 2016 at 10:00am');

    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.name, 'Finance export'));
    const revoked = await me.submit(`/account/tokens/${row?.id}/revoke`, {}, '/account');
    expect(revoked.statusCode).toBe(303);
    expect(decodeEntities((await me.get(revoked.headers.location as string)).body)).toContain(
      'The API token has been revoked',
    );
    const after = await bearer(token, '/api/v1/me');
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'unauthenticated' } });

    const history = decodeEntities((await me.get(`/audit/user/${row?.userId}`)).body);
    expect(history).toContain('Created API token “Finance export”');
    expect(history).toContain('Revoked API token “Finance export”');
  });

  it('refuses a token without a name, or with a name too long, saving nothing', async () => {
    const before = await counts();
    const empty = await me.submit('/account/tokens', { name: '  ' }, '/account');
    expect(empty.statusCode).toBe(400);
    expect(errorSummary(empty.body)).toEqual(['Enter a name for the token']);
    const long = await me.submit('/account/tokens', { name: 'x'.repeat(101) }, '/account');
    expect(long.statusCode).toBe(400);
    expect(errorSummary(long.body)).toEqual(['A name for the token must be 100 characters or fewer']);
    expect(await counts()).toEqual(before);
  });

  it('cannot revoke someone else’s token, or one that does not exist', async () => {
    const other = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const [theirs] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, other.user.id));
    const before = await counts();
    expect((await me.submit(`/account/tokens/${theirs?.id}/revoke`, {}, '/account')).statusCode).toBe(404);
    expect((await me.submit('/account/tokens/not-a-token/revoke', {}, '/account')).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await other.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('answers 401 to the API without a token, with a malformed one or an unknown one', async () => {
    for (const token of [undefined, 'nonsense', 'alliance_unknown']) {
      const response = await bearer(token, '/api/v1/me');
      expect(response.statusCode).toBe(401);
    }
    expect((await bearer(undefined, '/api/v1/users')).statusCode).toBe(401);
  });

  it('does not take a session cookie for the API, nor a token for pages', async () => {
    const api = await me.get('/api/v1/me');
    expect(api.statusCode).toBe(401);
    expect((await t.anonymous().get('/account')).statusCode).toBe(302);
  });

  it('stops a deactivated user’s tokens working', async () => {
    const admin = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'administrator', organisationId: null },
    ]);
    const person = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const response = await admin.put(`/api/v1/users/${person.user.id}`, {
      version: person.user.version,
      name: person.user.name,
      active: false,
      roles: [{ role: 'viewer', organisationId: null }],
    });
    expect(response.statusCode).toBe(200);
    expect((await person.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('the users API', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof apiClientFor>>;

  async function counts() {
    const [[people], [events]] = await Promise.all([
      t.database.db.select({ n: count() }).from(users),
      t.database.db.select({ n: count() }).from(auditEvents),
    ]);
    return { users: people?.n, events: events?.n };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const now = t.clock.now();
    await t.database.db.insert(organisations).values({
      id: DORSET,
      kind: 'police_force',
      name: 'Dorset Police',
      shortName: 'Dorset',
      createdAt: now,
      updatedAt: now,
    });
    admin = await apiClientFor(t.app, t.database, t.clock, [{ role: 'administrator', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('adds, reads, lists and changes a user', async () => {
    const created = await admin.post('/api/v1/users', {
      email: 'Finance.Lead@Dorset.example',
      name: 'Finance Lead',
      roles: [{ role: 'finance', organisationId: DORSET }],
      password: 'a long enough password',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'finance.lead@dorset.example',
      active: true,
      version: 1,
      hasPassword: true,
      roles: [{ role: 'finance', organisationId: DORSET }],
    });
    expect((await admin.get(`/api/v1/users/${user.id}`)).json()).toEqual(user);
    const list = (await admin.get('/api/v1/users')).json();
    expect(list.items.map((u: { email: string }) => u.email)).toContain('finance.lead@dorset.example');

    const changed = await admin.put(`/api/v1/users/${user.id}`, {
      version: 1,
      name: 'Finance Lead (Dorset)',
      active: true,
      roles: [
        { role: 'finance', organisationId: DORSET },
        { role: 'board_member', organisationId: null },
      ],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Finance Lead (Dorset)', version: 2 });

    const stale = await admin.put(`/api/v1/users/${user.id}`, {
      version: 1,
      name: 'Overwritten',
      active: true,
      roles: [{ role: 'viewer' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });
    expect((await admin.get(`/api/v1/users/${user.id}`)).json()).toMatchObject({
      name: 'Finance Lead (Dorset)',
    });
  });

  it.each([
    { why: 'a missing name', body: { name: '' }, field: 'name', message: 'Enter their name' },
    {
      why: 'a bad email',
      body: { email: 'nope' },
      field: 'email',
      message: 'Enter an email address in the correct format, like name@example.com',
    },
    { why: 'an unknown role', body: { roles: [{ role: 'emperor' }] }, field: 'roles.0.role' },
    { why: 'no roles', body: { roles: [] }, field: 'roles', message: 'Select at least one role' },
    {
      why: 'an unknown organisation',
      body: { roles: [{ role: 'hr', organisationId: '7a8b9c0d-1111-4111-8111-111111111111' }] },
      field: 'hrOrganisation',
      message: 'Select an organisation from the list',
    },
    {
      why: 'an administrator limited to one organisation',
      body: { roles: [{ role: 'administrator', organisationId: DORSET }] },
      field: 'administratorOrganisation',
    },
    {
      why: 'a short password',
      body: { password: 'short' },
      field: 'password',
      message: 'Password must be at least 12 characters',
    },
    { why: 'a duplicate email', body: { email: 'FINANCE.lead@dorset.example' }, field: 'email' },
  ])('refuses a new user with $why (400), saving nothing', async ({ body, field, message }) => {
    const before = await counts();
    const response = await admin.post('/api/v1/users', {
      email: 'new.person@alliance.test',
      name: 'New Person',
      roles: [{ role: 'viewer', organisationId: null }],
      ...body,
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { field: string; message: string }[];
    expect(details.map((detail) => detail.field)).toContain(field);
    if (message) expect(details).toContainEqual({ field, message });
    expect(await counts()).toEqual(before);
  });

  it('will not let an administrator demote or deactivate themselves through the API', async () => {
    const self = admin.user;
    const response = await admin.put(`/api/v1/users/${self.id}`, {
      version: self.version,
      name: self.name,
      active: true,
      roles: [{ role: 'viewer', organisationId: null }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        field: 'roles',
        message: 'You cannot remove your own administrator role. Ask another administrator to do it.',
      },
    ]);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expect((await admin.get('/api/v1/users/0b7c1a7e-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await admin.get('/api/v1/users/nope')).statusCode).toBe(404);
    const put = await admin.put('/api/v1/users/0b7c1a7e-0000-4000-8000-000000000000', {
      version: 1,
      name: 'x',
      active: true,
      roles: [{ role: 'viewer' }],
    });
    expect(put.statusCode).toBe(404);
  });

  it('forbids the users API to everyone but administrators (403), and /me to no one signed in', async () => {
    for (const role of ['viewer', 'auditor', 'hr'] as const) {
      const client = await apiClientFor(t.app, t.database, t.clock, [{ role, organisationId: null }]);
      const before = await counts();
      expect((await client.get('/api/v1/users')).statusCode).toBe(403);
      expect((await client.get(`/api/v1/users/${admin.user.id}`)).statusCode).toBe(403);
      const post = await client.post('/api/v1/users', {
        email: `sneaky-${role}@alliance.test`,
        name: 'Sneaky',
        roles: [{ role: 'administrator', organisationId: null }],
      });
      expect(post.statusCode).toBe(403);
      expect(await counts()).toEqual(before);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    }
  });

  it('describes the users API in OpenAPI', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/me', '/api/v1/users', '/api/v1/users/{id}']),
    );
  });
});
