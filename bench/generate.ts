/**
 * A large-data fixture for the benchmarks, not a demo: N alliances of two police forces each, M
 * business areas per alliance with baselines for both forces, spread across the stages with the
 * stage moves that took them there. Rows go straight into the tables, a few thousand per
 * statement, in one transaction; no audit trail, approvals, boards or meetings are made.
 *
 *   npx tsx bench/generate.ts --data-dir /tmp/alliance-data [--alliances 100] [--areas 50]
 *   DATABASE_URL=postgres://… npx tsx bench/generate.ts [--alliances 100] [--areas 50]
 *
 * The database is migrated first if it needs to be. The embedded folder must not be in use by a
 * running service. Names start with --prefix ("Bench"), so a second set needs another prefix.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { PgTable } from 'drizzle-orm/pg-core';
import { openDatabase, type Db, type DatabaseTarget } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { organisations, officeHolders } from '../src/modules/organisations/organisations.tables.ts';
import { alliances, allianceMembers } from '../src/modules/alliances/alliances.tables.ts';
import {
  businessAreaBaselines,
  businessAreas,
  stageMoves,
} from '../src/modules/business-areas/business-areas.tables.ts';
import { addAlliance, addArea, emptyRows, randomFrom } from './generate.rows.ts';

export interface GenerateOptions {
  readonly alliances: number;
  readonly areasPerAlliance: number;
  readonly prefix?: string;
  readonly seed?: number;
}

export interface Generated {
  readonly allianceIds: readonly string[];
  readonly rows: Readonly<Record<string, number>>;
  readonly ms: number;
}

/** Postgres allows 65,535 parameters a statement; stay under it, and at a few thousand rows. */
const MAX_PARAMETERS = 60_000;
const MAX_ROWS_PER_STATEMENT = 5_000;

async function insertInBatches(db: Db, table: PgTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size) as never);
  }
}

export async function generateBusinessAreas(db: Db, options: GenerateOptions): Promise<Generated> {
  const started = performance.now();
  const random = randomFrom(options.seed ?? 2016);
  const now = new Date();
  const rows = emptyRows();
  const allianceIds: string[] = [];
  for (let number = 1; number <= options.alliances; number += 1) {
    const alliance = addAlliance(rows, options.prefix ?? 'Bench', number, now);
    allianceIds.push(alliance.id);
    for (let index = 0; index < options.areasPerAlliance; index += 1)
      addArea(rows, alliance, index, random, now);
  }
  // In the order the foreign keys need.
  const tables: [PgTable, readonly object[]][] = [
    [organisations, rows.organisations],
    [officeHolders, rows.officeHolders],
    [alliances, rows.alliances],
    [allianceMembers, rows.allianceMembers],
    [businessAreas, rows.areas],
    [businessAreaBaselines, rows.baselines],
    [stageMoves, rows.moves],
  ];
  await db.transaction(async (tx) => {
    for (const [table, tableRows] of tables) await insertInBatches(tx, table, tableRows);
  });
  const counts = Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));
  return { allianceIds, rows: counts, ms: performance.now() - started };
}

/** Opens the database, migrates it if needed, generates, and closes it again. */
export async function generateInto(target: DatabaseTarget, options: GenerateOptions): Promise<Generated> {
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    return await generateBusinessAreas(database.db, options);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      alliances: { type: 'string', default: '100' },
      areas: { type: 'string', default: '50' },
      prefix: { type: 'string', default: 'Bench' },
      'data-dir': { type: 'string' },
    },
  });
  const options = {
    alliances: Number(values.alliances),
    areasPerAlliance: Number(values.areas),
    prefix: values.prefix,
  };
  if (![options.alliances, options.areasPerAlliance].every((n) => Number.isInteger(n) && n > 0))
    throw new Error('--alliances and --areas take whole numbers above 0');
  const url = process.env.DATABASE_URL;
  const dataDir = values['data-dir'];
  if (!url && !dataDir) throw new Error('Give the database: --data-dir <folder> (embedded), or DATABASE_URL');
  const target: DatabaseTarget = url
    ? { kind: 'postgres', url }
    : { kind: 'embedded', dataDir: path.resolve(dataDir as string) };
  const generated = await generateInto(target, options);
  console.log(`Generated in ${(generated.ms / 1000).toFixed(1)} s:`, generated.rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
