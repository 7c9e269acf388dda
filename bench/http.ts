/**
 * Requests per second and 99th-percentile latency with 10 concurrent connections, for the
 * signed-in dashboard ("/") against the ceiling: a page of the same layout that does no database
 * work at all (the public accessibility statement, requested without a session). Between them,
 * the same page signed in measures the session lookup alone. On the embedded database and on a
 * PostgreSQL server; the service runs as `alliance serve` in its own process.
 */
import autocannon from 'autocannon';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createPostgresDatabase,
  demoCredentials,
  postgresAvailable,
  printTable,
  saveResults,
  startService,
  type RunningService,
  type Target,
} from './support.ts';

const CONNECTIONS = 10;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARM_UP_S = 2;

// A type, not an interface, so rows fit the table printer's Record<string, string | number>.
type PageFigures = {
  readonly database: string;
  readonly page: string;
  readonly 'req/s': number;
  readonly 'p50 ms': number;
  readonly 'p99 ms': number;
  readonly requests: number;
  readonly 'non-2xx': number;
  readonly errors: number;
};

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] as string);
}

/** Signs in through the form, as a browser would: the CSRF cookie and token, then the session cookie. */
async function signIn(service: RunningService): Promise<string> {
  const { email, password } = demoCredentials(service.output);
  const form = await fetch(`${service.baseUrl}/sign-in`);
  const html = await form.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('The sign-in page has no CSRF token');
  const csrfCookies = cookiesFrom(form);
  const response = await fetch(`${service.baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies.join('; ') },
    body: new URLSearchParams({ _csrf: token, email, password, returnTo: '/' }),
  });
  if (response.status !== 303) throw new Error(`Signing in answered ${response.status}`);
  return [...csrfCookies, ...cookiesFrom(response)].join('; ');
}

async function load(url: string, headers: Record<string, string>, duration: number) {
  return autocannon({ url, connections: CONNECTIONS, duration, headers });
}

async function measurePage(
  database: string,
  page: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<PageFigures> {
  const check = await fetch(url, { headers, redirect: 'manual' });
  await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`${url} answered ${check.status} before the run`);
  await load(url, headers, WARM_UP_S);
  const result = await load(url, headers, DURATION_S);
  return {
    database,
    page,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function measure(database: string, target: Target): Promise<PageFigures[]> {
  const service = await startService(target);
  try {
    const cookie = await signIn(service);
    return [
      await measurePage(database, '/ (signed in)', `${service.baseUrl}/`, { cookie }),
      await measurePage(database, '/accessibility (signed in)', `${service.baseUrl}/accessibility`, {
        cookie,
      }),
      await measurePage(database, '/accessibility (no session)', `${service.baseUrl}/accessibility`),
    ];
  } finally {
    await service.stop();
  }
}

const rows: PageFigures[] = [];
const dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-bench-'));
try {
  rows.push(...(await measure('embedded', { kind: 'embedded', dataDir })));
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
if (await postgresAvailable()) {
  const database = await createPostgresDatabase();
  try {
    rows.push(...(await measure('postgres', { kind: 'postgres', url: database.url })));
  } finally {
    await database.drop();
  }
} else {
  console.log('No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.');
}
printTable(rows);
console.log(
  `Written to ${await saveResults('http', { connections: CONNECTIONS, durationSeconds: DURATION_S, pages: rows })}`,
);
