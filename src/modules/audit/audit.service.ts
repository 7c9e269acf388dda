import type { Db } from '../../platform/db/database.ts';
import type { ChangeContext } from '../../platform/context.ts';
import { insertOutboxEvents, type NewOutboxEvent } from '../../platform/events/outbox.repo.ts';
import { GENESIS_HASH, type AuditEventContent, type StoredAuditEvent } from './audit.domain.ts';
import {
  START_OF_CHAIN,
  chainEvents,
  checkChain,
  finishChain,
  type ChainCheck,
  type ChainHead,
} from './audit-chain.domain.ts';
import {
  eventsAfter,
  readHead,
  eventsForEntity,
  insertEvents,
  lockChainAndReadHead,
  searchEvents,
  type AuditSearch,
} from './audit.repo.ts';

export interface AuditedChange {
  readonly entityType: string;
  readonly entityId: string;
  /** One line a person can read in a timeline: "Changed Dorset Police". */
  readonly summary: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Call inside the transaction that makes the change: the event commits or rolls back with it. */
export async function recordAudit(tx: Db, context: ChangeContext, change: AuditedChange): Promise<void> {
  await appendAuditEvents(tx, [{ context, change }]);
}

export interface PendingAuditEvent {
  readonly context: ChangeContext;
  readonly change: AuditedChange;
}

/**
 * Many changes made in one transaction (the demo, loaded in bulk), in the order they happened: one
 * lock, one read of the head, the events chained in one pass and written in a few statements.
 */
export async function appendAuditEvents(tx: Db, events: readonly PendingAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const head = (await lockChainAndReadHead(tx)) ?? { seq: 0, hash: GENESIS_HASH };
  const contents = events.map(({ context, change }) => ({
    occurredAt: context.now,
    actorUserId: context.actor.userId,
    actorLabel: context.actor.label,
    requestId: context.requestId,
    action: context.action,
    entityType: change.entityType,
    entityId: change.entityId,
    summary: change.summary,
    before: change.before,
    after: change.after,
  }));
  const chained = chainEvents(head, contents);
  await insertEvents(tx, chained);
  await insertOutboxEvents(tx, chained.map(outboxEventFor));
}

/**
 * The event subscribers are given after commit, numbered in commit order (the change holds the chain's lock).
 * Any path that writes audit events writes this alongside each, in the same transaction.
 */
export function outboxEventFor(event: AuditEventContent): NewOutboxEvent {
  return {
    auditSeq: event.seq,
    type: event.action,
    recordType: event.entityType,
    recordId: event.entityId,
    createdAt: event.occurredAt,
    payload: {
      summary: event.summary,
      actorUserId: event.actorUserId,
      ...(event.before === undefined ? {} : { before: event.before }),
      ...(event.after === undefined ? {} : { after: event.after }),
    },
  };
}

export interface VerifyOptions {
  /** A head recorded earlier: the event must still be there with that hash. */
  readonly expectHead?: ChainHead | undefined;
  readonly batchSize?: number;
}

/**
 * Reads the whole chain in batches, so memory stays flat however long the trail grows, and goes on
 * past every bad event so that one problem cannot hide another.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<ChainCheck> {
  const batchSize = options.batchSize ?? 2000;
  let state = START_OF_CHAIN;
  for (;;) {
    const batch = await eventsAfter(db, state.head.seq, batchSize);
    state = checkChain(batch, state, options.expectHead);
    if (batch.length < batchSize) return finishChain(state, options.expectHead);
  }
}

/** The newest event's seq and hash; seq 0 and the genesis hash while the trail is empty. */
export async function auditHead(db: Db): Promise<ChainHead> {
  return (await readHead(db)) ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * A number every committed change makes larger, the same in every process on the database: each
 * change writes its audit event in its own transaction, and seq is assigned under the chain's lock,
 * so events commit in seq order. Caches of figures compare it to tell whether they are stale.
 */
export async function changeCounter(db: Db): Promise<number> {
  return (await readHead(db))?.seq ?? 0;
}

export type AuditFilters = Omit<AuditSearch, 'beforeSeq' | 'afterSeq' | 'limit'>;

export interface AuditPage {
  /** Newest first. */
  readonly events: StoredAuditEvent[];
  /** Pass as `after` for the newer page, when there is one. */
  readonly newerAfter: number | undefined;
  /** Pass as `before` for the older page, when there is one. */
  readonly olderBefore: number | undefined;
}

/** One page of matching events, newest first, with seq cursors either way (stable while events are added). */
export async function searchAuditTrail(
  db: Db,
  filters: AuditFilters,
  page: { before?: number | undefined; after?: number | undefined; limit: number },
): Promise<AuditPage> {
  const towardsNewer = page.after !== undefined && page.before === undefined;
  const rows = await searchEvents(db, {
    ...filters,
    ...(towardsNewer ? { afterSeq: page.after } : { beforeSeq: page.before }),
    limit: page.limit,
  });
  const events = towardsNewer ? rows.reverse() : rows;
  const newest = events[0];
  const oldest = events.at(-1);
  if (!newest || !oldest) return { events, newerAfter: undefined, olderBefore: undefined };
  const [newer, older] = await Promise.all([
    searchEvents(db, { ...filters, afterSeq: newest.seq, limit: 1 }),
    searchEvents(db, { ...filters, beforeSeq: oldest.seq, limit: 1 }),
  ]);
  return {
    events,
    newerAfter: newer.length ? newest.seq : undefined,
    olderBefore: older.length ? oldest.seq : undefined,
  };
}

/** Enough for any one record's history on a page; the search pages beyond it. */
export const TIMELINE_LIMIT = 500;

export async function recordHistory(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<StoredAuditEvent[]> {
  return eventsForEntity(db, entityType, entityId, TIMELINE_LIMIT);
}
