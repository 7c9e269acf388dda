import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { openDatabase, type Database, type Db } from '../db/database.ts';
import { withUnitOfWork } from '../db/unit-of-work.ts';
import {
  pgliteTemplatePath,
  postgresTemplateName,
  testDatabaseKind,
  withDatabaseName,
} from './test-settings.ts';

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * A fresh, migrated database for one test file: PGlite in memory by default (loaded from a
 * template migrated once per run), or a new database on the PostgreSQL server when the
 * project runs with ALLIANCE_TEST_DB=postgres. A logger sees every statement sent.
 */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<Database> {
  return testDatabaseKind() === 'postgres'
    ? createPostgresDatabase(options.logger)
    : createPgliteDatabase(options.logger);
}

async function createPgliteDatabase(logger?: Logger): Promise<Database> {
  pgliteTemplate ??= readFile(pgliteTemplatePath()).then((bytes) => new Blob([bytes]));
  const client = await PGlite.create({ loadDataDir: await pgliteTemplate });
  return {
    db: withUnitOfWork(drizzlePglite({ client, ...(logger ? { logger } : {}) }) as unknown as Db),
    kind: 'embedded',
    location: 'memory',
    close: () => client.close(),
  };
}

async function createPostgresDatabase(logger?: Logger): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `${postgresTemplateName()}_${crypto.randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${postgresTemplateName()}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabaseName(serverUrl, name),
    poolSize: 5,
    ...(logger ? { logger } : {}),
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
