import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { Database, Db } from './database.ts';

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.execute(sql`create table unit_of_work_probe (label text not null)`);
});
afterAll(() => database.close());

/** What a module that only holds the database (not the transaction) sees. */
async function labelsSeenByAnotherModule(): Promise<string[]> {
  const result = await db.execute(sql`select label from unit_of_work_probe order by label`);
  // PGlite and node-postgres both answer with `rows`; drizzle types the result loosely.
  const { rows } = result as unknown as { rows: { label: string }[] };
  return rows.map((row) => row.label);
}

describe('the unit of work', () => {
  it('lets a function holding only the database read and write inside the open transaction', async () => {
    const seenInside = await db.transaction(async (tx) => {
      await tx.execute(sql`insert into unit_of_work_probe values ('committed')`);
      return labelsSeenByAnotherModule();
    });
    expect(seenInside).toEqual(['committed']);
    expect(await labelsSeenByAnotherModule()).toEqual(['committed']);
  });

  it('rolls back what another module wrote when the transaction fails', async () => {
    const failing = db.transaction(async () => {
      await db.execute(sql`insert into unit_of_work_probe values ('rolled back')`);
      throw new Error('the change is refused');
    });
    await expect(failing).rejects.toThrow('the change is refused');
    expect(await labelsSeenByAnotherModule()).toEqual(['committed']);
  });

  it('makes a transaction begun inside another a savepoint of it', async () => {
    await db.transaction(async () => {
      await db.execute(sql`insert into unit_of_work_probe values ('outer')`);
      await db
        .transaction(async () => {
          await db.execute(sql`insert into unit_of_work_probe values ('inner')`);
          throw new Error('inner refused');
        })
        .catch(() => undefined);
    });
    expect(await labelsSeenByAnotherModule()).toEqual(['committed', 'outer']);
  });
});
