import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Nu HTML checker started for this run listens. */
    nuCheckerUrl: string;
  }
}

const STARTUP_LIMIT_MS = 90_000;

/**
 * One Nu HTML checker (W3C's validator, as a local web service) for the whole browser run: a Java
 * start costs seconds, so every page of every file is sent to this one process.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const vnuJar = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
    'build/dist/vnu.jar',
  );
  const checker = spawn(
    process.env.JAVA ?? 'java',
    [
      '-Xss4m',
      '-Dnu.validator.servlet.bind-address=127.0.0.1',
      '-cp',
      vnuJar,
      'nu.validator.servlet.Main',
      String(port),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilAnswering(url, checker);
  } catch (error) {
    checker.kill();
    throw error;
  }
  project.provide('nuCheckerUrl', url);
  return async () => {
    checker.kill();
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, checker: ChildProcess): Promise<void> {
  let output = '';
  checker.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  const exited = new Promise<never>((_, reject) =>
    checker.once('exit', (code) => reject(new Error(`The Nu HTML checker stopped (${code}):\n${output}`))),
  );
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    const answered = await Promise.race([
      fetch(url).then(
        (response) => response.ok,
        () => false,
      ),
      exited,
    ]);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The Nu HTML checker did not answer at ${url} within ${STARTUP_LIMIT_MS / 1000} s:\n${output}`,
  );
}
