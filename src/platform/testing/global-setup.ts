import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { pgliteTemplatePath, postgresTemplateName, withDatabaseName } from './test-settings.ts';

/**
 * The PGlite template, migrated once per run; each test file then starts from a copy of it.
 * Both the unit and the browser projects name this setup: whichever runs first makes the file.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (existsSync(pgliteTemplatePath())) return async () => undefined;
  await createPgliteTemplate();
  return () => rm(pgliteTemplatePath(), { force: true });
}

/** The same for the PostgreSQL server: a migrated template database each test file copies. */
export async function setupPostgres(): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('The postgres test project needs TEST_DATABASE_URL');
  await createPostgresTemplate(serverUrl);
  return () => dropPostgresTemplate(serverUrl);
}

export async function createPgliteTemplate(): Promise<void> {
  const templateFile = pgliteTemplatePath();
  await mkdir(path.dirname(templateFile), { recursive: true });
  const client = await PGlite.create();
  await migrate(drizzlePglite({ client }) as unknown as Db);
  const dump = await client.dumpDataDir('none');
  // Written aside and renamed, so a reader never sees half a file.
  const partial = `${templateFile}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, templateFile);
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
