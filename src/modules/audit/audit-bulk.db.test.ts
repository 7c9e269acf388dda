import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';
import { appendAuditEvents, recordAudit, searchAuditTrail, verifyAuditChain } from './audit.service.ts';

const context = (minute: number, action: string): ChangeContext => ({
  actor: { userId: null, label: 'System' },
  requestId: `demo-${minute}`,
  action,
  now: new Date(Date.UTC(2016, 2, 15, 10, minute)),
});
const change = (name: string) => ({
  entityType: 'organisation',
  entityId: name,
  summary: `Added ${name}`,
  after: { name },
});

describe('audit events appended in bulk', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('follow on from the events before them, in the order given, and the chain after them stays whole', async () => {
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, context(0, 'organisation.created'), change('Dorset Police'));
      await appendAuditEvents(tx, [
        { context: context(1, 'organisation.created'), change: change('Wiltshire Police') },
        { context: context(2, 'organisation.created'), change: change('Gloucestershire Constabulary') },
        { context: context(3, 'alliance.created'), change: { ...change('South West'), before: { a: 1 } } },
      ]);
      await appendAuditEvents(tx, []);
      await recordAudit(tx, context(4, 'organisation.created'), change('Avon and Somerset Constabulary'));
    });
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 5 });
    const { events } = await searchAuditTrail(database.db, {}, { limit: 10 });
    expect(events.map((event) => [event.seq, event.action, event.summary, event.requestId])).toEqual([
      [5, 'organisation.created', 'Added Avon and Somerset Constabulary', 'demo-4'],
      [4, 'alliance.created', 'Added South West', 'demo-3'],
      [3, 'organisation.created', 'Added Gloucestershire Constabulary', 'demo-2'],
      [2, 'organisation.created', 'Added Wiltshire Police', 'demo-1'],
      [1, 'organisation.created', 'Added Dorset Police', 'demo-0'],
    ]);
    expect(events[1]?.before).toEqual({ a: 1 });
    expect(events[0]?.before).toBeNull();
  });
});
