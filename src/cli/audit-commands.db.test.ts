import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run.ts';
import type { CliIo } from './support.ts';
import { fixedClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';

describe('alliance audit verify', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'alliance-audit-'));
  const env = { ALLIANCE_DATA_DIR: dataDir, NODE_ENV: 'test', USER: 'tester' } as NodeJS.ProcessEnv;

  function cli(stdin = '') {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readStdin: async () => stdin,
      env,
      clock: fixedClock('2016-03-15T10:00:00Z'),
    };
    return { io, out, err, run: (argv: string[]) => runCli(argv, io) };
  }

  /** The CLI has closed the folder by now; open it as an intruder would. */
  async function intrude(statement: ReturnType<typeof sql>): Promise<void> {
    const database = await openDatabase({ kind: 'embedded', dataDir });
    try {
      await database.db.execute(statement);
    } finally {
      await database.close();
    }
  }

  async function verify(...options: string[]) {
    const run = cli();
    return { status: await run.run(['audit', 'verify', ...options]), out: run.out, err: run.err };
  }

  async function head(): Promise<string> {
    const run = cli();
    expect(await run.run(['audit', 'head'])).toBe(0);
    expect(run.out).toHaveLength(1);
    return run.out[0] ?? '';
  }

  beforeAll(async () => {
    for (const name of ['ada', 'bob', 'cy']) {
      const add = cli('a long enough password\n');
      const status = await add.run([
        'user',
        'add',
        '--email',
        `${name}@alliance.test`,
        '--name',
        name,
        '--role',
        'viewer',
        '--password-stdin',
      ]);
      expect(status, add.err.join('\n')).toBe(0);
    }
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says the trail is intact, with status 0, and prints the head', async () => {
    const recorded = await head();
    expect(recorded).toMatch(/^3:[0-9a-f]{64}$/);
    expect(await verify()).toEqual({
      status: 0,
      out: ['The audit trail is intact: 3 event(s) checked', `Head: ${recorded}`],
      err: [],
    });
    expect((await verify('--expect-head', recorded)).status).toBe(0);
  });

  it('refuses a head that is not SEQ:HASH with status 2', async () => {
    const run = cli();
    expect(await run.run(['audit', 'verify', '--expect-head', '3'])).toBe(2);
    expect(run.err).toEqual([
      'alliance audit: --expect-head must be SEQ:HASH, as "alliance audit head" prints it',
    ]);
  });

  it('reports an altered event with status 1', async () => {
    await intrude(sql`update audit_events set summary = 'Added user mallory' where seq = 2`);
    expect(await verify()).toEqual({
      status: 1,
      out: [],
      err: [
        'The audit trail has been tampered with: 1 problem(s) in 3 event(s) read',
        'Event 2 has been altered',
      ],
    });
    await intrude(sql`update audit_events set summary = 'Added user bob' where seq = 2`);
    expect((await verify()).status).toBe(0);
  });

  it('proves with a recorded head that the newest event was removed', async () => {
    const recorded = await head();
    await intrude(sql`delete from audit_events where seq = 3`);
    expect((await verify()).status).toBe(0);
    expect(await verify('--expect-head', recorded)).toEqual({
      status: 1,
      out: [],
      err: ['The audit trail has been tampered with: 1 problem(s) in 2 event(s) read', 'Event 3 is missing'],
    });
    const other = `2:${'c'.repeat(64)}`;
    expect((await verify('--expect-head', other)).err).toContain(
      'Event 2 has a different hash from the recorded head',
    );
  });

  it('reports every problem, not only the first: a deleted event and a relinked one', async () => {
    const add = cli('a long enough password\n');
    const args = ['user', 'add', '--email', 'dee@alliance.test', '--name', 'dee', '--role', 'viewer'];
    expect(await add.run([...args, '--password-stdin'])).toBe(0);
    await intrude(sql`update audit_events set prev_hash = ${'0'.repeat(64)} where seq = 3`);
    await intrude(sql`delete from audit_events where seq = 1`);
    const result = await verify();
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      'The audit trail has been tampered with: 3 problem(s) in 2 event(s) read',
      'Event 1 is missing',
      'Event 3 does not link to the event before it',
      'Event 3 has been altered',
    ]);
  });
});
