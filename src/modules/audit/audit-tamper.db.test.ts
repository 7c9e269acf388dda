import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { auditHead, recordAudit, verifyAuditChain } from './audit.service.ts';
import { formatHead } from './audit-chain.domain.ts';
import { auditEvents } from './audit.tables.ts';

const INTACT = { intact: true, problems: [], moreProblems: 0 };

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
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ...INTACT, checked: 8 });
  });

  it('finds an edited summary, and is intact again once it is put back', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set summary = 'Nothing to see here' where seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({
      intact: false,
      checked: 8,
      problems: [{ seq: 3, lastSeq: 3, problem: 'altered' }],
    });
    await tamper(db, sql`update audit_events set summary = 'Added user Test user 2' where seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ ...INTACT, checked: 8 });
  });

  it('finds an edited before/after snapshot', async () => {
    const db = t.database.db;
    await tamper(
      db,
      sql`update audit_events set after = jsonb_set(after, '{name}', '"Mallory"') where seq = 5`,
    );
    expect((await verifyAuditChain(db)).problems).toEqual([{ seq: 5, lastSeq: 5, problem: 'altered' }]);
    await tamper(
      db,
      sql`update audit_events set after = jsonb_set(after, '{name}', '"Test user 3"') where seq = 5`,
    );
    expect(await verifyAuditChain(db)).toMatchObject(INTACT);
  });

  it('finds a relinked event', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set prev_hash = ${'f'.repeat(64)} where seq = 4`);
    expect((await verifyAuditChain(db)).problems).toEqual([
      { seq: 4, lastSeq: 4, problem: 'relinked' },
      { seq: 4, lastSeq: 4, problem: 'altered' },
    ]);
    await tamper(
      db,
      sql`update audit_events set prev_hash = (select hash from audit_events where seq = 3) where seq = 4`,
    );
    expect(await verifyAuditChain(db)).toMatchObject(INTACT);
  });

  it('finds a rehashed event: recomputing one hash breaks the link of the next', async () => {
    const db = t.database.db;
    await tamper(db, sql`update audit_events set summary = 'Forged', hash = ${'a'.repeat(64)} where seq = 6`);
    expect((await verifyAuditChain(db)).problems).toEqual([
      { seq: 6, lastSeq: 6, problem: 'altered' },
      { seq: 7, lastSeq: 7, problem: 'relinked' },
    ]);
  });

  it('finds a deleted event in the middle, reports every problem and the API reports them too', async () => {
    const db = t.database.db;
    await tamper(db, sql`delete from audit_events where seq = 2`);
    const expected = [
      { seq: 2, lastSeq: 2, problem: 'missing' },
      { seq: 6, lastSeq: 6, problem: 'altered' },
      { seq: 7, lastSeq: 7, problem: 'relinked' },
    ];
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, checked: 7, problems: expected });
    const auditor = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'auditor', organisationId: null },
    ]);
    const response = await auditor.get('/api/v1/audit/verify');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      intact: false,
      problems: [
        { ...expected[0], message: 'Event 2 is missing' },
        { ...expected[1], message: 'Event 6 has been altered' },
        { ...expected[2], message: 'Event 7 does not link to the event before it' },
      ],
    });
  });

  it('publishes the head, and a recorded head shows events removed from the end', async () => {
    const db = t.database.db;
    const auditor = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'auditor', organisationId: null },
    ]);
    const page = await (await t.signIn([{ role: 'auditor', organisationId: null }])).get('/audit');
    const head = await auditHead(db);
    expect(page.body).toContain(
      `<code class="app-audit-head govuk-!-text-break-word" id="audit-head">${formatHead(head)}</code>`,
    );
    const read = await auditor.get('/api/v1/audit/head');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ ...head, head: formatHead(head) });
    await tamper(db, sql`delete from audit_events where seq = ${head.seq}`);
    const response = await auditor.get(`/api/v1/audit/verify?expectHead=${formatHead(head)}`);
    expect(response.json().problems).toContainEqual({
      seq: head.seq,
      lastSeq: head.seq,
      problem: 'missing',
      message: `Event ${head.seq} is missing`,
    });
    const badHead = await auditor.get('/api/v1/audit/verify?expectHead=twelve');
    expect(badHead.statusCode).toBe(400);
    const viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    expect((await viewer.get('/api/v1/audit/head')).statusCode).toBe(403);
  });
});

describe('text the database stores differently from what was sent', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is hashed as stored: a lone surrogate from a direct service call is no false alarm', async () => {
    const context = {
      actor: { userId: null, label: 'Demo \ud800' },
      requestId: 'cli',
      action: 'test',
      now: t.clock.now(),
    };
    await t.database.db.transaction((tx) =>
      recordAudit(tx, context, {
        entityType: 'organisation',
        entityId: 'lone',
        summary: 'Added Lone \ud800 surrogate',
        after: { name: 'Lone \udc00 surrogate', ['key \ud800']: ['\ud800'] },
      }),
    );
    const [stored] = await t.database.db.select().from(auditEvents);
    expect(stored).toMatchObject({
      summary: 'Added Lone \ufffd surrogate',
      after: { name: 'Lone \ufffd surrogate', ['key \ufffd']: ['\ufffd'] },
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ...INTACT, checked: 1 });
  });
});
