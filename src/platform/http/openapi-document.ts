import { buildApp } from '../../app.ts';
import { fixedClock } from '../clock.ts';
import { openDatabase } from '../db/database.ts';

/**
 * The OpenAPI document exactly as /api/v1/openapi.json serves it. Building the routes needs no
 * data, so an empty in-memory database is enough: the document depends on the code alone.
 */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'embedded-memory' });
  try {
    const app = await buildApp({
      config: {
        environment: 'test',
        sessionSecret: 'x'.repeat(32),
        sessionIdleMinutes: 120,
        logLevel: 'silent',
      },
      database,
      clock: fixedClock('2016-03-15T10:00:00Z'),
      logger: false,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200)
        throw new Error(`The OpenAPI document answered ${response.statusCode}`);
      return response.json();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
