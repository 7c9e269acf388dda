/** What a subscriber receives: one audited change, after its transaction committed. */
export interface DomainEvent {
  /** The outbox's number, in commit order: events of one record arrive in this order. */
  readonly seq: number;
  /** The audit event this one follows from. */
  readonly auditSeq: number;
  /** The audit action, e.g. "organisation.update". */
  readonly type: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly payload: EventPayload;
  readonly createdAt: Date;
}

export interface EventPayload {
  readonly summary: string;
  readonly actorUserId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface Subscriber {
  /** Stored with each delivery: renaming a subscriber starts it afresh from the newest event. */
  readonly name: string;
  /** Pure and quick: decides which events become deliveries for this subscriber. */
  handles(event: DomainEvent): boolean;
  /** Delivered at least once: must tolerate a repeat (e.g. keyed on event.seq). Throw to retry. */
  handle(event: DomainEvent, signal: AbortSignal): Promise<void>;
}

export interface RetryPolicy {
  /** Attempts before a delivery is dead and waits for an administrator. */
  readonly maxAttempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 };

export type FailureOutcome =
  { readonly kind: 'retry'; readonly nextAttemptAt: Date } | { readonly kind: 'dead'; readonly deadAt: Date };

/** Doubling delays from the first, capped: 1 s, 2 s, 4 s … 15 min. */
export function afterFailure(attempts: number, now: Date, policy: RetryPolicy): FailureOutcome {
  if (attempts >= policy.maxAttempts) return { kind: 'dead', deadAt: now };
  const delay = Math.min(policy.firstDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  return { kind: 'retry', nextAttemptAt: new Date(now.getTime() + delay) };
}

/** Short enough for a list or a log line; a stack trace stays in the service's log. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

export function validSubscriberNames(subscribers: readonly Subscriber[]): void {
  const seen = new Set<string>();
  for (const { name } of subscribers) {
    if (!/^[a-z][a-z0-9-]{0,62}$/.test(name))
      throw new Error(`Subscriber name "${name}" must be lower-case letters, digits and hyphens`);
    if (seen.has(name)) throw new Error(`Two subscribers are named "${name}"`);
    seen.add(name);
  }
}
