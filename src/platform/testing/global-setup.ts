import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { pgliteTemplatePath, postgresTemplateName, withDatabaseName } from './test-settings.ts';

/**
 * Migrates once per run; each test file then starts from a copy of the migrated database.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  await createPgliteTemplate();
  if (serverUrl) await createPostgresTemplate(serverUrl);
  return async () => {
    await rm(pgliteTemplatePath(), { force: true });
    if (serverUrl) await dropPostgresTemplate(serverUrl);
  };
}

async function createPgliteTemplate(): Promise<void> {
  const templateFile = pgliteTemplatePath();
  await mkdir(path.dirname(templateFile), { recursive: true });
  const client = await PGlite.create();
  await migrate(drizzlePglite({ client }) as unknown as Db);
  const dump = await client.dumpDataDir('none');
  await writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}

async function createPostgresTemplate(serverUrl: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const { openDatabase } = await import('../db/database.ts');
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabaseName(serverUrl, name),
    poolSize: 1,
  });
  await migrate(database.db);
  await database.close();
}

async function dropPostgresTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect().catch(() => undefined);
  const leftovers = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname like $1`,
    [`${postgresTemplateName()}%`],
  );
  for (const { datname } of leftovers.rows)
    await admin.query(`drop database if exists ${datname} with (force)`);
  await admin.end();
}
