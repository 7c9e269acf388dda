import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import type { ChangeContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { outboxEvents } from '../../platform/events/events.tables.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';
import { auditHead, recordAudit } from './audit.service.ts';

const context: ChangeContext = {
  actor: { userId: null, label: 'Command line (ops)' },
  requestId: 'req-outbox',
  action: 'organisation.update',
  now: new Date('2026-03-01T10:00:00Z'),
};

class RolledBack extends Error {}

describe('an audited change writes its event to the outbox', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const outbox = () => database.db.select().from(outboxEvents).orderBy(asc(outboxEvents.seq));

  it('writes exactly one row, naming its audit event, in the same transaction', async () => {
    const before = await outbox();
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, context, {
        entityType: 'organisation',
        entityId: 'org-1',
        summary: 'Changed Dorset Police',
        before: { name: 'Dorset' },
        after: { name: 'Dorset Police' },
      });
    });
    const rows = await outbox();
    expect(rows).toHaveLength(before.length + 1);
    expect(rows.at(-1)).toEqual({
      seq: expect.any(Number),
      auditSeq: (await auditHead(database.db)).seq,
      type: 'organisation.update',
      recordType: 'organisation',
      recordId: 'org-1',
      payload: {
        summary: 'Changed Dorset Police',
        actorUserId: null,
        before: { name: 'Dorset' },
        after: { name: 'Dorset Police' },
      },
      createdAt: context.now,
    });
    expect(rows.at(-1)?.seq ?? 0).toBeGreaterThan(before.at(-1)?.seq ?? 0);
  });

  it('writes nothing when the change rolls back', async () => {
    const before = await outbox();
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, context, { entityType: 'organisation', entityId: 'org-2', summary: 'Never' });
        throw new RolledBack('the change failed after auditing');
      }),
    ).rejects.toThrow(RolledBack);
    expect(await outbox()).toEqual(before);
  });
});
