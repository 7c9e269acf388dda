/**
 * The main pages against their ceiling, in one run: a bare page (the layout with no session and no
 * queries: /accessibility signed out), the dashboard and the demo alliance's portfolio signed in
 * as the demo administrator, each with its requests a second as a share of the bare page's. With
 * --large, then one alliance of 5,000 business areas (bench/generate.ts) is added to the same
 * database and its portfolio measured beside the demo's. Embedded and PostgreSQL (BENCH_POSTGRES_URL).
 *
 *   npx tsx bench/pages.ts [--large] [--only embedded|postgres]
 */
import { parseArgs } from 'node:util';
import { generateInto } from './generate.ts';
import {
  CONNECTIONS,
  DURATION_S,
  demoAllianceId,
  demoCredentials,
  measureLoad,
  onBothDatabases,
  printTable,
  saveResults,
  signIn,
  startService,
  type LoadFigures,
  type RunningService,
  type Target,
} from './support.ts';

const { values: flags } = parseArgs({
  options: { large: { type: 'boolean' }, only: { type: 'string' } },
});
const LARGE_AREAS = Number(process.env.BENCH_LARGE_AREAS ?? 5000);

type Row = Record<string, string | number>;

interface Subject {
  readonly page: string;
  readonly path: string;
  readonly signedIn: boolean;
}

const BARE: Subject = { page: 'bare: /accessibility, no session', path: '/accessibility', signedIn: false };
const portfolioOf = (name: string, allianceId: string): Subject => ({
  page: `portfolio: ${name}`,
  path: `/alliances/${allianceId}/business-areas`,
  signedIn: true,
});

/** Loads each page in turn; the bare page first, so every ratio is to a figure of the same run. */
async function measureSubjects(
  database: string,
  service: RunningService,
  cookie: string,
  subjects: readonly Subject[],
): Promise<Row[]> {
  const figures: (LoadFigures & { page: string })[] = [];
  for (const subject of [BARE, ...subjects]) {
    const headers = subject.signedIn ? { cookie } : undefined;
    const url = `${service.baseUrl}${subject.path}`;
    figures.push({ page: subject.page, ...(await measureLoad(url, headers, service.child.pid)) });
  }
  const bare = figures[0]?.['req/s'] ?? NaN;
  return figures.map((row) => ({
    database,
    page: row.page,
    'req/s': row['req/s'],
    'p50 ms': row['p50 ms'],
    'p99 ms': row['p99 ms'],
    'of bare': `${((100 * row['req/s']) / bare).toFixed(1)}%`,
    'CPU ms/req': row['CPU ms/req'] ?? NaN,
    'non-2xx': row['non-2xx'],
    errors: row.errors,
  }));
}

async function measure(database: string, target: Target): Promise<Row[]> {
  const first = await startService(target);
  let cookie = '';
  let demoId = '';
  let rows: Row[];
  try {
    cookie = await signIn(first.baseUrl, demoCredentials(first.output));
    demoId = await demoAllianceId(first.baseUrl, cookie);
    rows = await measureSubjects(database, first, cookie, [
      { page: 'dashboard: /', path: '/', signedIn: true },
      portfolioOf('demo alliance', demoId),
    ]);
  } finally {
    await first.stop();
  }
  if (!flags.large) return rows;
  const generated = await generateInto(target, { alliances: 1, areasPerAlliance: LARGE_AREAS });
  const largeId = generated.allianceIds[0] as string;
  const second = await startService(target);
  try {
    return [
      ...rows,
      ...(await measureSubjects(`${database}, +${LARGE_AREAS}`, second, cookie, [
        portfolioOf('demo alliance', demoId),
        portfolioOf(`${LARGE_AREAS} areas`, largeId),
      ])),
    ];
  } finally {
    await second.stop();
  }
}

const rows = await onBothDatabases(measure, { only: flags.only });
printTable(rows);
const saved = await saveResults('pages', { connections: CONNECTIONS, durationSeconds: DURATION_S, rows });
console.log(`Written to ${saved}`);
