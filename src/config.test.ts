import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on localhost:3000 with demo data', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'embedded', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('localhost');
    expect(config.loadDemoWhenEmpty).toBe(true);
  });

  it("looks for other processes' events every second unless EVENTS_POLL_MS says otherwise", () => {
    expect(loadConfig({}).eventsPollMs).toBe(1000);
    expect(loadConfig({ EVENTS_POLL_MS: '250' }).eventsPollMs).toBe(250);
    expect(() => loadConfig({ EVENTS_POLL_MS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ EVENTS_POLL_MS: 'soon' })).toThrow(ConfigError);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/alliance' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/alliance',
    });
  });

  it('refuses to start in production without a session secret, and never loads demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required/);
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) });
    expect(config.loadDemoWhenEmpty).toBe(false);
  });

  it.each<[string | undefined, unknown]>([
    [undefined, false],
    ['off', false],
    ['1', 1],
    ['10.0.0.1, 10.1.0.0/16, ::1', ['10.0.0.1', '10.1.0.0/16', '::1']],
  ])('trusts no proxy unless TRUST_PROXY says which: %j', (setting, expected) => {
    const env = setting === undefined ? {} : { TRUST_PROXY: setting };
    expect(loadConfig(env).trustProxy).toEqual(expected);
    expect(loadConfig({ ...env, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }).trustProxy).toEqual(
      expected,
    );
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be off, a number of hops/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY must be off/],
    [{ TRUST_PROXY: '11' }, /at most 10 hops/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ SESSION_SECRET: 'short' }, /at least 32 characters/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('explains a bad setting %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
