import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';

const csrfTokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('CSRF secret at sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.signIn([{ role: 'viewer', organisationId: null }], 'rotates@alliance.test');
  });
  afterAll(() => t.close());

  it('refuses a token issued before sign-in, and takes one issued after it', async () => {
    const session = t.anonymous();
    const before = csrfTokenIn((await session.get('/sign-in')).body);
    expect(before).not.toBe('');
    const signedIn = await session.postForm('/sign-in', {
      _csrf: before,
      email: 'rotates@alliance.test',
      password: TEST_PASSWORD,
    });
    expect(signedIn.statusCode).toBe(303);
    const stale = await session.postForm('/sign-out', { _csrf: before });
    expect(stale.statusCode).toBe(403);
    expect(stale.body).toContain('Your form had expired');
    expect((await session.get('/')).statusCode).toBe(200);
    const after = csrfTokenIn((await session.get('/account')).body);
    expect(after).not.toBe('');
    expect((await session.postForm('/sign-out', { _csrf: after })).statusCode).toBe(303);
  });
});

describe('what browsers and proxies may keep', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends no-store on signed-in pages, the sign-in page and errors', async () => {
    const session = await t.signIn([{ role: 'viewer', organisationId: null }]);
    for (const url of ['/', '/account', '/alliances', '/no-such-page'])
      expect((await session.get(url)).headers['cache-control'], url).toBe('no-store');
    expect((await t.anonymous().get('/sign-in')).headers['cache-control']).toBe('no-store');
  });

  it('sends no-store on every API response, answers and errors alike', async () => {
    const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    for (const url of ['/api/v1/alliances', '/api/v1/openapi.json', '/api/v1/nothing-here']) {
      expect((await api.get(url)).headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/alliances' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('lets public static files keep their caching', async () => {
    const response = await t.anonymous().get('/static/alliance.css');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).not.toContain('no-store');
  });
});
