import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import path from 'node:path';
import { DataDirLockedError, acquireDataDirLock } from './lock.ts';

describe('the data folder lock', () => {
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'alliance-lock-'));
    folders.push(made);
    return made;
  };
  afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

  it('lets one holder in and tells a second which folder and process hold it', () => {
    const dir = folder();
    const lock = acquireDataDirLock(dir);
    // A live process other than this one holds it: the parent of this test process.
    writeFileSync(
      path.join(dir, 'alliance.lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), since: '' }),
    );
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(
      `The data folder ${dir} is in use by another Alliance process (process ${process.ppid})`,
    );
    lock.release(); // not ours any more: left alone
    expect(existsSync(path.join(dir, 'alliance.lock'))).toBe(true);
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = folder();
    writeFileSync(
      path.join(dir, 'alliance.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '' }),
    );
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'alliance.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, 'alliance.lock'))).toBe(false);
  });
});
