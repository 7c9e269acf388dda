import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createTestApp, errorSummary, type TestApp } from '../../platform/testing/test-app.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.signIn([{ role: 'viewer', organisationId: null }], 'known@alliance.test');
  });
  afterAll(() => t.close());

  it('sends a stranger to the sign-in page, remembering where they were going', async () => {
    const response = await t.anonymous().get('/?alliance=2');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2F%3Falliance%3D2');
  });

  it('signs in with the right password and sets a session cookie that scripts cannot read', async () => {
    const session = t.anonymous();
    const response = await session.submit('/sign-in', {
      email: ' Known@Alliance.test ',
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(303);
    const cookie = response.cookies.find((c) => c.name === 'alliance_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect((await session.get('/')).statusCode).toBe(200);
  });

  it('gives the same message for a wrong password and an unknown email', async () => {
    const wrongPassword = await t
      .anonymous()
      .submit('/sign-in', { email: 'known@alliance.test', password: 'wrong password!!' });
    const unknownEmail = await t
      .anonymous()
      .submit('/sign-in', { email: 'nobody@alliance.test', password: 'wrong password!!' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(errorSummary(wrongPassword.body)).toEqual(['Enter a correct email address and password']);
    expect(errorSummary(unknownEmail.body)).toEqual(errorSummary(wrongPassword.body));
    expect(wrongPassword.body).toContain('value="known@alliance.test"');
  });

  it('asks for the missing fields', async () => {
    const response = await t.anonymous().submit('/sign-in', { email: '', password: '' });
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual(['Enter your email address', 'Enter your password']);
  });

  it('refuses a form without a valid CSRF token', async () => {
    const response = await t
      .anonymous()
      .postForm('/sign-in', { email: 'known@alliance.test', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Your form had expired');
  });

  it('only redirects back to pages of this service', async () => {
    const response = await t.anonymous().submit('/sign-in', {
      email: 'known@alliance.test',
      password: TEST_PASSWORD,
      returnTo: '//evil.example/',
    });
    expect(response.headers.location).toBe('/');
  });

  it('signs out: the old cookie no longer works, and both events are in an intact audit trail', async () => {
    const session = await t.signIn([{ role: 'viewer', organisationId: null }]);
    const out = await session.submit('/sign-out', {}, '/');
    expect(out.statusCode).toBe(303);
    expect((await session.get('/')).statusCode).toBe(302);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
  });

  it('ends an idle session', async () => {
    const session = await t.signIn([{ role: 'viewer', organisationId: null }]);
    t.clock.advance(121 * 60_000);
    expect((await session.get('/')).statusCode).toBe(302);
  });
});
