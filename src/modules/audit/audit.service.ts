import type { Db } from '../../platform/db/database.ts';
import type { ChangeContext } from '../../platform/context.ts';
import { GENESIS_HASH, checkChain, hashEvent, toSnapshot, type ChainCheck } from './audit.domain.ts';
import { eventsAfter, insertEvent, lockChainAndReadHead } from './audit.repo.ts';

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
  const head = await lockChainAndReadHead(tx);
  const content = {
    seq: (head?.seq ?? 0) + 1,
    occurredAt: context.now,
    actorUserId: context.actor.userId,
    actorLabel: context.actor.label,
    requestId: context.requestId,
    action: context.action,
    entityType: change.entityType,
    entityId: change.entityId,
    summary: change.summary,
    before: toSnapshot(change.before),
    after: toSnapshot(change.after),
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  await insertEvent(tx, { ...content, prevHash, hash: hashEvent(prevHash, content) });
}

/** Reads the whole chain in batches, so memory stays flat however long the trail grows. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainCheck> {
  let state = { expectedSeq: 1, prevHash: GENESIS_HASH, checked: 0 };
  for (;;) {
    const batch = await eventsAfter(db, state.expectedSeq - 1, batchSize);
    const { result, state: next } = checkChain(batch, state);
    if (result) return result;
    state = next;
    if (batch.length < batchSize) return { intact: true, checked: state.checked };
  }
}
