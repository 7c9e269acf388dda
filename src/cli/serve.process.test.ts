import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/alliance.js');

function start(dataDir: string): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ALLIANCE_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('alliance serve on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'alliance-serve-'));
  const first = start(dataDir);
  afterAll(async () => {
    first.child.kill('SIGTERM');
    await first.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the database, loads the demo and prints where to sign in with a generated password', async () => {
    await waitFor(() => first.output().includes('This password is shown only once'), 60_000);
    const url = /Alliance is running at (http:\/\/\S+)/.exec(first.output())?.[1];
    const password = /with the password (\S+)/.exec(first.output())?.[1];
    expect(url).toBeDefined();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const health = await fetch(`${url}/health`);
    expect(await health.json()).toMatchObject({
      status: 'UP',
      components: { database: { kind: 'embedded' } },
    });
  }, 90_000); // a first start creates the database from its image, then loads the demo

  it('stops a second process on the same folder at once, naming the folder and the holder', async () => {
    const second = start(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `The data folder ${dataDir} is in use by another Alliance process (process ${first.child.pid})`,
    );
    const url = /Alliance is running at (http:\/\/\S+)/.exec(first.output())?.[1];
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});
