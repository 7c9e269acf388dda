import { createHash } from 'node:crypto';
import type { IsoDate } from '../../platform/dates.ts';
import type { RoleGrant } from '../../platform/http/access.ts';
import { asStored } from '../../platform/text.ts';

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

/**
 * JSON with keys sorted at every level, so the hash does not depend on how jsonb orders keys, and
 * with every string as PostgreSQL holds it, so the hash of what was written is the hash of what is
 * read back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'string') return JSON.stringify(asStored(value));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, unknown] => [asStored(k), v])
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

/**
 * Snapshots are stored as JSON: dates become ISO strings, undefined disappears, and strings take the
 * form the database gives them (jsonb refuses an escaped lone surrogate; text turns it into U+FFFD).
 */
export function toSnapshot(value: unknown): unknown {
  return value === undefined ? null : storedStrings(JSON.parse(JSON.stringify(value)));
}

function storedStrings(value: unknown): unknown {
  if (typeof value === 'string') return asStored(value);
  if (Array.isArray(value)) return value.map(storedStrings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [asStored(k), storedStrings(v)]));
}

/** The event's text columns as the database will hold them: what is hashed is what is stored. */
export function asStoredEvent<T extends AuditEventContent>(event: T): T {
  const text = (value: string) => asStored(value);
  return {
    ...event,
    actorLabel: text(event.actorLabel),
    requestId: text(event.requestId),
    action: text(event.action),
    entityType: text(event.entityType),
    entityId: text(event.entityId),
    summary: text(event.summary),
    before: toSnapshot(event.before),
    after: toSnapshot(event.after),
  };
}

/** The kinds of record that write audit events, as people name them. A timeline exists only for these. */
export const AUDITED_RECORD_TYPES = {
  user: 'User',
  organisation: 'Organisation',
  alliance: 'Alliance',
  business_area: 'Business area',
  board: 'Board',
  meeting: 'Meeting',
} as const satisfies Record<string, string>;

export type AuditedRecordType = keyof typeof AUDITED_RECORD_TYPES;

export function isAuditedRecordType(value: string): value is AuditedRecordType {
  return Object.hasOwn(AUDITED_RECORD_TYPES, value);
}

export interface TimelineViewer {
  readonly id: string;
  readonly roles: readonly RoleGrant[];
}

/**
 * A user's history holds personal data (email, roles): only that person, administrators and
 * auditors see it. Other records are readable by anyone signed in, and so is their history.
 */
export function canSeeTimeline(viewer: TimelineViewer, type: AuditedRecordType, entityId: string): boolean {
  if (viewer.roles.some((grant) => grant.role === 'administrator' || grant.role === 'auditor')) return true;
  if (type === 'user') return viewer.id === entityId;
  return true;
}

export interface FieldChange {
  readonly field: string;
  /** Undefined when the field had no value on that side. */
  readonly before: string | undefined;
  readonly after: string | undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted keys; arrays and primitives are leaves. */
export function flattenSnapshot(value: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (value === null || value === undefined) return leaves;
  if (!isPlainObject(value)) {
    leaves.set(prefix || 'value', value);
    return leaves;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && prefix) leaves.set(prefix, value);
  for (const [key, child] of entries) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(child) && Object.keys(child).length > 0) {
      for (const [leaf, leafValue] of flattenSnapshot(child, path)) leaves.set(leaf, leafValue);
    } else {
      leaves.set(path, child);
    }
  }
  return leaves;
}

/** How a stored value reads in a table cell; arrays and objects as canonical JSON. */
export function displayAuditValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return canonicalJson(value);
}

/** The fields whose value differs between two snapshots, by field name; null and absent are the same. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = flattenSnapshot(before);
  const now = flattenSnapshot(after);
  const fields = [...new Set([...old.keys(), ...now.keys()])].sort();
  return fields
    .filter((field) => canonicalJson(old.get(field)) !== canonicalJson(now.get(field)))
    .map((field) => ({
      field,
      before: displayAuditValue(old.get(field)),
      after: displayAuditValue(now.get(field)),
    }));
}

/** The newest name a record had in its own snapshots, to title its timeline. */
export function recordNameFrom(
  events: readonly Pick<AuditEventContent, 'before' | 'after'>[],
): string | undefined {
  for (const event of events) {
    for (const snapshot of [event.after, event.before]) {
      if (isPlainObject(snapshot) && typeof snapshot.name === 'string' && snapshot.name) return snapshot.name;
    }
  }
  return undefined;
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant a calendar day starts in the UK (midnight GMT or BST). */
export function startOfLondonDay(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  const wall = Object.fromEntries(
    LONDON_PARTS.formatToParts(new Date(utcMidnight)).map((part) => [part.type, part.value]),
  );
  const londonWall = Date.UTC(
    Number(wall.year),
    Number(wall.month) - 1,
    Number(wall.day),
    Number(wall.hour) % 24,
    Number(wall.minute),
  );
  return new Date(utcMidnight - (londonWall - utcMidnight));
}

/** From the start of `from` up to (not including) the start of the day after `to`, UK time. */
export function londonDayRange(
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): { from: Date | undefined; to: Date | undefined } {
  const dayAfter = (date: IsoDate): IsoDate => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10) as IsoDate;
  };
  return {
    from: from ? startOfLondonDay(from) : undefined,
    to: to ? startOfLondonDay(dayAfter(to)) : undefined,
  };
}
