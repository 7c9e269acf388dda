import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, max, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.ts';
import type { DomainEvent, EventPayload, FailureOutcome, Subscriber } from './events.domain.ts';
import { outboxDeliveries, outboxEvents, outboxSubscribers } from './events.tables.ts';

/** seq is given by the database; a test may set it. */
export type NewOutboxEvent = Omit<DomainEvent, 'payload' | 'seq'> & {
  readonly seq?: number;
  readonly payload: EventPayload;
};

/** Call inside the change's transaction. */
const EVENTS_PER_INSERT = 500;

/** Written beside the audit events, in their transaction, a few hundred rows a statement. */
export async function insertOutboxEvents(tx: Db, events: readonly NewOutboxEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
    await tx.insert(outboxEvents).values(events.slice(start, start + EVENTS_PER_INSERT));
  }
}

/** A subscriber seen for the first time starts after the newest event: it is not sent the past. */
export async function registerSubscriber(db: Db, name: string): Promise<void> {
  const newest = db.select({ seq: sql`coalesce(${max(outboxEvents.seq)}, 0)` }).from(outboxEvents);
  await db
    .insert(outboxSubscribers)
    .values({ name, fannedOutSeq: sql`(${newest})` })
    .onConflictDoNothing();
}

/**
 * Turns events past the subscriber's cursor into its deliveries. The cursor row is locked for
 * this short transaction, so two dispatchers take turns; no handler runs here.
 */
export async function fanOut(db: Db, subscriber: Subscriber, batchSize: number, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const [cursor] = await tx
      .select({ seq: outboxSubscribers.fannedOutSeq })
      .from(outboxSubscribers)
      .where(eq(outboxSubscribers.name, subscriber.name))
      .for('update');
    if (!cursor) return 0;
    const events = await tx
      .select()
      .from(outboxEvents)
      .where(gt(outboxEvents.seq, cursor.seq))
      .orderBy(asc(outboxEvents.seq))
      .limit(batchSize);
    const last = events.at(-1);
    if (!last) return 0;
    const handled = events.filter((event) => subscriber.handles(asDomainEvent(event)));
    if (handled.length > 0)
      await tx
        .insert(outboxDeliveries)
        .values(
          handled.map((event) => ({
            subscriber: subscriber.name,
            eventSeq: event.seq,
            recordType: event.recordType,
            recordId: event.recordId,
            nextAttemptAt: now,
          })),
        )
        .onConflictDoNothing();
    await tx
      .update(outboxSubscribers)
      .set({ fannedOutSeq: last.seq })
      .where(eq(outboxSubscribers.name, subscriber.name));
    return events.length;
  });
}

export interface Lease {
  readonly owner: string;
  readonly now: Date;
  readonly until: Date;
}

/**
 * Leases the subscriber's next deliveries that are due: only the oldest undelivered one of each
 * record (a later one waits, in order, even while an earlier one is dead), and none that another
 * dispatcher holds (SKIP LOCKED, then the lease itself once committed).
 */
export interface LeasedDelivery {
  readonly event: DomainEvent;
  /** Counting this one. */
  readonly attempts: number;
}

