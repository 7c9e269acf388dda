import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase, type Database, type DatabaseTarget } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';
import { prepareDemo } from './demo/first-start.ts';
import { createDispatcher, type Dispatcher } from './platform/events/dispatcher.ts';
import { setUpEventDispatch } from './platform/events/events.http.ts';
import type { Subscriber } from './platform/events/events.domain.ts';

export interface RunningService {
  readonly app: FastifyInstance;
  readonly events: Dispatcher;
  readonly database: Database;
  readonly url: string;
  stop(): Promise<void>;
}

/** The modules' subscribers to audited changes, delivered after commit (none yet). */
const SUBSCRIBERS: readonly Subscriber[] = [];

export interface ServiceOptions {
  /** Beside the modules' own: the process test adds one that records what it is given. */
  readonly extraSubscribers?: readonly Subscriber[];
  readonly eventLeaseMs?: number;
}

/** config → database → migrations → demo data on an empty database → app → listen → events. */
export async function startService(
  config: Config,
  log: (line: string) => void,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const target: DatabaseTarget =
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'embedded', dataDir: config.database.dataDir };
  let database = await openDatabase(target);
  try {
    await migrate(database.db);
    const demo = config.loadDemoWhenEmpty ? await prepareDemo(database.db, systemClock) : undefined;
    // Loading the demo grows PGlite's WebAssembly memory by hundreds of MB, which it never gives
    // back; a fresh instance on the same folder starts from what serving needs.
    if (demo && database.kind === 'embedded') {
      await database.close();
      database = await openDatabase(target);
    }
    const app = await buildApp({ config, database, clock: systemClock });
    const events = eventDispatch(app, database, config, options);
    const address = await app.listen({ port: config.port, host: config.host });
    await events.start();
    const url = displayUrl(address, config.host);
    log(`Alliance is running at ${url} (database: ${database.kind}, ${database.location})`);
    if (demo?.admin) {
      log(
        `Demo data loaded. Sign in at ${url}/sign-in as ${demo.admin.email} with the password ${demo.admin.password}`,
      );
      log('This password is shown only once. Keep it somewhere safe.');
    }
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })());
    return { app, events, database, url, stop };
  } catch (error) {
    await database.close().catch(() => undefined); // already closed if reopening it failed
    throw error;
  }
}

/** Wired before listen (a nudge after each audited request, stopped on close), started after it. */
function eventDispatch(
  app: FastifyInstance,
  database: Database,
  config: Config,
  options: ServiceOptions,
): Dispatcher {
  const events = createDispatcher({
    db: database.db,
    clock: systemClock,
    subscribers: [...SUBSCRIBERS, ...(options.extraSubscribers ?? [])],
    pollMs: config.eventsPollMs,
    ...(options.eventLeaseMs === undefined ? {} : { leaseMs: options.eventLeaseMs }),
    log: (message, error) => app.log.warn({ err: error }, message),
  });
  setUpEventDispatch(app, events);
  return events;
}
function displayUrl(address: string, host: string): string {
  const url = new URL(address);
  if (host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '0.0.0.0')
    url.hostname = 'localhost';
  return url.origin;
}

/** Finish requests in flight and close the database cleanly, so the embedded data folder is never left half-written. */
export function stopOnSignals(service: RunningService, log: (line: string) => void): void {
  const handler = (signal: NodeJS.Signals) => {
    log(`Received ${signal}: stopping`);
    service.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
