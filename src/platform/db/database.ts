import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';

/** The database or an open transaction: repos take either. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** Where the data lives, for messages: a folder, "memory", or the server with any password hidden. */
  readonly location: string;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'embedded-memory' }
  | { kind: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  switch (target.kind) {
    case 'postgres':
      return openPostgres(target.url, target.poolSize ?? 10);
    case 'embedded-memory':
      return fromPglite(await PGlite.create(), 'memory');
    case 'embedded':
      return openEmbedded(target.dataDir);
  }
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const folder = path.resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  // PGlite does not lock its folder itself; two processes writing one folder would corrupt it.
  const lock: DataDirLock = acquireDataDirLock(folder);
  try {
    const client = await PGlite.create(path.join(folder, 'pglite'));
    return fromPglite(client, folder, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function fromPglite(client: PGlite, location: string, afterClose?: () => void): Database {
  return {
    db: drizzlePglite({ client }) as unknown as Db,
    kind: 'embedded',
    location,
    close: async () => {
      await client.close();
      afterClose?.();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover, a forced drop) is replaced on next use;
  // without a listener its 'error' event would end the whole process.
  pool.on('error', () => undefined);
  // Fail now, with a clear reason, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    db: drizzlePg({ client: pool }) as unknown as Db,
    kind: 'postgres',
    location: describePostgresUrl(url),
    close: () => pool.end(),
  };
}

export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'PostgreSQL server';
  }
}
