import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testDatabaseKind, testRunId, withDatabaseName } from './platform/testing/test-settings.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(HERE, '../bin/alliance.js');
const SERVICE = path.resolve(HERE, 'events-recorder.testing.ts');

interface Child {
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

function start(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Child {
  const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output: () => output, exited, kill: (signal) => child.kill(signal) };
}

async function alliance(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<string> {
  const child = start([BIN, ...args], env, stdin);
  const code = await child.exited;
  if (code !== 0) throw new Error(`alliance ${args.join(' ')} exited ${code}: ${child.output()}`);
  return child.output();
}

/** Resolves with the first match once the child prints it; fails at once if it exits. */
async function printed(child: Child, pattern: RegExp): Promise<string> {
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  for (;;) {
    const match = pattern.exec(child.output())?.[1];
    if (match) return match;
    if (exitCode !== undefined) throw new Error(`exited (${exitCode}) before ${pattern}: ${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function serverQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

describe('an event committed before the process is killed', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'alliance-events-'));
  const recorded = path.join(folder, 'deliveries.txt');
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `alliance_test_${testRunId()}_events_${crypto.randomUUID().slice(0, 8)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(testDatabaseKind() === 'postgres'
      ? { DATABASE_URL: withDatabaseName(serverUrl, name) }
      : { ALLIANCE_DATA_DIR: path.join(folder, 'data') }),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'off',
    EVENTS_POLL_MS: '100',
    RECORDER_FILE: recorded,
    RECORDER_LEASE_MS: '1000',
  };
  delete env.NODE_ENV;
  if (testDatabaseKind() !== 'postgres') delete env.DATABASE_URL;
  const running: Child[] = [];
  const serve = (extra: NodeJS.ProcessEnv) => {
    const child = start(['--import', 'tsx', SERVICE], { ...env, ...extra });
    running.push(child);
    return child;
  };

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') await serverQuery(serverUrl, `create database ${name}`);
  });
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await Promise.all(running.map((child) => child.exited));
    if (testDatabaseKind() === 'postgres')
      await serverQuery(serverUrl, `drop database if exists ${name} with (force)`);
    rmSync(folder, { recursive: true, force: true });
  });

  it('is delivered after a restart, exactly once', { timeout: 300_000 }, async () => {
    const add = ['user', 'add', '--email', 'ops@alliance.test', '--name', 'Ops', '--role', 'administrator'];
    await alliance([...add, '--password-stdin'], env, 'a long enough password');
    const token = (await alliance(['token', 'create', '--email', 'ops@alliance.test'], env)).split('\n')[0];

    const first = serve({ RECORDER_HANG: '1' });
    const url = await printed(first, /Alliance is running at (http:\/\/\S+)/);
    const response = await fetch(`${url}/api/v1/organisations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'police_force', name: 'Wessex Police', shortName: 'Wessex' }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const seq = await printed(first, /recorder: delivering (\d+)/);
    first.kill('SIGKILL');
    await first.exited;
    expect(existsSync(recorded)).toBe(false);

    const second = serve({});
    await printed(second, /Alliance is running at (http:\/\/\S+)/);
    while (!existsSync(recorded)) await new Promise((resolve) => setTimeout(resolve, 100));
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(readFileSync(recorded, 'utf8')).toBe(`${seq} organisation.created organisation ${id}\n`);
    expect(await alliance(['events'], env)).toContain('Every event has been delivered.');
  });
});
