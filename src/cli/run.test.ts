import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';
import { fixedClock } from '../platform/clock.ts';
import type { CliIo } from './support.ts';

function io(env: NodeJS.ProcessEnv = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
    env,
    clock: fixedClock('2016-03-15T10:00:00Z'),
  };
  return { io: value, out, err };
}

describe('the alliance command refuses bad input with one line and status 2', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['serve', '--port', '80'], /Unknown option '--port'/],
    [['seed'], /say what to load: --demo/],
    [['user'], /user add, user list or user set-password/],
    [['user', 'add', '--name', 'A'], /--email is required/],
    [['user', 'add', '--email', 'not-an-email', '--name', 'A'], /"not-an-email" is not an email address/],
    [['user', 'add', '--email', 'a@b.uk', '--name', 'A'], /--role is required/],
    [['user', 'add', '--email', 'a@b.uk', '--name', 'A', '--role', 'emperor'], /unknown role "emperor"/],
    [['user', 'add', '--email', 'a@b.uk', '--name', 'A', '--role', 'viewer'], /--password-stdin is required/],
    [['token', 'create'], /--email is required/],
    [['token'], /token create --email E/],
    [['audit', 'check'], /audit verify/],
  ])('alliance %j', async (argv, message) => {
    const run = io();
    expect(await runCli(argv, run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  it('explains a bad configuration with status 1', async () => {
    const run = io({ DATABASE_URL: 'mysql://nope' });
    expect(await runCli(['migrate'], run.io)).toBe(1);
    expect(run.err[0]).toMatch(/DATABASE_URL must start with postgres/);
  });

  it('prints its usage for help', async () => {
    const run = io();
    expect(await runCli(['help'], run.io)).toBe(0);
    expect(run.out[0]).toMatch(/^Usage: alliance <command>/);
  });
});
