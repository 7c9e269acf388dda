import { and, asc, desc, eq, gt, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { auditEvents } from './audit.tables.ts';
import type { StoredAuditEvent } from './audit.domain.ts';

/** Taken for the rest of the transaction, so events get gap-free seqs and chain in commit order. */
const AUDIT_CHAIN_LOCK = 7_220_160_302;

export async function lockChainAndReadHead(tx: Db): Promise<{ seq: number; hash: string } | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  return readHead(tx);
}

export async function readHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  const [head] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return head;
}

/** 13 columns an event: 2000 events stay well inside PostgreSQL's 65,535 parameters a statement. */
const EVENTS_PER_INSERT = 2000;

export async function insertEvents(tx: Db, events: readonly StoredAuditEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
    await tx.insert(auditEvents).values(events.slice(start, start + EVENTS_PER_INSERT));
  }
}

export async function eventsAfter(db: Db, afterSeq: number, limit: number): Promise<StoredAuditEvent[]> {
  return db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.seq, afterSeq))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

export async function eventsForEntity(
  db: Db,
  entityType: string,
  entityId: string,
  limit = 500,
): Promise<StoredAuditEvent[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}

export interface AuditSearch {
  readonly text?: string | undefined;
  readonly entityType?: string | undefined;
  readonly actorUserId?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly beforeSeq?: number | undefined;
  /** Pages towards newer events: matches are read oldest first from just after this seq. */
  readonly afterSeq?: number | undefined;
  readonly limit: number;
}

export async function searchEvents(db: Db, search: AuditSearch): Promise<StoredAuditEvent[]> {
  const conditions: SQL[] = [];
  if (search.text) {
    const pattern = `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const textMatch = or(ilike(auditEvents.summary, pattern), ilike(auditEvents.actorLabel, pattern));
    if (textMatch) conditions.push(textMatch);
  }
  if (search.entityType) conditions.push(eq(auditEvents.entityType, search.entityType));
  if (search.actorUserId) conditions.push(eq(auditEvents.actorUserId, search.actorUserId));
  if (search.action) conditions.push(eq(auditEvents.action, search.action));
  if (search.from) conditions.push(gte(auditEvents.occurredAt, search.from));
  if (search.to) conditions.push(lt(auditEvents.occurredAt, search.to));
  if (search.beforeSeq !== undefined) conditions.push(lt(auditEvents.seq, search.beforeSeq));
  if (search.afterSeq !== undefined) conditions.push(gt(auditEvents.seq, search.afterSeq));
  return db
    .select()
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(search.afterSeq === undefined ? desc(auditEvents.seq) : asc(auditEvents.seq))
    .limit(search.limit);
}
