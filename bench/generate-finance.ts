/**
 * A large finance fixture for the savings-model benchmark, not a demo: one alliance of F police
 * forces with N business areas and Y financial years of costs, so N × Y area-years and N × Y × F
 * baselines, with the cost-sharing bases, realised savings and forecasts the model reads. Rows go
 * straight into the tables, a few thousand per statement, in one transaction; no audit trail.
 *
 *   npx tsx bench/generate-finance.ts --data-dir /tmp/alliance-data [--areas 5000] [--forces 5] [--years 10]
 *   DATABASE_URL=postgres://… npx tsx bench/generate-finance.ts
 *
 * The database is migrated first if it needs to be. Names start with --prefix ("Bench finance").
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { PgTable } from 'drizzle-orm/pg-core';
import { openDatabase, type Db, type DatabaseTarget } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { organisationBudgets, organisations } from '../src/modules/organisations/organisations.tables.ts';
import { allianceMembers, alliances } from '../src/modules/alliances/alliances.tables.ts';
import { businessAreas } from '../src/modules/business-areas/business-areas.tables.ts';
import {
  costSharingBases,
  financeAreaYears,
  financeBaselines,
  savingsActuals,
  savingsForecasts,
} from '../src/modules/finance/finance.tables.ts';
import { buildFinanceRows, type FinanceFixtureOptions, type Rows } from './generate-finance.rows.ts';

export type { FinanceFixtureOptions };

export interface GeneratedFinance {
  readonly allianceId: string;
  /** The financial year the fixture is "in": earlier years have ended and have realised savings. */
  readonly currentYear: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly ms: number;
}

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

export async function generateFinance(db: Db, options: FinanceFixtureOptions): Promise<GeneratedFinance> {
  const started = performance.now();
  const { rows, allianceId, currentYear } = buildFinanceRows(options);
  await insertRows(db, rows);
  const counts = Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));
  return { allianceId, currentYear, rows: counts, ms: performance.now() - started };
}

async function insertRows(db: Db, rows: Rows): Promise<void> {
  // In the order the foreign keys need.
  const tables: [PgTable, readonly object[]][] = [
    [organisations, rows.organisations],
    [organisationBudgets, rows.budgets],
    [alliances, rows.alliances],
    [allianceMembers, rows.members],
    [businessAreas, rows.areas],
    [costSharingBases, rows.bases],
    [financeAreaYears, rows.areaYears],
    [financeBaselines, rows.baselines],
    [savingsActuals, rows.actuals],
    [savingsForecasts, rows.forecasts],
  ];
  await db.transaction(async (tx) => {
    for (const [table, tableRows] of tables) await insertInBatches(tx, table, tableRows);
  });
}

/** Opens the database, migrates it if needed, generates, and closes it again. */
export async function generateFinanceInto(
  target: DatabaseTarget,
  options: FinanceFixtureOptions,
): Promise<GeneratedFinance> {
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    return await generateFinance(database.db, options);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      areas: { type: 'string', default: '5000' },
      forces: { type: 'string', default: '5' },
      years: { type: 'string', default: '10' },
      prefix: { type: 'string', default: 'Bench finance' },
      'data-dir': { type: 'string' },
    },
  });
  const options = {
    areas: Number(values.areas),
    forces: Number(values.forces),
    years: Number(values.years),
    prefix: values.prefix,
  };
  if (![options.areas, options.forces, options.years].every((n) => Number.isInteger(n) && n > 0))
    throw new Error('--areas, --forces and --years take whole numbers above 0');
  const url = process.env.DATABASE_URL;
  const dataDir = values['data-dir'];
  if (!url && !dataDir) throw new Error('Give the database: --data-dir <folder> (embedded), or DATABASE_URL');
  const target: DatabaseTarget = url
    ? { kind: 'postgres', url }
    : { kind: 'embedded', dataDir: path.resolve(dataDir as string) };
  const generated = await generateFinanceInto(target, options);
  console.log(`Generated in ${(generated.ms / 1000).toFixed(1)} s:`, generated.rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
