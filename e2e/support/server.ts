import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { createTestDatabase } from '../../src/platform/testing/test-database.ts';
import { prepareDemo } from '../../src/demo/first-start.ts';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export interface RunningApp {
  readonly baseUrl: string;
  readonly admin: Credentials;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * The real app listening on a random local port, on a fresh migrated database holding the demo
 * alliance, exactly as a new user first sees it.
 */
export async function startApp(): Promise<RunningApp> {
  const database = await createTestDatabase();
  try {
    const demo = await prepareDemo(database.db, systemClock);
    if (!demo) throw new Error('The test database already had users: the demo administrator was not made');
    const app = await buildApp({
      config: {
        environment: 'test',
        sessionSecret: 'e2e-session-secret-that-is-long-enough',
        sessionIdleMinutes: 120,
        logLevel: 'silent',
      },
      database,
      clock: systemClock,
      logger: false,
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    let closing: Promise<void> | undefined;
    return {
      baseUrl: address,
      admin: demo.admin,
      app,
      close: () =>
        (closing ??= (async () => {
          await app.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
