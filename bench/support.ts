import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The PostgreSQL server the benchmarks make their own databases on (and drop them after). */
export const POSTGRES_SERVER_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type Target = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export interface RunningService {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** From spawning the process to the first 200 answer to GET /sign-in. */
  readonly startMs: number;
  /** Everything the service wrote to standard output so far. */
  readonly output: string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts `alliance serve` as a person would, and times it until a page is served. */
export async function startService(target: Target): Promise<RunningService> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...(target.kind === 'embedded' ? { ALLIANCE_DATA_DIR: target.dataDir } : { DATABASE_URL: target.url }),
  };
  if (target.kind === 'embedded') delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/alliance.js'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => output.push(...chunk.split('\n')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForPage(`${baseUrl}/sign-in`, child);
  const startMs = performance.now() - started;
  return {
    child,
    baseUrl,
    startMs,
    output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPage(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The service stopped (exit ${child.exitCode}) before serving ${url}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resident and peak memory of a process, in MB, from /proc (Linux). */
export async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The demo administrator's password, which a first start prints once. */
export function demoCredentials(output: readonly string[]): { email: string; password: string } {
  for (const line of output) {
    const match = /as (\S+@\S+) with the password (\S+)/.exec(line);
    if (match) return { email: match[1] as string, password: match[2] as string };
  }
  throw new Error('The service did not print the demo administrator password: was the database empty?');
}

/** A new, empty database on the PostgreSQL server, dropped by the returned function. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `alliance_bench_${crypto.randomUUID().slice(0, 8)}`;
  await onServer(`create database ${name}`);
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
}

export async function postgresAvailable(): Promise<boolean> {
  return onServer('select 1').then(
    () => true,
    () => false,
  );
}

/**
 * Runs one measurement on the embedded database (in a fresh data folder) and then, when a server
 * answers, on a fresh PostgreSQL database; both are removed afterwards.
 */
export async function onBothDatabases<Row>(
  measure: (database: string, target: Target) => Promise<Row[]>,
  options: { only?: string | undefined } = {},
): Promise<Row[]> {
  const rows: Row[] = [];
  if (options.only !== 'postgres') rows.push(...(await onEmbedded(measure)));
  if (options.only === 'embedded') return rows;
  if (!(await postgresAvailable())) {
    console.log('No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.');
    return rows;
  }
  const database = await createPostgresDatabase();
  try {
    rows.push(...(await measure('postgres', { kind: 'postgres', url: database.url })));
  } finally {
    await database.drop();
  }
  return rows;
}

async function onEmbedded<Row>(
  measure: (database: string, target: Target) => Promise<Row[]>,
): Promise<Row[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'alliance-bench-'));
  try {
    return await measure('embedded', { kind: 'embedded', dataDir });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function machine(): Record<string, string | number> {
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  };
}

export function printTable(rows: readonly Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (column: string) => Math.max(column.length, ...rows.map((row) => String(row[column]).length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(line(columns.map((column) => column.padEnd(width(column)))));
  console.log(line(columns.map((column) => '-'.repeat(width(column)))));
  for (const row of rows)
    console.log(line(columns.map((column) => String(row[column]).padEnd(width(column)))));
}

/** Writes bench/results/<name>.json (git-ignored): the figures and the machine they came from. */
export async function saveResults(name: string, results: unknown): Promise<string> {
  const folder = path.join(ROOT, 'bench/results');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${name}.json`);
  const body = { measuredAt: new Date().toISOString(), machine: machine(), results };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] as string);
}

/**
 * Signs in through the form, as a browser would: the CSRF cookie and token, then the session
 * cookie. Answers the Cookie header that carries the session.
 */
export async function signIn(
  baseUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const form = await fetch(`${baseUrl}/sign-in`);
  const html = await form.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('The sign-in page has no CSRF token');
  const csrfCookies = cookiesFrom(form);
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies.join('; ') },
    body: new URLSearchParams({ _csrf: token, ...credentials, returnTo: '/' }),
  });
  await response.arrayBuffer();
  if (response.status !== 303) throw new Error(`Signing in answered ${response.status}`);
  return [...csrfCookies, ...cookiesFrom(response)].join('; ');
}

export const CONNECTIONS = 10;
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARM_UP_S = 2;

// A type, not an interface, so rows fit the table printer's Record<string, string | number>.
export type LoadFigures = {
  readonly 'req/s': number;
  readonly 'p50 ms': number;
  readonly 'p99 ms': number;
  readonly requests: number;
  readonly 'non-2xx': number;
  readonly errors: number;
  /** The service's own CPU time over the run, per request: steadier than req/s on a busy machine. */
  readonly 'CPU ms/req'?: number;
};

/** User and system CPU time a process has used so far, in ms, from /proc (Linux, 100 ticks a second). */
export async function cpuTimeMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function load(url: string, headers: Record<string, string>, duration: number) {
  return autocannon({ url, connections: CONNECTIONS, duration, headers });
}

/**
 * Checks the page answers 200 (a redirect to sign-in would be fast and wrong), warms up, then
 * loads it with CONNECTIONS connections for DURATION_S seconds.
 */
export async function measureLoad(
  url: string,
  headers: Record<string, string> = {},
  servicePid?: number,
): Promise<LoadFigures> {
  const check = await fetch(url, { headers, redirect: 'manual' });
  await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`${url} answered ${check.status} before the run`);
  await load(url, headers, WARM_UP_S);
  const cpuBefore = servicePid === undefined ? 0 : await cpuTimeMs(servicePid);
  const result = await load(url, headers, DURATION_S);
  const cpuMs = servicePid === undefined ? undefined : (await cpuTimeMs(servicePid)) - cpuBefore;
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
    ...(cpuMs === undefined ? {} : { 'CPU ms/req': Math.round((100 * cpuMs) / result.requests.total) / 100 }),
  };
}

/** The alliance "Business areas" in the menu leads to: the demo's, the first active one. */
export async function demoAllianceId(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/business-areas`, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  const location = response.headers.get('location') ?? '';
  const id = /\/alliances\/([0-9a-f-]{36})\/business-areas$/.exec(location)?.[1];
  if (!id) throw new Error(`/business-areas answered ${response.status} without an alliance to go to`);
  return id;
}
