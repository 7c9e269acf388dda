/**
 * Requests per second and 99th-percentile latency with 10 concurrent connections for the two
 * business area pages that grow with the data: an alliance's portfolio list
 * (/alliances/:id/business-areas) and its pipeline counts (/alliances/:id/pipeline). First with
 * the demo data (one alliance of 35 areas), then with 5,000 more areas across 100 more alliances
 * (bench/generate.ts): one generated alliance's pages, and the demo alliance's again. On the
 * embedded database and on a PostgreSQL server; the service runs as `alliance serve`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateInto, type GenerateOptions } from './generate.ts';
import {
  CONNECTIONS,
  DURATION_S,
  createPostgresDatabase,
  demoAllianceId,
  demoCredentials,
  measureLoad,
  postgresAvailable,
  printTable,
  saveResults,
  signIn,
  startService,
  type LoadFigures,
  type Target,
} from './support.ts';

const DEMO = 'demo: 35 areas';
const LARGE: GenerateOptions = {
  alliances: Number(process.env.BENCH_ALLIANCES ?? 100),
  areasPerAlliance: Number(process.env.BENCH_AREAS ?? 50),
};

type PageFigures = {
  readonly database: string;
  readonly data: string;
  readonly page: string;
  readonly KB: number;
} & LoadFigures;

/** A page to load: its address under the service, and what the table calls it. */
interface Subject {
  readonly data: string;
  readonly page: string;
  readonly path: string;
}

const alliancePages = (data: string, allianceId: string): Subject[] =>
  ['business-areas', 'pipeline'].map((page) => ({
    data,
    page: `/alliances/:id/${page}`,
    path: `/alliances/${allianceId}/${page}`,
  }));

async function pageSizeKb(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie } });
  return Math.round((await response.arrayBuffer()).byteLength / 1024);
}

/** Starts the service, signs in unless a session is given, and loads each page in turn. */
async function measurePages(
  database: string,
  target: Target,
  cookie: string | undefined,
  subjects: (baseUrl: string, cookie: string) => Promise<Subject[]>,
): Promise<{ rows: PageFigures[]; cookie: string }> {
  const service = await startService(target);
  try {
    const session = cookie ?? (await signIn(service.baseUrl, demoCredentials(service.output)));
    const rows: PageFigures[] = [];
    for (const { data, page, path: pagePath } of await subjects(service.baseUrl, session)) {
      const url = `${service.baseUrl}${pagePath}`;
      const KB = await pageSizeKb(url, session);
      rows.push({ database, data, page, KB, ...(await measureLoad(url, { cookie: session })) });
    }
    return { rows, cookie: session };
  } finally {
    await service.stop();
  }
}

/**
 * The demo first (a cold start loads it), with the dashboard as a yardstick for the machine's
 * speed at the time; then the generated areas added to the same database, and the pages again.
 */
async function measure(database: string, target: Target) {
  let demoId = '';
  const demo = await measurePages(database, target, undefined, async (baseUrl, cookie) => {
    demoId = await demoAllianceId(baseUrl, cookie);
    return [{ data: DEMO, page: '/ (dashboard)', path: '/' }, ...alliancePages(DEMO, demoId)];
  });
  const generated = await generateInto(target, LARGE);
  const total = LARGE.alliances * LARGE.areasPerAlliance;
  console.log(`${database}: generated in ${(generated.ms / 1000).toFixed(1)} s`, generated.rows);
  const middle = generated.allianceIds[Math.floor(generated.allianceIds.length / 2)] as string;
  const large = await measurePages(database, target, demo.cookie, async () => [
    ...alliancePages(`+${total}: a generated alliance of ${LARGE.areasPerAlliance}`, middle),
    ...alliancePages(`+${total}: the demo alliance`, demoId),
  ]);
  return { rows: [...demo.rows, ...large.rows], generateMs: Math.round(generated.ms) };
}

const rows: PageFigures[] = [];
const generateMs: Record<string, number> = {};
const dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-bench-'));
try {
  const result = await measure('embedded', { kind: 'embedded', dataDir });
  rows.push(...result.rows);
  generateMs.embedded = result.generateMs;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
if (await postgresAvailable()) {
  const database = await createPostgresDatabase();
  try {
    const target = { kind: 'postgres', url: database.url } as const;
    const result = await measure('postgres', target);
    rows.push(...result.rows);
    generateMs.postgres = result.generateMs;
  } finally {
    await database.drop();
  }
} else {
  console.log('No PostgreSQL server answered at BENCH_POSTGRES_URL: measuring the embedded database only.');
}
printTable(rows);
const saved = await saveResults('business-areas', {
  connections: CONNECTIONS,
  durationSeconds: DURATION_S,
  generated: LARGE,
  generateMs,
  pages: rows,
});
console.log(`Written to ${saved}`);
