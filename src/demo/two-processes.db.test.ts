import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testDatabaseKind, testRunId, withDatabaseName } from '../platform/testing/test-settings.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/alliance.js');

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function serve(databaseUrl: string): Started {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DEMO_DATA;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves with the address once the service says it is running; fails at once if it exits. */
async function running(service: Started): Promise<string> {
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code));
  for (;;) {
    const url = /Alliance is running at (http:\/\/\S+)/.exec(service.output())?.[1];
    if (url) return url;
    if (exitCode !== undefined) throw new Error(`the service exited (${exitCode}): ${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(testDatabaseKind() !== 'postgres')('two services started together on a new database', () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `alliance_test_${testRunId()}_start_${crypto.randomUUID().slice(0, 8)}`;
  const databaseUrl = withDatabaseName(serverUrl, name);
  const services: Started[] = [];

  beforeAll(async () => {
    await query(serverUrl, `create database ${name}`);
  });
  afterAll(async () => {
    for (const service of services) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    await query(serverUrl, `drop database if exists ${name} with (force)`);
  });

  it('both become healthy and the demo is loaded exactly once', { timeout: 120_000 }, async () => {
    services.push(serve(databaseUrl), serve(databaseUrl));
    const urls = await Promise.all(services.map(running));
    for (const url of urls) expect((await fetch(`${url}/health`)).status).toBe(200);
    const alliances = await query(databaseUrl, 'select id from alliances where name = $1', [
      'Devon & Cornwall and Dorset strategic alliance',
    ]);
    expect(alliances).toHaveLength(1);
    expect(await query(databaseUrl, 'select id from users')).toHaveLength(1);
    const announced = services.filter((service) => service.output().includes('Demo data loaded'));
    expect(announced).toHaveLength(1);
  });
});
