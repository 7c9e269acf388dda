import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventContent {
  readonly seq: number;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actorLabel: string;
  readonly requestId: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly summary: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface StoredAuditEvent extends AuditEventContent {
  readonly prevHash: string;
  readonly hash: string;
}

/** JSON with keys sorted at every level, so the hash does not depend on how jsonb orders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashEvent(prevHash: string, event: AuditEventContent): string {
  const content = canonicalJson({
    seq: event.seq,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorLabel: event.actorLabel,
    requestId: event.requestId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    summary: event.summary,
    before: event.before,
    after: event.after,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** Snapshots are stored as JSON: dates become ISO strings, undefined disappears. */
export function toSnapshot(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export type ChainCheck =
  | { intact: true; checked: number }
  | { intact: false; checked: number; seq: number; problem: 'missing' | 'altered' | 'relinked' };

/** Folds over events in seq order; call with successive batches, passing back the running state. */
export function checkChain(
  events: readonly StoredAuditEvent[],
  state: { expectedSeq: number; prevHash: string; checked: number } = {
    expectedSeq: 1,
    prevHash: GENESIS_HASH,
    checked: 0,
  },
): { result: ChainCheck | undefined; state: typeof state } {
  let { expectedSeq, prevHash, checked } = state;
  for (const event of events) {
    if (event.seq !== expectedSeq) {
      return { result: { intact: false, checked, seq: expectedSeq, problem: 'missing' }, state };
    }
    if (event.prevHash !== prevHash)
      return { result: { intact: false, checked, seq: event.seq, problem: 'relinked' }, state };
    if (hashEvent(prevHash, event) !== event.hash) {
      return { result: { intact: false, checked, seq: event.seq, problem: 'altered' }, state };
    }
    prevHash = event.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { result: undefined, state: { expectedSeq, prevHash, checked } };
}
