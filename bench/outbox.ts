/**
 * What the outbox costs a change, and how fast the dispatcher delivers, on both databases, in
 * this process. Write cost: WRITES transactions that record one audited change as before the
 * outbox (the audit event alone) and as now (audit event and outbox row), alternated so both see
 * the same conditions; median and mean per transaction. Dispatch: EVENTS events pending, one
 * subscriber that does nothing, then two; events delivered per second (per subscriber-delivery).
 */
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { ChangeContext } from '../src/platform/context.ts';
import { GENESIS_HASH, asStoredEvent, hashEvent } from '../src/modules/audit/audit.domain.ts';
import { insertEvents, lockChainAndReadHead } from '../src/modules/audit/audit.repo.ts';
import { recordAudit } from '../src/modules/audit/audit.service.ts';
import { createDispatcher } from '../src/platform/events/dispatcher.ts';
import type { Subscriber } from '../src/platform/events/events.domain.ts';
import { createPostgresDatabase, postgresAvailable, printTable, saveResults } from './support.ts';

const WRITES = Number(process.env.BENCH_WRITES ?? 300);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);

const change = (i: number) => ({
  entityType: 'organisation',
  entityId: `org-${i % 50}`,
  summary: `Changed organisation ${i}`,
  before: { name: `Before ${i}` },
  after: { name: `After ${i}` },
});

const context = (): ChangeContext => ({
  actor: { userId: null, label: 'Bench' },
  requestId: 'bench',
  action: 'organisation.update',
  now: systemClock.now(),
});

/** recordAudit as it was before the outbox: the chained audit event only. */
async function auditOnly(database: Database, i: number): Promise<void> {
  await database.db.transaction(async (tx) => {
    const head = await lockChainAndReadHead(tx);
    const ctx = context();
    const content = asStoredEvent({
      seq: (head?.seq ?? 0) + 1,
      occurredAt: ctx.now,
      actorUserId: null,
      actorLabel: ctx.actor.label,
      requestId: ctx.requestId,
      action: ctx.action,
      ...change(i),
    });
    const prevHash = head?.hash ?? GENESIS_HASH;
    await insertEvents(tx, [{ ...content, prevHash, hash: hashEvent(prevHash, content) }]);
  });
}

async function withOutbox(database: Database, i: number): Promise<void> {
  await database.db.transaction((tx) => recordAudit(tx, context(), change(i)));
}

async function timeEach(work: () => Promise<void>, into: number[]): Promise<void> {
  const started = performance.now();
  await work();
  into.push(performance.now() - started);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const ms = (value: number) => Number(value.toFixed(2));

async function writeCost(database: Database) {
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    await timeEach(() => auditOnly(database, i), before);
    await timeEach(() => withOutbox(database, i), after);
  }
  return {
    'audit only median ms': ms(median(before)),
    'with outbox median ms': ms(median(after)),
    'audit only mean ms': ms(mean(before)),
    'with outbox mean ms': ms(mean(after)),
  };
}

async function dispatchRate(database: Database, subscriberCount: number): Promise<number> {
  const subscribers: Subscriber[] = Array.from({ length: subscriberCount }, (_, i) => ({
    name: `bench-${subscriberCount}-${i}`,
    handles: () => true,
    handle: async () => undefined,
  }));
  const dispatcher = createDispatcher({ db: database.db, clock: systemClock, subscribers });
  await dispatcher.runUntilIdle();
  for (let i = 0; i < EVENTS; i++) await withOutbox(database, i);
  const started = performance.now();
  const delivered = await dispatcher.runUntilIdle();
  return Math.round(delivered / ((performance.now() - started) / 1000));
}

async function measure(label: string, database: Database) {
  await migrate(database.db);
  const cost = await writeCost(database);
  const one = await dispatchRate(database, 1);
  const two = await dispatchRate(database, 2);
  return { database: label, ...cost, 'deliveries/s, 1 subscriber': one, 'deliveries/s, 2 subscribers': two };
}

const results = [await measure('embedded', await openDatabase({ kind: 'embedded-memory' }))];
if (await postgresAvailable()) {
  const created = await createPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: created.url });
  try {
    results.push(await measure('postgres', database));
  } finally {
    await database.close();
    await created.drop();
  }
}
printTable(results);
console.log(`Saved to ${await saveResults('outbox', results)}`);
