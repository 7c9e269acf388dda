import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './db-types.ts';

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

interface JournalEntry {
  idx: number;
  tag: string;
}

/** Any number of processes may start at once on one server: the advisory lock makes them take turns. */
const MIGRATION_LOCK_KEY = 7_220_160_301;

export async function migrate(db: Db, folder = MIGRATIONS_FOLDER): Promise<string[]> {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(
      sql`create table if not exists alliance_migrations (tag text primary key, applied_at timestamptz not null default now())`,
    );
  });
  const applied: string[] = [];
  for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
    const statements = readFileSync(path.join(folder, `${entry.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean);
    const ran = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      const done = await tx.execute(sql`select 1 from alliance_migrations where tag = ${entry.tag}`);
      if (rowCount(done) > 0) return false;
      for (const statement of statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into alliance_migrations (tag) values (${entry.tag})`);
      return true;
    });
    if (ran) applied.push(entry.tag);
  }
  return applied;
}

/**
 * Runs `work` in one transaction holding the migrations' advisory lock, so that processes starting
 * together on one new database take turns at first-start work (the demo) as they do at migrations:
 * the second sees what the first committed.
 */
export async function underStartLock<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    return work(tx as unknown as Db);
  });
}

/** PGlite and node-postgres both answer with `rows`; drizzle types the result loosely. */
function rowCount(result: unknown): number {
  return (result as { rows: unknown[] }).rows.length;
}
