import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { afterFailure, describeFailure, type RetryPolicy, type Subscriber } from './events.domain.ts';
import { fanOut, leaseDue, markDelivered, markFailed, type LeasedDelivery } from './outbox.repo.ts';

/** What one dispatcher delivers with: its own lease owner, and the signal its stop raises. */
export interface DeliveryContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly owner: string;
  readonly signal: AbortSignal;
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly retry: RetryPolicy;
  readonly log?: ((message: string, error?: unknown) => void) | undefined;
}

/**
 * Takes the subscriber's new events, then leases and delivers what is due. A batch holds at most
 * one event of each record, so its handlers run side by side without breaking the order per
 * record; those that succeeded are marked in one statement. Returns how many were attempted.
 */
export async function deliverBatch(context: DeliveryContext, subscriber: Subscriber): Promise<number> {
  const { db, clock, owner } = context;
  const now = clock.now();
  await fanOut(db, subscriber, context.batchSize, now);
  const lease = { owner, now, until: new Date(now.getTime() + context.leaseMs) };
  const leased = await leaseDue(db, subscriber.name, lease, context.batchSize);
  const outcomes = await Promise.all(leased.map((delivery) => attempt(context, subscriber, delivery)));
  const delivered = leased.filter((_, i) => outcomes[i]).map(({ event }) => event.seq);
  await markDelivered(db, subscriber.name, delivered, owner, clock.now());
  return leased.length;
}

/** True once handled; a failure is recorded with its next attempt, or as dead. */
async function attempt(
  context: DeliveryContext,
  subscriber: Subscriber,
  { event, attempts }: LeasedDelivery,
): Promise<boolean> {
  try {
    await subscriber.handle(event, context.signal);
    return true;
  } catch (error) {
    const outcome = afterFailure(attempts, context.clock.now(), context.retry);
    context.log?.(`Event ${event.seq} to ${subscriber.name} failed (attempt ${attempts})`, error);
    const delivery = { subscriber: subscriber.name, seq: event.seq, owner: context.owner };
    await markFailed(context.db, delivery, outcome, describeFailure(error));
    return false;
  }
}
