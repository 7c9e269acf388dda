/**
 * How long the whole alliance's savings model takes to compute
 * (`createSavingsModelService(...).model(allianceId)`): for the demo alliance, and for a generated
 * alliance of 5,000 business areas × 5 forces × 10 years (50,000 area-years, 250,000 baselines:
 * bench/generate-finance.ts), on the embedded database and on a PostgreSQL server.
 *
 * Each database is filled by one child process and measured by another, so the memory figures are
 * the model's alone, not the generator's. A run is timed three ways: the service's `model()` as the
 * pages call it; its queries alone ("load": the same reads, side by side, as the service makes);
 * and its rules alone ("compute", on rows already loaded). Reported, never asserted.
 *
 *   npx tsx bench/finance-model.ts       (BENCH_MODEL_RUNS, default 10; BENCH_FINANCE_AREAS, default 5000)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SYSTEM_ACTOR } from '../src/platform/context.ts';
import { openDatabase, type DatabaseTarget } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createAlliancesService } from '../src/modules/alliances/alliances.service.ts';
import { loadDemoAlliance } from '../src/demo/demo-alliance.ts';
import { DEMO_ALLIANCE_NAME } from '../src/demo/demo-business-areas.ts';
import { generateFinance, type FinanceFixtureOptions } from './generate-finance.ts';
import { measureModel, type ModelFigures, type Subject } from './finance-model.measure.ts';
import { onBothDatabases, printTable, saveResults } from './support.ts';

export const FIXTURE: FinanceFixtureOptions = {
  areas: Number(process.env.BENCH_FINANCE_AREAS ?? 5000),
  forces: 5,
  years: 10,
};

interface Setup {
  readonly subjects: Subject[];
  readonly generateMs: number;
  readonly rows: Readonly<Record<string, number>>;
}

/** In the setup child: migrate, load the demo, add the generated alliance. */
async function setUp(target: DatabaseTarget): Promise<Setup> {
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    const now = new Date();
    const context = { actor: SYSTEM_ACTOR, requestId: 'bench', action: 'demo.loaded', now };
    await database.db.transaction((tx) => loadDemoAlliance(tx, context));
    const alliances = await createAlliancesService({ db: database.db, clock: { now: () => now } }).list();
    const demoId = alliances.find((a) => a.name === DEMO_ALLIANCE_NAME)?.id ?? '';
    const generated = await generateFinance(database.db, FIXTURE);
    const large = `${FIXTURE.areas} areas × ${FIXTURE.forces} forces × ${FIXTURE.years} years`;
    return {
      subjects: [
        { data: 'demo: 32 areas × 2 forces × 6 years', allianceId: demoId, now: '2016-03-15T10:00:00Z' },
        { data: large, allianceId: generated.allianceId, now: `${generated.currentYear}-09-30T10:00:00Z` },
      ],
      generateMs: Math.round(generated.ms),
      rows: generated.rows,
    };
  } finally {
    await database.close();
  }
}

/** Runs this file again as a child with `args`, and answers the JSON it prints last. */
async function inChild<T>(args: readonly string[]): Promise<T> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`The ${args[0]} step stopped with exit code ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as T;
}

async function measure(database: string, target: DatabaseTarget) {
  const setup = await inChild<Setup>(['setup', JSON.stringify(target)]);
  console.error(`${database}: demo and generated data in, generated ${setup.generateMs} ms`, setup.rows);
  const figures = await inChild<ModelFigures[]>([
    'measure',
    JSON.stringify(target),
    JSON.stringify(setup.subjects),
  ]);
  return { database, setup, figures };
}

async function main(): Promise<void> {
  const results = await onBothDatabases(async (database, target) => [await measure(database, target)]);
  const rows = results.flatMap((r) => r.figures.map((f) => ({ database: r.database, ...f.summary })));
  printTable(rows);
  const saved = await saveResults('finance-model', { fixture: FIXTURE, results });
  console.log(`Written to ${saved}`);
}

const [step, target, subjects] = process.argv.slice(2);
if (step === 'setup') {
  console.log(JSON.stringify(await setUp(JSON.parse(target ?? '{}') as DatabaseTarget)));
} else if (step === 'measure') {
  const figures = await measureModel(
    JSON.parse(target ?? '{}') as DatabaseTarget,
    JSON.parse(subjects ?? '[]') as Subject[],
  );
  console.log(JSON.stringify(figures));
} else {
  await main();
}
