/**
 * How long `alliance serve` takes from being started to serving a page, and how much memory it
 * holds then: a cold first start (empty database: migrations and demo data) and a warm restart
 * (the same database again), on the embedded database and on a PostgreSQL server.
 * Targets: cold under 5 s, warm under 2 s. Reported, never asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createPostgresDatabase,
  median,
  memoryOf,
  postgresAvailable,
  printTable,
  saveResults,
  startService,
  type Target,
} from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 1000;
const TARGET_MS = { cold: 5_000, warm: 2_000 } as const;

interface Sample {
  readonly startMs: number;
  readonly rssMb: number;
  readonly peakMb: number;
}

/** One start: served page, then a moment to settle, then memory, then a clean stop. */
async function measureStart(target: Target): Promise<Sample> {
  const service = await startService(target);
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const memory = await memoryOf(service.child.pid as number);
    return { startMs: service.startMs, ...memory };
  } finally {
    await service.stop();
  }
}

async function embeddedSamples(): Promise<{ cold: Sample[]; warm: Sample[] }> {
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  const folders: string[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-bench-'));
      folders.push(dataDir);
      cold.push(await measureStart({ kind: 'embedded', dataDir }));
      warm.push(await measureStart({ kind: 'embedded', dataDir }));
    }
  } finally {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }
  return { cold, warm };
}

async function postgresSamples(): Promise<{ cold: Sample[]; warm: Sample[] }> {
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const database = await createPostgresDatabase();
    try {
      cold.push(await measureStart({ kind: 'postgres', url: database.url }));
      warm.push(await measureStart({ kind: 'postgres', url: database.url }));
    } finally {
      await database.drop();
    }
  }
  return { cold, warm };
}

function summarise(database: string, start: 'cold' | 'warm', samples: readonly Sample[]) {
  const times = samples.map((sample) => sample.startMs);
  const startMs = median(times);
  return {
    database,
    start,
    runs: samples.length,
    'median s': (startMs / 1000).toFixed(2),
    'min–max s': `${(Math.min(...times) / 1000).toFixed(2)}–${(Math.max(...times) / 1000).toFixed(2)}`,
    'RSS MB': Math.round(median(samples.map((sample) => sample.rssMb))),
    'peak RSS MB': Math.round(median(samples.map((sample) => sample.peakMb))),
    target: `< ${TARGET_MS[start] / 1000} s`,
    met: startMs < TARGET_MS[start] ? 'yes' : 'no',
  };
}

const rows = [];
const embedded = await embeddedSamples();
rows.push(summarise('embedded', 'cold', embedded.cold), summarise('embedded', 'warm', embedded.warm));
let postgres: { cold: Sample[]; warm: Sample[] } | undefined;
if (await postgresAvailable()) {
  postgres = await postgresSamples();
  rows.push(summarise('postgres', 'cold', postgres.cold), summarise('postgres', 'warm', postgres.warm));
} else {
  console.log('No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.');
}
printTable(rows);
console.log(`Written to ${await saveResults('startup', { summary: rows, samples: { embedded, postgres } })}`);
