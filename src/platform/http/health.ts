import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

export interface BuildInfo {
  readonly name: string;
  readonly version: string;
}

/** /health checks the database; /ping only that the process answers; /info what is running. */
export function setUpHealth(app: FastifyInstance, database: Database, build: BuildInfo): void {
  app.get('/ping', { config: { access: 'public' } }, async () => ({ status: 'UP' }));
  app.get('/health', { config: { access: 'public' } }, async (_request, reply) => {
    const started = performance.now();
    try {
      await database.db.execute(sql`select 1`);
      return {
        status: 'UP',
        components: { database: { status: 'UP', kind: database.kind, ms: elapsed(started) } },
      };
    } catch {
      return reply
        .status(503)
        .send({ status: 'DOWN', components: { database: { status: 'DOWN', kind: database.kind } } });
    }
  });
  app.get('/info', { config: { access: 'public' } }, async () => ({
    name: build.name,
    version: build.version,
    database: database.kind,
    node: process.version,
    uptimeSeconds: Math.round(process.uptime()),
  }));
}

function elapsed(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}
