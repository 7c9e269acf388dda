/**
 * Importing a 50,000-row costs spreadsheet (bench/README.md): a generated alliance of 5,000
 * business areas and two forces, five financial years of baselines and combined costs, written
 * as .xlsx and as .csv, and each imported through the import service as the CLI does. Each import
 * runs in a process of its own, so its time and memory are its own: the time of each stage
 * (reading, checking, saving), resident memory before it and its peak while it ran. On the
 * embedded database and on a PostgreSQL server.
 *
 *   npx tsx bench/finance-import.ts
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../src/platform/clock.ts';
import { csvText } from '../src/platform/csv.ts';
import { openDatabase, type DatabaseTarget } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { formatMoneyForInput } from '../src/platform/money.ts';
import { createBusinessAreasService } from '../src/modules/business-areas/portfolio/business-areas.service.ts';
import { areasOf } from '../src/modules/finance/finance.repo.ts';
import {
  createFinanceImportService,
  type ImportStage,
} from '../src/modules/finance/spreadsheets/finance-import.service.ts';
import { IMPORTED_COLUMNS, COLUMNS } from '../src/modules/finance/spreadsheets/finance-spreadsheet.domain.ts';
import type { Table } from '../src/modules/finance/spreadsheets/finance-spreadsheet-export.domain.ts';
import { writeXlsx } from '../src/modules/finance/spreadsheets/finance-spreadsheet.io.ts';
import { generateBusinessAreas } from './generate.ts';
import { randomFrom } from './generate.rows.ts';
import { createPostgresDatabase, memoryOf, postgresAvailable, printTable, saveResults } from './support.ts';

const AREAS = Number(process.env.BENCH_FINANCE_AREAS ?? 5_000);
const YEARS = [2015, 2016, 2017, 2018, 2019];
const SAMPLE_MS = 20;

type Figures = {
  readonly database: string;
  readonly file: string;
  readonly MB: number;
  readonly rows: number;
  readonly 'total s': number;
  readonly 'reading s': number;
  readonly 'checking s': number;
  readonly 'saving s': number;
  readonly 'RSS before MB': number;
  readonly 'peak RSS MB': number;
};

/** The generated alliance as rows of the costs file: every area, year and force. */
async function costsTable(target: DatabaseTarget): Promise<{ allianceId: string; table: Table }> {
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    const generated = await generateBusinessAreas(database.db, {
      alliances: 1,
      areasPerAlliance: AREAS,
      prefix: 'Import',
    });
    const allianceId = generated.allianceIds[0] as string;
    const areas = await areasOf(database.db, allianceId);
    const { memberForces } = await createBusinessAreasService({
      db: database.db,
      clock: systemClock,
    }).alliance(allianceId);
    const random = randomFrom(2016);
    const rows = areas.flatMap((area) =>
      YEARS.flatMap((year) => {
        const target = Math.floor(random() * 50_000_000_00);
        return memberForces.map((force) => [
          area.name,
          `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
          force.name,
          Math.floor(random() * 40_000_000_00),
          year >= 2017 ? target : null,
          year === 2017 ? Math.floor(target / 20) : 0,
        ]);
      }),
    );
    const columns = IMPORTED_COLUMNS.map((key) => ({
      header: COLUMNS[key],
      format: ['businessArea', 'financialYear', 'force'].includes(key)
        ? ('text' as const)
        : ('money' as const),
      width: 20,
    }));
    return { allianceId, table: { name: 'Savings model', columns, rows } };
  } finally {
    await database.close();
  }
}

function csvOf(table: Table): Buffer {
  const rows = table.rows.map((row) =>
    row.map((cell, i) =>
      cell === null
        ? ''
        : table.columns[i]?.format === 'money'
          ? formatMoneyForInput(cell as number)
          : String(cell),
    ),
  );
  return Buffer.from(csvText([table.columns.map((c) => c.header), ...rows]), 'utf8');
}

/** In the child: one import, timed by stage, with its memory sampled. */
async function importOnce(target: DatabaseTarget, allianceId: string, file: string): Promise<void> {
  const database = await openDatabase(target);
  const bytes = await readFile(file);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), SAMPLE_MS);
  const stages: Partial<Record<ImportStage, number>> = {};
  const started = performance.now();
  const summary = await createFinanceImportService({ db: database.db, clock: systemClock }).importFile(
    {
      actor: { userId: null, label: 'Benchmark' },
      requestId: 'bench',
      action: 'finance.imported',
      now: new Date(),
    },
    allianceId,
    { fileName: path.basename(file), bytes },
    { onProgress: (_done, _total, stage) => (stages[stage] = performance.now()) },
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await database.close();
  const hwm = await memoryOf(process.pid);
  console.log(
    JSON.stringify({ ms, stages, started, rssBefore, peak, hwmMb: hwm.peakMb, rows: summary.rows }),
  );
}

async function runChild(target: DatabaseTarget, allianceId: string, file: string) {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', self, '--child', JSON.stringify({ target, allianceId, file })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`The import of ${file} failed (exit ${code}): ${output}`);
  return JSON.parse(output.trim().split('\n').at(-1) as string) as {
    ms: number;
    started: number;
    stages: Partial<Record<ImportStage, number>>;
    rssBefore: number;
    peak: number;
    hwmMb: number;
    rows: number;
  };
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function measure(database: string, target: DatabaseTarget, folder: string): Promise<Figures[]> {
  const { allianceId, table } = await costsTable(target);
  const files = {
    xlsx: path.join(folder, 'costs.xlsx'),
    csv: path.join(folder, 'costs.csv'),
  };
  await writeFile(files.xlsx, await writeXlsx([table]));
  await writeFile(files.csv, csvOf(table));
  const figures: Figures[] = [];
  // The first import inserts every row; the second finds them all there and updates them.
  for (const [kind, file] of Object.entries(files)) {
    const run = await runChild(target, allianceId, file);
    const { reading = run.started, checking = reading, saving = checking } = run.stages;
    figures.push({
      database,
      file: kind === 'xlsx' ? 'xlsx (first: inserts)' : 'csv (again: updates)',
      MB: Math.round(((await readFile(file)).length / 1024 / 1024) * 10) / 10,
      rows: run.rows,
      'total s': seconds(run.ms),
      'reading s': seconds(reading - run.started),
      'checking s': seconds(checking - reading),
      'saving s': seconds(saving - checking),
      'RSS before MB': mb(run.rssBefore),
      'peak RSS MB': Math.max(mb(run.peak), Math.round(run.hwmMb)),
    });
  }
  return figures;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'alliance-bench-import-'));
  const rows: Figures[] = [];
  try {
    rows.push(
      ...(await measure('embedded', { kind: 'embedded', dataDir: path.join(folder, 'data') }, folder)),
    );
    if (await postgresAvailable()) {
      const database = await createPostgresDatabase();
      try {
        rows.push(...(await measure('postgres', { kind: 'postgres', url: database.url }, folder)));
      } finally {
        await database.drop();
      }
    } else {
      console.log(
        'No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.',
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  printTable(rows);
  console.log(
    `Written to ${await saveResults('finance-import', { areas: AREAS, years: YEARS, imports: rows })}`,
  );
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const { target, allianceId, file } = JSON.parse(process.argv[childAt + 1] as string);
  await importOnce(target, allianceId, file);
} else {
  await main();
}
