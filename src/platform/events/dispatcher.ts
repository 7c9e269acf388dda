import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { DEFAULT_RETRY, validSubscriberNames, type RetryPolicy, type Subscriber } from './events.domain.ts';
import { deliverBatch, type DeliveryContext } from './delivery.ts';
import { registerSubscriber } from './outbox.repo.ts';

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
  const stopping = new AbortController();
  const context: DeliveryContext = {
    db: options.db,
    clock: options.clock,
    owner: randomUUID(),
    signal: stopping.signal,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    batchSize: options.batchSize ?? 100,
    retry: options.retry ?? DEFAULT_RETRY,
    log: options.log,
  };
  let registered: Promise<void> | undefined;
  const runUntilIdle = async (): Promise<number> => {
    registered ??= registerAll(options.db, options.subscribers);
    await registered;
    let delivered = 0;
    for (;;) {
      const counts = await Promise.all(options.subscribers.map((s) => deliverBatch(context, s)));
      const total = counts.reduce((sum, count) => sum + count, 0);
      delivered += total;
      if (total === 0 || stopping.signal.aborted) return delivered;
    }
  };
  const rounds = roundsOf(runUntilIdle, stopping.signal, options);
  return {
    async start() {
      registered ??= registerAll(options.db, options.subscribers);
      await registered;
      rounds.poll();
    },
    nudge: rounds.nudge,
    runUntilIdle,
    async stop() {
      stopping.abort();
      await rounds.stop();
    },
  };
}

async function registerAll(db: Db, subscribers: readonly Subscriber[]): Promise<void> {
  for (const subscriber of subscribers) await registerSubscriber(db, subscriber.name);
}

/** One round at a time in this process: a nudge during a round asks for one more after it. */
function roundsOf(run: () => Promise<number>, stopped: AbortSignal, options: DispatcherOptions) {
  const pollMs = options.pollMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<number> | undefined;
  let again = false;
  const runRound = (): Promise<number> => {
    if (round) {
      again = true;
      return round;
    }
    round = run()
      .catch((error: unknown) => {
        options.log?.('Delivering events failed; trying again at the next poll', error);
        return 0;
      })
      .finally(() => {
        round = undefined;
        if (again && !stopped.aborted) {
          again = false;
          void runRound();
        }
      });
    return round;
  };
  const poll = () => {
    void runRound().then(() => {
      if (stopped.aborted) return;
      timer = setTimeout(poll, pollMs);
      timer.unref();
    });
  };
  return {
    poll,
    nudge: () => {
      if (!stopped.aborted) void runRound();
    },
    stop: async () => {
      clearTimeout(timer);
      await round;
    },
  };
}
