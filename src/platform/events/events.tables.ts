import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per audited change, written in the change's transaction. seq is the outbox's own number,
 * taken while the change holds the audit chain's lock (kept to commit), so events become visible in
 * seq order and a subscriber's cursor never skips one that commits later. It is not the audit
 * event's seq (kept as audit_seq): audit events removed from the end of the chain would be numbered
 * again, and the outbox must never refuse the change that follows.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('outbox_events_created_idx').on(t.createdAt)],
);

/** How far each subscriber has taken events into its own deliveries. */
export const outboxSubscribers = pgTable('outbox_subscribers', {
  name: text('name').primaryKey(),
  fannedOutSeq: bigint('fanned_out_seq', { mode: 'number' }).notNull(),
});

/**
 * One row per event per subscriber that handles it: each subscriber's retries, failures and order
 * are its own. A claim is a lease (leased_until), not a held transaction, so no handler runs
 * inside one; a process killed mid-delivery leaves a lease that runs out and the event is retried.
 */
export const outboxDeliveries = pgTable(
  'outbox_deliveries',
  {
    subscriber: text('subscriber').notNull(),
    eventSeq: bigint('event_seq', { mode: 'number' })
      .notNull()
      .references(() => outboxEvents.seq),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    leasedUntil: timestamp('leased_until', { withTimezone: true, mode: 'date' }),
    leasedBy: text('leased_by'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    deadAt: timestamp('dead_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ columns: [t.subscriber, t.eventSeq] }),
    index('outbox_deliveries_record_idx').on(t.subscriber, t.recordType, t.recordId, t.eventSeq),
    index('outbox_deliveries_pending_idx')
      .on(t.subscriber, t.eventSeq)
      .where(sql`${t.deliveredAt} is null`),
  ],
);
