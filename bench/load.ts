/**
 * Many people at once: 50 concurrent connections for 60 s over a mix of signed-in pages
 * (dashboard, alliances, portfolio, pipeline, finance overview, one business area) and API reads
 * with a bearer token, on the embedded database and on a PostgreSQL server, each from a cold
 * start with the demo data. Reports requests a second, p50/p99/max latency, errors and non-2xx
 * answers, the slowest answers by address, and the service's resident memory after start, at its
 * peak while loaded, and after. Targets: no answer over 2 s, no errors, and under 500 MB resident
 * on the embedded database. Reported, never asserted.
 *
 *   npx tsx bench/load.ts [--duration SECONDS] [--connections N] [--only embedded|postgres] [--restart]
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSubjects, runMix, sampleMemory, subjectsOf } from './load-mix.ts';
import {
  createPostgresDatabase,
  memoryOf,
  postgresAvailable,
  printTable,
  saveResults,
  startService,
  type RunningService,
  type Target,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    restart: { type: 'boolean' },
  },
});
const DURATION_S = Number(flags.duration ?? process.env.BENCH_LOAD_DURATION ?? 60);
const CONNECTIONS = Number(flags.connections ?? process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const ONLY = flags.only ?? process.env.BENCH_LOAD_ONLY;
/** Measure a second start of the same database (every start but the first) rather than the first. */
const RESTART = flags.restart ?? process.env.BENCH_LOAD_RESTART === '1';
const WARM_UP_S = 3;

type Row = Record<string, string | number>;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function loadAverage(): Promise<string> {
  return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
}

/** A first start on the empty database, or with RESTART a second one, keeping the first's output. */
async function serviceFor(target: Target): Promise<RunningService> {
  const first = await startService(target);
  if (!RESTART) return first;
  await first.stop();
  const second = await startService(target);
  second.output.unshift(...first.output);
  return second;
}

async function measure(database: string, target: Target): Promise<{ summary: Row; bySubject: Row[] }> {
  const service = await serviceFor(target);
  try {
    const pid = service.child.pid as number;
    const subjects = await subjectsOf(service);
    await checkSubjects(service.baseUrl, subjects);
    const afterStart = await memoryOf(pid);
    const loadBefore = await loadAverage();
    await runMix(service.baseUrl, subjects, WARM_UP_S, CONNECTIONS);
    // autocannon drops its connections at the end of the warm-up, leaving up to 50 requests in
    // the service that nobody waits for; answering each address once more waits them out.
    await checkSubjects(service.baseUrl, subjects);
    const sampler = sampleMemory(pid);
    const { result, times } = await runMix(service.baseUrl, subjects, DURATION_S, CONNECTIONS);
    const peakDuring = await sampler.stop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await memoryOf(pid);
    const summary: Row = {
      database: RESTART ? `${database} (restarted)` : database,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      requests: result.requests.total,
      'over 2 s': [...times.values()].flat().filter((ms) => ms > 2000).length,
      errors: result.errors + result.timeouts,
      'non-2xx': result.non2xx,
      'RSS start MB': Math.round(afterStart.rssMb),
      'RSS peak MB': Math.round(peakDuring),
      'RSS after MB': Math.round(after.rssMb),
      'VmHWM MB': Math.round(after.peakMb),
      'load avg': `${loadBefore} → ${await loadAverage()}`,
    };
    const bySubject = [...times].map(([name, ms]) => ({
      database,
      address: name,
      requests: ms.length,
      'p50 ms': Math.round(percentile(ms, 50)),
      'p99 ms': Math.round(percentile(ms, 99)),
      'max ms': Math.round(Math.max(...ms)),
    }));
    return { summary, bySubject };
  } finally {
    await service.stop();
  }
}

async function measureEmbedded() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-bench-'));
  try {
    return await measure('embedded', { kind: 'embedded', dataDir });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measurePostgres() {
  if (!(await postgresAvailable())) {
    console.log('No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.');
    return undefined;
  }
  const database = await createPostgresDatabase();
  try {
    return await measure('postgres', { kind: 'postgres', url: database.url });
  } finally {
    await database.drop();
  }
}

const runs = [];
if (ONLY !== 'postgres') runs.push(await measureEmbedded());
if (ONLY !== 'embedded') {
  const postgres = await measurePostgres();
  if (postgres) runs.push(postgres);
}
printTable(runs.map((run) => run.summary));
console.log();
printTable(runs.flatMap((run) => run.bySubject));
const file = await saveResults('load', {
  connections: CONNECTIONS,
  durationSeconds: DURATION_S,
  summary: runs.map((run) => run.summary),
  bySubject: runs.flatMap((run) => run.bySubject),
});
console.log(`Written to ${file}`);
