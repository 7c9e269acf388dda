import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { createTestDatabase } from '../testing/test-database.ts';

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('does nothing on a database that is up to date, however many processes start at once', async () => {
    const results = await Promise.all([migrate(database.db), migrate(database.db), migrate(database.db)]);
    expect(results).toEqual([[], [], []]);
  });

  it('records every migration it applied', async () => {
    const result = await database.db.execute(sql`select tag from alliance_migrations order by tag`);
    const rows = (result as unknown as { rows: { tag: string }[] }).rows;
    expect(rows.map((row) => row.tag)[0]).toMatch(/^0000_/);
  });
});
