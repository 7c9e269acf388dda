import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${folder} is in use by another Alliance process (process ${holderPid}). ` +
        `Stop that process first, or set ALLIANCE_DATA_DIR to a different folder.`,
    );
  }
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

/** Takes an exclusive lock file in the folder; a lock left by a process that has died is taken over. */
export function acquireDataDirLock(folder: string): DataDirLock {
  const file = path.join(folder, 'alliance.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const content: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(content));
      closeSync(fd);
      return { release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(file);
      if (holder && holder.host === hostname() && isAlive(holder.pid)) {
        throw new DataDirLockedError(folder, holder.pid);
      }
      if (holder && holder.host !== hostname()) throw new DataDirLockedError(folder, holder.pid);
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock on ${folder}`);
}

function readLock(file: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(file: string): void {
  const holder = readLock(file);
  if (holder?.pid === process.pid) unlinkSync(file);
}
