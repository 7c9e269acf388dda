import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Logger } from 'drizzle-orm';
import pg from 'pg';
import path from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { withUnitOfWork } from './unit-of-work.ts';
import { createDataFolder } from './embedded-image.ts';

export type { Db, Tx } from './db-types.ts';
import type { Db } from './db-types.ts';

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
  | { kind: 'postgres'; url: string; poolSize?: number; logger?: Logger };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  switch (target.kind) {
    case 'postgres':
      return openPostgres(target.url, target.poolSize ?? 10, target.logger);
    case 'embedded-memory':
      return fromPglite(await PGlite.create(pgliteOptions()), 'memory');
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
    const dataFolder = path.join(folder, 'pglite');
    if (!existsSync(dataFolder)) await createDataFolder(dataFolder, pgliteOptions());
    const client = await PGlite.create(dataFolder, pgliteOptions());
    return fromPglite(client, folder, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * PostgreSQL's default shared_buffers (128 MB) is allocated and zeroed inside PGlite's WebAssembly
 * memory as it starts, and WebAssembly memory is never given back: 128 MB resident from the first
 * second. The embedded database is tens of MB (the demo: about 40 MB with its write-ahead log) and
 * the operating system caches its files, so 16 MB holds what the pages read.
 */
function pgliteOptions() {
  return { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] };
}

/**
 * PGlite runs each statement synchronously on this thread and settles its promise as a microtask.
 * Under load, the statements queued by the requests in flight then run back to back without the
 * event loop ever turning, so a request on a new connection is not even read until every request
 * before it is done: at 50 connections, first requests waited 10–19 s. Waiting for the next turn of
 * the event loop before each statement lets the waiting requests in, to take their turn.
 */
function takingTurnsWithIo(client: PGlite): PGlite {
  const query = client.query.bind(client);
  Object.defineProperty(client, 'query', {
    value: async (...args: Parameters<PGlite['query']>) => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return query(...args);
    },
  });
  return client;
}

function fromPglite(client: PGlite, location: string, afterClose?: () => void): Database {
  return {
    db: withUnitOfWork(drizzlePglite({ client: takingTurnsWithIo(client) }) as unknown as Db),
    kind: 'embedded',
    location,
    close: async () => {
      await client.close();
      afterClose?.();
    },
  };
}

async function openPostgres(url: string, poolSize: number, logger?: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover, a forced drop) is replaced on next use;
  // without a listener its 'error' event would end the whole process.
  pool.on('error', () => undefined);
  // Fail now, with a clear reason, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    db: withUnitOfWork(drizzlePg({ client: pool, ...(logger ? { logger } : {}) }) as unknown as Db),
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
