import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { createChangeCache } from './change-cache.ts';
import type { Database, Db } from './database.ts';

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.execute(sql`create table change_cache_probe (n integer not null)`);
  await db.execute(sql`insert into change_cache_probe values (1)`);
});
afterAll(() => database.close());

async function rowCount(): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from change_cache_probe`);
  // PGlite and node-postgres both answer with `rows`; drizzle types the result loosely.
  const { rows } = result as unknown as { rows: { n: number }[] };
  return rows[0]?.n ?? 0;
}

describe('figures kept until the next change', () => {
  it('never keeps what it read inside a transaction, which may yet roll back', async () => {
    const counter = async () => 7; // the same change counter before and after the rollback
    const cache = createChangeCache<number>(counter, { maxEntries: 4 });
    const rolledBack = db.transaction(async () => {
      await db.execute(sql`insert into change_cache_probe values (2)`);
      expect(await cache.get('rows', rowCount)).toBe(2);
      throw new Error('the change is refused');
    });
    await expect(rolledBack).rejects.toThrow('the change is refused');
    expect(await cache.get('rows', rowCount)).toBe(1);
  });

  it('keeps figures read outside a transaction while the counter stands still', async () => {
    let loads = 0;
    const cache = createChangeCache<number>(async () => 8, { maxEntries: 4 });
    const load = async () => {
      loads += 1;
      return rowCount();
    };
    await cache.get('rows', load);
    await cache.get('rows', load);
    expect(loads).toBe(1);
  });
});
