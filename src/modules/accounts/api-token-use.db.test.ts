import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestSession } from '../../platform/testing/test-app.ts';
import { apiTokens } from './accounts.tables.ts';

describe('an API token in use', () => {
  let t: TestApp;
  let me: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    me = await t.signIn([{ role: 'viewer', organisationId: null }], 'token-user@alliance.test');
  });
  afterAll(() => t.close());

  it('records when it was last used to the minute, not with a write on every call', async () => {
    const created = await me.submit('/account/tokens', { name: 'Every minute' }, '/account');
    const token = /id="token"[^>]*value="(alliance_[^"]+)"/.exec(created.body)?.[1];
    const call = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    const lastUsed = async () =>
      (await t.database.db.select().from(apiTokens).where(eq(apiTokens.name, 'Every minute')))[0]?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const firstUse = t.clock.now();
    expect((await call()).statusCode).toBe(200);
    expect(await lastUsed()).toEqual(firstUse);
    t.clock.advance(30_000);
    expect((await call()).statusCode).toBe(200);
    expect(await lastUsed()).toEqual(firstUse);
    t.clock.advance(31_000);
    expect((await call()).statusCode).toBe(200);
    expect(await lastUsed()).toEqual(t.clock.now());
  });
});
