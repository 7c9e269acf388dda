/**
 * Requests per second and 99th-percentile latency with 10 concurrent connections, without a
 * session, for the published agreements (the demo's 23) and their open-data files, on the embedded
 * database and on a PostgreSQL server; the service runs as `alliance serve` in its own process.
 */
import {
  CONNECTIONS,
  DURATION_S,
  measureLoad,
  onBothDatabases,
  printTable,
  saveResults,
  startService,
  type LoadFigures,
  type Target,
} from './support.ts';

type Figures = { readonly database: string; readonly page: string } & LoadFigures;

const PATHS = [
  '/published/agreements',
  '/open-data/agreements.csv',
  '/open-data/agreements.json',
  '/open-data/agreements.csv-metadata.json',
];

async function measure(database: string, target: Target): Promise<Figures[]> {
  const service = await startService(target);
  try {
    const figures: Figures[] = [];
    for (const page of PATHS)
      figures.push({ database, page, ...(await measureLoad(`${service.baseUrl}${page}`)) });
    return figures;
  } finally {
    await service.stop();
  }
}

const rows = await onBothDatabases(measure);
printTable(rows);
console.log(
  `Written to ${await saveResults('agreements', { connections: CONNECTIONS, durationSeconds: DURATION_S, pages: rows })}`,
);
