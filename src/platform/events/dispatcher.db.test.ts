import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { createDispatcher } from './dispatcher.ts';
import type { DomainEvent, Subscriber } from './events.domain.ts';
import { outboxDeliveries } from './events.tables.ts';
import { insertOutboxEvents, reviveDead, undelivered } from './outbox.repo.ts';

const RETRY = { maxAttempts: 3, firstDelayMs: 1000, maxDelayMs: 60_000 };

/** A subscriber that keeps what it was given, in order, and fails on the records it is told to. */
function recorder(name: string, handles: (event: DomainEvent) => boolean = () => true) {
  const received: string[] = [];
  let failing: (recordId: string) => boolean = () => false;
  const subscriber: Subscriber = {
    name,
    handles,
    handle: async (event) => {
      if (failing(event.recordId)) throw new Error(`${name} is down`);
      received.push(`${event.recordId}:${event.seq}`);
    },
  };
  const fail = (on: boolean | string) =>
    (failing = (recordId) => (typeof on === 'string' ? recordId === on : on));
  return { subscriber, received, fail };
}

describe('the event dispatcher', () => {
  let database: Database;
  let seq = 0;
  const clock = fixedClock('2026-03-01T10:00:00Z');

  const publish = async (recordId: string, type = 'organisation.update') => {
    seq += 1;
    await insertOutboxEvents(database.db, [
      {
        seq,
        auditSeq: seq,
        type,
        recordType: 'organisation',
        recordId,
        payload: { summary: `Changed ${recordId}`, actorUserId: null },
        createdAt: clock.now(),
      },
    ]);
  };

  const delivery = async (subscriber: string, eventSeq: number) => {
    const [row] = await database.db
      .select()
      .from(outboxDeliveries)
      .where(and(eq(outboxDeliveries.subscriber, subscriber), eq(outboxDeliveries.eventSeq, eventSeq)));
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(() => clock.set('2026-03-01T10:00:00Z'));

  it('gives each subscriber the events it handles, in order per record, each once', async () => {
    const notes = recorder('notes');
    const reports = recorder('reports', (event) => event.recordId !== 'skip');
    const dispatcher = createDispatcher({
      db: database.db,
      clock,
      subscribers: [notes.subscriber, reports.subscriber],
      batchSize: 2,
    });
    await dispatcher.runUntilIdle(); // registers both: they start after the newest event
    for (const record of ['a', 'b', 'a', 'skip', 'a', 'b']) await publish(record);
    await dispatcher.runUntilIdle();
    await dispatcher.runUntilIdle();
    expect(notes.received).toEqual(['a:1', 'b:2', 'a:3', 'skip:4', 'a:5', 'b:6']);
    expect(reports.received).toEqual(['a:1', 'b:2', 'a:3', 'a:5', 'b:6']);
  });

  it('retries a failing subscriber with backoff, holding that record back, without blocking the other', async () => {
    const steady = recorder('steady');
    const flaky = recorder('flaky');
    const dispatcher = createDispatcher({
      db: database.db,
      clock,
      subscribers: [steady.subscriber, flaky.subscriber],
      retry: RETRY,
    });
    await dispatcher.runUntilIdle();
    const first = seq + 1;
    await publish('c');
    await publish('c');
    await publish('d');
    flaky.fail('c');
    await dispatcher.runUntilIdle();
    // Each record's events in order; records may interleave.
    expect(steady.received).toEqual([`c:${first}`, `d:${first + 2}`, `c:${first + 1}`]);
    expect(flaky.received).toEqual([`d:${first + 2}`]);
    expect(await delivery('flaky', first)).toMatchObject({
      attempts: 1,
      deliveredAt: null,
      lastError: 'Error: flaky is down',
      nextAttemptAt: new Date('2026-03-01T10:00:01Z'),
    });
    clock.advance(999);
    await dispatcher.runUntilIdle();
    expect((await delivery('flaky', first))?.attempts).toBe(1);
    clock.advance(1);
    await dispatcher.runUntilIdle();
    expect(await delivery('flaky', first)).toMatchObject({
      attempts: 2,
      nextAttemptAt: new Date('2026-03-01T10:00:03Z'),
    });
    flaky.fail(false);
    clock.advance(2000);
    await dispatcher.runUntilIdle();
    await dispatcher.runUntilIdle();
    expect(flaky.received).toEqual([`d:${first + 2}`, `c:${first}`, `c:${first + 1}`]);
    expect(steady.received).toHaveLength(3);
  });

  it('stops retrying after the last attempt; an administrator revives a dead delivery', async () => {
    const broken = recorder('broken');
    const dispatcher = createDispatcher({
      db: database.db,
      clock,
      subscribers: [broken.subscriber],
      retry: RETRY,
    });
    await dispatcher.runUntilIdle();
    await publish('e');
    await publish('e');
    broken.fail(true);
    for (let attempt = 0; attempt < 5; attempt++) {
      await dispatcher.runUntilIdle();
      clock.advance(60_000);
    }
    const dead = await undelivered(database.db, { deadOnly: true, limit: 10 });
    expect(dead.map((row) => [row.subscriber, row.seq, row.attempts])).toEqual([['broken', seq - 1, 3]]);
    expect(broken.received).toEqual([]);
    broken.fail(false);
    expect(await reviveDead(database.db, { subscriber: 'broken' }, clock.now())).toBe(1);
    await dispatcher.runUntilIdle();
    await dispatcher.runUntilIdle();
    expect(broken.received).toEqual([`e:${seq - 1}`, `e:${seq}`]);
    const left = await undelivered(database.db, { deadOnly: false, limit: 10 });
    expect(left.filter((row) => row.subscriber === 'broken')).toEqual([]);
  });

  it('never gives one event to two dispatchers at once, and each event once', async () => {
    const inFlight = new Set<number>();
    const overlaps: number[] = [];
    const delivered: number[] = [];
    const slow: Subscriber = {
      name: 'shared',
      handles: () => true,
      handle: async (event) => {
        if (inFlight.has(event.seq)) overlaps.push(event.seq);
        inFlight.add(event.seq);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight.delete(event.seq);
        delivered.push(event.seq);
      },
    };
    const dispatchers = [1, 2, 3].map(() =>
      createDispatcher({ db: database.db, clock, subscribers: [slow], batchSize: 5 }),
    );
    await dispatchers[0]?.runUntilIdle();
    const first = seq + 1;
    for (let i = 0; i < 40; i++) await publish(`r${i % 7}`);
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.runUntilIdle()));
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.runUntilIdle()));
    expect(overlaps).toEqual([]);
    expect([...delivered].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => first + i));
  });
});
