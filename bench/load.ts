/**
 * Many people at once: 50 concurrent connections for 60 s over a mix of signed-in pages
 * (dashboard, alliances, portfolio, pipeline, finance overview, one business area) and API reads
 * with a bearer token, on the embedded database and on a PostgreSQL server, each from a cold
 * start with the demo data. Reports requests a second, p50/p99/max latency, errors and non-2xx
 * answers, the slowest answers by address, and the service's resident memory after start, at its
 * peak while loaded, and after. Targets: no answer over 2 s, no errors, and under 500 MB resident
 * on the embedded database. Reported, never asserted.
 *
 *   npx tsx bench/load.ts [--duration SECONDS] [--connections N] [--only embedded|postgres]
 */
import autocannon, { type Request, type Result } from 'autocannon';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createPostgresDatabase,
  demoCredentials,
  memoryOf,
  postgresAvailable,
  printTable,
  saveResults,
  signIn,
  startService,
  type RunningService,
  type Target,
} from './support.ts';

const { values: flags } = parseArgs({
  options: { duration: { type: 'string' }, connections: { type: 'string' }, only: { type: 'string' } },
});
const DURATION_S = Number(flags.duration ?? process.env.BENCH_LOAD_DURATION ?? 60);
const CONNECTIONS = Number(flags.connections ?? process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const ONLY = flags.only ?? process.env.BENCH_LOAD_ONLY;
const WARM_UP_S = 3;
const SAMPLE_MS = 250;
/** Long enough that a slow answer is measured, not cut off as a timeout at autocannon's 10 s. */
const TIMEOUT_S = 60;

interface Subject {
  readonly name: string;
  readonly path: string;
  readonly headers: Record<string, string>;
}

type Row = Record<string, string | number>;

/** The demo alliance and one of its business areas, found as a person would: by following links. */
async function demoIds(baseUrl: string, cookie: string): Promise<{ allianceId: string; areaId: string }> {
  const response = await fetch(`${baseUrl}/business-areas`, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  const allianceId = /\/alliances\/([0-9a-f-]{36})\/business-areas$/.exec(
    response.headers.get('location') ?? '',
  )?.[1];
  if (!allianceId) throw new Error(`/business-areas answered ${response.status} without an alliance`);
  const portfolio = await (
    await fetch(`${baseUrl}/alliances/${allianceId}/business-areas`, { headers: { cookie } })
  ).text();
  const areaId = /href="\/business-areas\/([0-9a-f-]{36})"/.exec(portfolio)?.[1];
  if (!areaId) throw new Error('The portfolio page links to no business area');
  return { allianceId, areaId };
}

/** Creates an API token on "Your account", as a person would. */
async function apiToken(baseUrl: string, cookie: string): Promise<string> {
  const account = await (await fetch(`${baseUrl}/account`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(account)?.[1];
  if (!csrf) throw new Error('"Your account" has no CSRF token');
  const response = await fetch(`${baseUrl}/account/tokens`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, name: 'load benchmark' }),
  });
  const token = /id="token"[^>]*value="([^"]+)"/.exec(await response.text())?.[1];
  if (!token) throw new Error(`Creating an API token answered ${response.status} without a token`);
  return token;
}

async function subjectsOf(service: RunningService): Promise<Subject[]> {
  const cookie = await signIn(service.baseUrl, demoCredentials(service.output));
  const { allianceId, areaId } = await demoIds(service.baseUrl, cookie);
  const bearer = { authorization: `Bearer ${await apiToken(service.baseUrl, cookie)}` };
  const alliance = `/alliances/${allianceId}`;
  const page = (name: string, at: string) => ({ name, path: at, headers: { cookie } });
  const api = (name: string, at: string) => ({ name, path: `/api/v1${at}`, headers: bearer });
  return [
    page('page: dashboard', '/'),
    api('api: alliances', '/alliances'),
    page('page: alliances', '/alliances'),
    api('api: alliance', alliance),
    page('page: portfolio', `${alliance}/business-areas`),
    api('api: portfolio', `${alliance}/business-areas`),
    page('page: pipeline', `${alliance}/pipeline`),
    api('api: numbers', `${alliance}/numbers`),
    page('page: finance overview', `${alliance}/finance`),
    api('api: finance', `${alliance}/finance`),
    page('page: business area', `/business-areas/${areaId}`),
    api('api: business area', `/business-areas/${areaId}`),
  ];
}

/** Every address must answer 200 before the run: a redirect to sign-in would be fast and wrong. */
async function checkSubjects(baseUrl: string, subjects: readonly Subject[]): Promise<void> {
  for (const subject of subjects) {
    const response = await fetch(`${baseUrl}${subject.path}`, { headers: subject.headers, redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${subject.name} answered ${response.status}`);
  }
}

/** Samples the service's resident memory until stopped; answers the highest seen. */
function sampleMemory(pid: number): { stop(): Promise<number> } {
  let highest = 0;
  const timer = setInterval(() => {
    memoryOf(pid).then(
      ({ rssMb }) => (highest = Math.max(highest, rssMb)),
      () => undefined,
    );
  }, SAMPLE_MS);
  return {
    async stop() {
      clearInterval(timer);
      return Math.max(highest, (await memoryOf(pid)).rssMb);
    },
  };
}

/** Runs the mix; each connection sends the subjects in turn. Answers times by subject too. */
function runMix(baseUrl: string, subjects: readonly Subject[], duration: number) {
  const times = new Map<string, number[]>(subjects.map((subject) => [subject.name, []]));
  let answered = '';
  const requests: Request[] = subjects.map((subject) => ({
    method: 'GET',
    path: subject.path,
    headers: subject.headers,
    onResponse: () => (answered = subject.name),
  }));
  return new Promise<{ result: Result; times: Map<string, number[]> }>((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl, connections: CONNECTIONS, duration, timeout: TIMEOUT_S, requests },
      (error, result) => (error ? reject(error) : resolve({ result, times })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.get(answered)?.push(ms));
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function loadAverage(): Promise<string> {
  return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
}

async function measure(database: string, target: Target): Promise<{ summary: Row; bySubject: Row[] }> {
  const service = await startService(target);
  try {
    const pid = service.child.pid as number;
    const subjects = await subjectsOf(service);
    await checkSubjects(service.baseUrl, subjects);
    const afterStart = await memoryOf(pid);
    const loadBefore = await loadAverage();
    await runMix(service.baseUrl, subjects, WARM_UP_S);
    const sampler = sampleMemory(pid);
    const { result, times } = await runMix(service.baseUrl, subjects, DURATION_S);
    const peakDuring = await sampler.stop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await memoryOf(pid);
    const summary: Row = {
      database,
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
