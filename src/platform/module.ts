import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';

/** What the composition root gives every module: the database (its open transaction inside a unit of work), the clock, and cookie policy. */
export interface ModuleDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly secureCookies: boolean;
}

/**
 * A capability as the composition root sees it. Each module's `index.ts` builds one from its dependencies
 * (including other modules' public functions) and the root registers them in order.
 */
export interface AppModule {
  readonly name: string;
  register(app: FastifyInstance): void;
}
