import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/run.ts';
import type { CliIo } from '../../cli/support.ts';
import { fixedClock } from '../../platform/clock.ts';
import { openDatabase, type Db } from '../../platform/db/database.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { verifyAuditChain } from './audit.service.ts';

async function tamper(db: Db, statement: ReturnType<typeof sql>): Promise<void> {
  await db.execute(statement);
}

describe('tampering with the audit trail in the database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of ['One', 'Two', 'Three', 'Four']) {
      await t.signIn([{ role: 'viewer', organisationId: null }], `${name.toLowerCase()}@alliance.test`);
    }
  });
  afterAll(() => t.close());

  it('starts intact', async () => {
    expect(await verifyAuditChain(t.database.db)).toEqual({ intact: true, checked: 8 });
  });

  it('finds an edited summary, and is intact again once it is put back', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set summary = 'Nothing to see here' where seq = 3`);
    expect(await verifyAuditChain(db)).toEqual({ intact: false, checked: 2, seq: 3, problem: 'altered' });
    await tamper(db, sql`update audit_events set summary = 'Added user Test user 2' where seq = 3`);
    expect(await verifyAuditChain(db)).toEqual({ intact: true, checked: 8 });
  });

  it('finds an edited before/after snapshot', async () => {
    const db = t.database.db;
    await tamper(
      db,
      sql`update audit_events set after = jsonb_set(after, '{name}', '"Mallory"') where seq = 5`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, seq: 5, problem: 'altered' });
    await tamper(
      db,
      sql`update audit_events set after = jsonb_set(after, '{name}', '"Test user 3"') where seq = 5`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  });

  it('finds a relinked event', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set prev_hash = ${'f'.repeat(64)} where seq = 4`);
    expect(await verifyAuditChain(db)).toEqual({ intact: false, checked: 3, seq: 4, problem: 'relinked' });
    await tamper(
      db,
      sql`update audit_events set prev_hash = (select hash from audit_events where seq = 3) where seq = 4`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  });

  it('finds a rehashed event: recomputing one hash breaks the link of the next', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set summary = 'Forged', hash = ${'a'.repeat(64)} where seq = 6`);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, seq: 6, problem: 'altered' });
  });

  it('finds a deleted event in the middle, and the API reports it too', async () => {
    const db = t.database.db;
    await tamper(db, sql`delete from audit_events where seq = 2`);
    expect(await verifyAuditChain(db)).toEqual({ intact: false, checked: 1, seq: 2, problem: 'missing' });
    const auditor = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'auditor', organisationId: null },
    ]);
    const response = await auditor.get('/api/v1/audit/verify');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ intact: false, checked: 1, seq: 2, problem: 'missing' });
  });
});

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

  async function verify() {
    const run = cli();
    return { status: await run.run(['audit', 'verify']), out: run.out, err: run.err };
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

  it('says the trail is intact, with status 0', async () => {
    expect(await verify()).toEqual({
      status: 0,
      out: ['The audit trail is intact: 3 event(s) checked'],
      err: [],
    });
  });

  it('reports an altered event with status 1', async () => {
    await intrude(sql`update audit_events set summary = 'Added user mallory' where seq = 2`);
    expect(await verify()).toEqual({
      status: 1,
      out: [],
      err: [
        'The audit trail has been tampered with: event 2 has been altered (1 event(s) before it are intact)',
      ],
    });
    await intrude(sql`update audit_events set summary = 'Added user bob' where seq = 2`);
    expect((await verify()).status).toBe(0);
  });

  it('reports a relinked event with status 1', async () => {
    await intrude(sql`update audit_events set prev_hash = ${'0'.repeat(64)} where seq = 3`);
    const result = await verify();
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      'The audit trail has been tampered with: event 3 does not link to the event before it (2 event(s) before it are intact)',
    ]);
  });

  it('reports the first of several problems: a deleted event before a relinked one', async () => {
    await intrude(sql`delete from audit_events where seq = 2`);
    const result = await verify();
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      'The audit trail has been tampered with: event 2 is missing (1 event(s) before it are intact)',
    ]);
  });
});
