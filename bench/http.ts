/**
 * Requests per second and 99th-percentile latency with 10 concurrent connections, for the
 * signed-in dashboard ("/") against the ceiling: a page of the same layout that does no database
 * work at all (the public accessibility statement, requested without a session). Between them,
 * the same page signed in measures the session lookup alone. On the embedded database and on a
 * PostgreSQL server; the service runs as `alliance serve` in its own process.
 */
import {
  CONNECTIONS,
  DURATION_S,
  demoCredentials,
  measureLoad,
  onBothDatabases,
  signIn,
  type LoadFigures,
  printTable,
  saveResults,
  startService,
  type Target,
} from './support.ts';

type PageFigures = { readonly database: string; readonly page: string } & LoadFigures;

async function measure(database: string, target: Target): Promise<PageFigures[]> {
  const service = await startService(target);
  try {
    const cookie = await signIn(service.baseUrl, demoCredentials(service.output));
    const row = async (page: string, url: string, headers?: Record<string, string>) => ({
      database,
      page,
      ...(await measureLoad(url, headers)),
    });
    return [
      await row('/ (signed in)', `${service.baseUrl}/`, { cookie }),
      await row('/accessibility (signed in)', `${service.baseUrl}/accessibility`, { cookie }),
      await row('/accessibility (no session)', `${service.baseUrl}/accessibility`),
    ];
  } finally {
    await service.stop();
  }
}

const rows = await onBothDatabases(measure);
printTable(rows);
console.log(
  `Written to ${await saveResults('http', { connections: CONNECTIONS, durationSeconds: DURATION_S, pages: rows })}`,
);
