import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createTestApp, errorSummary, type TestApp } from '../../platform/testing/test-app.ts';
import type { ClientOptions } from '../../platform/testing/test-app.ts';

const TOO_MANY = 'There have been too many attempts to sign in. Wait 15 minutes and try again.';

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, client: ClientOptions) =>
    t.anonymous(client).submit('/sign-in', { email, password });
  const from = (remoteAddress: string): ClientOptions => ({ remoteAddress });
  async function fail(email: string, times: number, client: ClientOptions) {
    for (let i = 0; i < times; i++) {
      const response = await attempt(email, `wrong guess ${i}`, client);
      expect(response.statusCode).toBe(401);
    }
  }

  it('throttles guessing from one address without stopping the owner at another', async () => {
    await t.signIn([{ role: 'viewer', organisationId: null }], 'owner@alliance.test');
    await fail('owner@alliance.test', 5, from('192.0.2.1'));
    expect((await attempt('owner@alliance.test', TEST_PASSWORD, from('192.0.2.2'))).statusCode).toBe(303);
    await fail('owner@alliance.test', 5, from('192.0.2.1'));
    const blocked = await attempt('owner@alliance.test', TEST_PASSWORD, from('192.0.2.1'));
    expect(blocked.statusCode).toBe(429);
    expect(errorSummary(blocked.body)).toEqual([TOO_MANY]);
    expect((await attempt('owner@alliance.test', TEST_PASSWORD, from('192.0.2.3'))).statusCode).toBe(303);
    t.clock.advance(16 * 60_000);
    expect((await attempt('owner@alliance.test', TEST_PASSWORD, from('192.0.2.1'))).statusCode).toBe(303);
  });

  it('lets the administrator in from a clean address however many addresses have failed', async () => {
    await t.signIn([{ role: 'administrator', organisationId: null }], 'admin@alliance.test');
    // Some of these are refused by the account's backoff; each address still tries three times.
    for (let n = 1; n <= 20; n++)
      for (let i = 0; i < 3; i++) await attempt('admin@alliance.test', `guess ${i}`, from(`198.51.100.${n}`));
    const slowed = await attempt('admin@alliance.test', TEST_PASSWORD, from('198.51.100.1'));
    expect(slowed.statusCode).toBe(429);
    expect((await attempt('admin@alliance.test', TEST_PASSWORD, from('203.0.113.9'))).statusCode).toBe(303);
  });

  it('throttles one address spraying many accounts, whatever the emails', async () => {
    for (let n = 0; n < 50; n++) await fail(`person${n}@alliance.test`, 1, from('192.0.2.200'));
    await t.signIn([{ role: 'viewer', organisationId: null }], 'sprayed@alliance.test');
    const response = await attempt('sprayed@alliance.test', TEST_PASSWORD, from('192.0.2.200'));
    expect(response.statusCode).toBe(429);
    expect((await attempt('sprayed@alliance.test', TEST_PASSWORD, from('192.0.2.201'))).statusCode).toBe(303);
  });

  it('gives the same answer for an unknown email as for a known one, blocked or not', async () => {
    await t.signIn([{ role: 'viewer', organisationId: null }], 'real@alliance.test');
    await fail('real@alliance.test', 10, from('192.0.2.50'));
    await fail('ghost@alliance.test', 10, from('192.0.2.50'));
    const real = await attempt('real@alliance.test', 'wrong again!!', from('192.0.2.50'));
    const ghost = await attempt('ghost@alliance.test', 'wrong again!!', from('192.0.2.50'));
    expect([real.statusCode, ghost.statusCode]).toEqual([429, 429]);
    expect(errorSummary(ghost.body)).toEqual(errorSummary(real.body));
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, so made-up addresses are still throttled', async () => {
    await t.signIn([{ role: 'viewer', organisationId: null }], 'forwarded@alliance.test');
    const madeUp = (n: number): ClientOptions => ({
      remoteAddress: '192.0.2.77',
      headers: { 'x-forwarded-for': `10.9.8.${n}` },
    });
    for (let n = 0; n < 10; n++) await attempt('forwarded@alliance.test', `guess ${n}`, madeUp(n));
    const response = await attempt('forwarded@alliance.test', TEST_PASSWORD, madeUp(99));
    expect(response.statusCode).toBe(429);
  });
});

describe('sign-in behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ trustProxy: ['192.0.2.10'] });
  });
  afterAll(() => t.close());

  it("counts the client's address the trusted proxy forwards", async () => {
    await t.signIn([{ role: 'viewer', organisationId: null }], 'proxied@alliance.test');
    const via = (client: string): ClientOptions => ({
      remoteAddress: '192.0.2.10',
      headers: { 'x-forwarded-for': client },
    });
    for (let n = 0; n < 10; n++)
      await t
        .anonymous(via('10.0.0.1'))
        .submit('/sign-in', { email: 'proxied@alliance.test', password: `guess ${n}` });
    const guesser = await t.anonymous(via('10.0.0.1')).submit('/sign-in', {
      email: 'proxied@alliance.test',
      password: TEST_PASSWORD,
    });
    expect(guesser.statusCode).toBe(429);
    const owner = await t.anonymous(via('10.0.0.2')).submit('/sign-in', {
      email: 'proxied@alliance.test',
      password: TEST_PASSWORD,
    });
    expect(owner.statusCode).toBe(303);
  });
});
