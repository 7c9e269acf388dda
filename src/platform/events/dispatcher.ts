import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import {
  DEFAULT_RETRY,
  afterFailure,
  describeFailure,
  validSubscriberNames,
  type RetryPolicy,
  type Subscriber,
} from './events.domain.ts';
import {
  fanOut,
  leaseDue,
  markDelivered,
  markFailed,
  registerSubscriber,
  type LeasedDelivery,
} from './outbox.repo.ts';

export interface DispatcherOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly subscribers: readonly Subscriber[];
  /** How often to look for events committed by other processes (or missed nudges). */
  readonly pollMs?: number;
  /** How long a handler may run before another dispatcher may take the delivery over. */
  readonly leaseMs?: number;
  readonly batchSize?: number;
  readonly retry?: RetryPolicy;
  readonly log?: (message: string, error?: unknown) => void;
}

export interface Dispatcher {
  /** Registers the subscribers, then delivers at once and every pollMs until stopped. */
  start(): Promise<void>;
  /** Look again soon: a change was just committed in this process. */
  nudge(): void;
  /** Delivers what is due now, until nothing is; for tests and the command line. */
  runUntilIdle(): Promise<number>;
  /** Waits for the round in progress; handlers still running are told to stop through their signal. */
  stop(): Promise<void>;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  validSubscriberNames(options.subscribers);
  const settings = {
    pollMs: options.pollMs ?? 1000,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    batchSize: options.batchSize ?? 100,
    retry: options.retry ?? DEFAULT_RETRY,
  };
  const owner = randomUUID();
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<number> | undefined;
  let again = false;
  let registered: Promise<void> | undefined;
  const register = () =>
    (registered ??= (async () => {
      for (const subscriber of options.subscribers) await registerSubscriber(options.db, subscriber.name);
    })());

  /**
   * A batch holds at most one event of each record, so its handlers run side by side without
   * breaking the order per record; those that succeeded are marked in one statement.
   */
  const deliverBatch = async (subscriber: Subscriber): Promise<number> => {
    const now = options.clock.now();
    await fanOut(options.db, subscriber, settings.batchSize, now);
    const lease = { owner, now, until: new Date(now.getTime() + settings.leaseMs) };
    const leased = await leaseDue(options.db, subscriber.name, lease, settings.batchSize);
    const outcomes = await Promise.all(leased.map((delivery) => attempt(subscriber, delivery)));
    const delivered = leased.filter((_, i) => outcomes[i]).map(({ event }) => event.seq);
    await markDelivered(options.db, subscriber.name, delivered, owner, options.clock.now());
    return leased.length;
  };

  /** True once handled; a failure is recorded with its next attempt, or as dead. */
  const attempt = async (subscriber: Subscriber, { event, attempts }: LeasedDelivery) => {
    try {
      await subscriber.handle(event, stopping.signal);
      return true;
    } catch (error) {
      const outcome = afterFailure(attempts, options.clock.now(), settings.retry);
      options.log?.(`Event ${event.seq} to ${subscriber.name} failed (attempt ${attempts})`, error);
      const delivery = { subscriber: subscriber.name, seq: event.seq, owner };
      await markFailed(options.db, delivery, outcome, describeFailure(error));
      return false;
    }
  };

  const runUntilIdle = async (): Promise<number> => {
    await register();
    let delivered = 0;
    for (;;) {
      const counts = await Promise.all(options.subscribers.map(deliverBatch));
      const total = counts.reduce((sum, count) => sum + count, 0);
      delivered += total;
      if (total === 0 || stopping.signal.aborted) return delivered;
    }
  };

  /** One round at a time in this process; a nudge during a round asks for one more. */
  const runRound = (): Promise<number> => {
    if (round) {
      again = true;
      return round;
    }
    round = runUntilIdle()
      .catch((error: unknown) => {
        options.log?.('Delivering events failed; trying again at the next poll', error);
        return 0;
      })
      .finally(() => {
        round = undefined;
        if (again && !stopping.signal.aborted) {
          again = false;
          void runRound();
        }
      });
    return round;
  };

  const schedule = () => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => void runRound().then(schedule), settings.pollMs);
    timer.unref();
  };

  return {
    async start() {
      await register();
      void runRound().then(schedule);
    },
    nudge: () => {
      if (!stopping.signal.aborted) void runRound();
    },
    runUntilIdle,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await round;
    },
  };
}
