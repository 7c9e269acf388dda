import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.ALLIANCE_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export function testRunId(): string {
  const id = process.env.ALLIANCE_TEST_RUN_ID;
  if (!id || !/^[a-z0-9]+$/.test(id)) throw new Error('ALLIANCE_TEST_RUN_ID is set by vitest.config.ts');
  return id;
}

export function pgliteTemplatePath(): string {
  return path.join(ROOT, '.tmp', `pglite-template-${testRunId()}.tar`);
}

export function postgresTemplateName(): string {
  return `alliance_test_${testRunId()}`;
}

export function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