export async function leaseDue(
  db: Db,
  subscriber: string,
  lease: Lease,
  limit: number,
): Promise<LeasedDelivery[]> {
  const earlier = alias(outboxDeliveries, 'earlier');
  const due = db
    .select({ seq: outboxDeliveries.eventSeq })
    .from(outboxDeliveries)
    .where(
      and(
        eq(outboxDeliveries.subscriber, subscriber),
        isNull(outboxDeliveries.deliveredAt),
        isNull(outboxDeliveries.deadAt),
        lte(outboxDeliveries.nextAttemptAt, lease.now),
        or(isNull(outboxDeliveries.leasedUntil), lte(outboxDeliveries.leasedUntil, lease.now)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(earlier)
            .where(
              and(
                eq(earlier.subscriber, outboxDeliveries.subscriber),
                eq(earlier.recordType, outboxDeliveries.recordType),
                eq(earlier.recordId, outboxDeliveries.recordId),
                lt(earlier.eventSeq, outboxDeliveries.eventSeq),
                isNull(earlier.deliveredAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(outboxDeliveries.eventSeq))
    .limit(limit)
    .for('update', { skipLocked: true });
  const leased = await db
    .update(outboxDeliveries)
    .set({ leasedUntil: lease.until, leasedBy: lease.owner, attempts: sql`${outboxDeliveries.attempts} + 1` })
    .where(and(eq(outboxDeliveries.subscriber, subscriber), inArray(outboxDeliveries.eventSeq, due)))
    .returning({ seq: outboxDeliveries.eventSeq, attempts: outboxDeliveries.attempts });
  if (leased.length === 0) return [];
  const attempts = new Map(leased.map((row) => [row.seq, row.attempts]));
  const events = await db
    .select()
    .from(outboxEvents)
    .where(
      inArray(
        outboxEvents.seq,
        leased.map((row) => row.seq),
      ),
    )
    .orderBy(asc(outboxEvents.seq));
  return events.map((row) => ({ event: asDomainEvent(row), attempts: attempts.get(row.seq) ?? 1 }));
}

/** Only while the lease is still ours: a delivery whose lease ran out belongs to whoever took it. */
function heldBy(subscriber: string, seq: number, owner: string) {
  return and(
    eq(outboxDeliveries.subscriber, subscriber),
    eq(outboxDeliveries.eventSeq, seq),
    eq(outboxDeliveries.leasedBy, owner),
  );
}

export async function markDelivered(db: Db, subscriber: string, seqs: number[], owner: string, at: Date) {
  if (seqs.length === 0) return;
  await db
    .update(outboxDeliveries)
    .set({ deliveredAt: at, leasedUntil: null, leasedBy: null, lastError: null })
    .where(
      and(
        eq(outboxDeliveries.subscriber, subscriber),
        inArray(outboxDeliveries.eventSeq, seqs),
        eq(outboxDeliveries.leasedBy, owner),
      ),
    );
}

export async function markFailed(
  db: Db,
  delivery: { subscriber: string; seq: number; owner: string },
  outcome: FailureOutcome,
  error: string,
): Promise<void> {
  await db
    .update(outboxDeliveries)
    .set({
      leasedUntil: null,
      leasedBy: null,
      lastError: error,
      ...(outcome.kind === 'dead' ? { deadAt: outcome.deadAt } : { nextAttemptAt: outcome.nextAttemptAt }),
    })
    .where(heldBy(delivery.subscriber, delivery.seq, delivery.owner));
}

export interface UndeliveredRow {
  readonly subscriber: string;
  readonly seq: number;
  readonly type: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly deadAt: Date | null;
  readonly lastError: string | null;
}

/** Oldest first: what an administrator looks at when events are stuck. */
export async function undelivered(db: Db, options: { deadOnly: boolean; limit: number }) {
  const rows: UndeliveredRow[] = await db
    .select({
      subscriber: outboxDeliveries.subscriber,
      seq: outboxDeliveries.eventSeq,
      type: outboxEvents.type,
      recordType: outboxDeliveries.recordType,
      recordId: outboxDeliveries.recordId,
      attempts: outboxDeliveries.attempts,
      nextAttemptAt: outboxDeliveries.nextAttemptAt,
      deadAt: outboxDeliveries.deadAt,
      lastError: outboxDeliveries.lastError,
    })
    .from(outboxDeliveries)
    .innerJoin(outboxEvents, eq(outboxEvents.seq, outboxDeliveries.eventSeq))
    .where(
      and(
        isNull(outboxDeliveries.deliveredAt),
        options.deadOnly ? isNotNull(outboxDeliveries.deadAt) : undefined,
      ),
    )
    .orderBy(asc(outboxDeliveries.eventSeq), asc(outboxDeliveries.subscriber))
    .limit(options.limit);
  return rows;
}

/** Dead deliveries start again from a first attempt, now; returns how many. */
export async function reviveDead(
  db: Db,
  filter: { subscriber?: string | undefined; seq?: number | undefined },
  now: Date,
): Promise<number> {
  const revived = await db
    .update(outboxDeliveries)
    .set({ deadAt: null, attempts: 0, nextAttemptAt: now })
    .where(
      and(
        isNotNull(outboxDeliveries.deadAt),
        filter.subscriber === undefined ? undefined : eq(outboxDeliveries.subscriber, filter.subscriber),
        filter.seq === undefined ? undefined : eq(outboxDeliveries.eventSeq, filter.seq),
      ),
    )
    .returning({ seq: outboxDeliveries.eventSeq });
  return revived.length;
}

function asDomainEvent(row: typeof outboxEvents.$inferSelect): DomainEvent {
  return { ...row, payload: parsePayload(row.payload) };
}

function parsePayload(stored: unknown): EventPayload {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const summary = 'summary' in record && typeof record.summary === 'string' ? record.summary : '';
  const actor = 'actorUserId' in record && typeof record.actorUserId === 'string' ? record.actorUserId : null;
  return {
    summary,
    actorUserId: actor,
    ...('before' in record ? { before: record.before } : {}),
    ...('after' in record ? { after: record.after } : {}),
  };
}
