import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run.ts';
import type { CliIo } from './support.ts';
import { fixedClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { createDispatcher } from '../platform/events/dispatcher.ts';
import { insertOutboxEvents } from '../platform/events/outbox.repo.ts';

describe('alliance events', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'alliance-events-cli-'));
  const env = { ALLIANCE_DATA_DIR: dataDir, NODE_ENV: 'test' } as NodeJS.ProcessEnv;
  const clock = fixedClock('2026-03-01T10:00:00Z');

  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readStdin: async () => '',
      env,
      clock,
    };
    return { status: await runCli(argv, io), out, err };
  }

  /** A mailer that is down, allowed one attempt: event 1 dies, event 2 of the same record waits. */
  beforeAll(async () => {
    expect((await run('migrate')).status).toBe(0);
    const database = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const dispatcher = createDispatcher({
        db: database.db,
        clock,
        subscribers: [
          {
            name: 'mailer',
            handles: () => true,
            handle: () => Promise.reject(new Error('mail server down')),
          },
        ],
        retry: { maxAttempts: 1, firstDelayMs: 1000, maxDelayMs: 1000 },
      });
      await dispatcher.runUntilIdle();
      for (const seq of [1, 2])
        await insertOutboxEvents(database.db, [
          {
            seq,
            auditSeq: seq,
            type: 'organisation.update',
            recordType: 'organisation',
            recordId: 'org-x',
            payload: { summary: 'Changed', actorUserId: null },
            createdAt: clock.now(),
          },
        ]);
      await dispatcher.runUntilIdle();
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists what has not been delivered, oldest first, and only the dead with --dead', async () => {
    const dead =
      '1 mailer organisation.update organisation org-x — dead since 2026-03-01T10:00:00.000Z, 1 attempt(s): Error: mail server down';
    expect(await run('events')).toEqual({
      status: 0,
      out: [dead, '2 mailer organisation.update organisation org-x — pending, 0 attempt(s)'],
      err: [],
    });
    expect(await run('events', '--dead')).toEqual({ status: 0, out: [dead], err: [] });
  });

  it('refuses an event that is not a number, with status 2', async () => {
    const result = await run('events', 'retry', '--event', 'first');
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'alliance events: --event must be an event number, as "alliance events" lists it',
    ]);
  });

  it('starts a dead delivery again', async () => {
    expect((await run('events', 'retry', '--subscriber', 'mailer', '--event', '1')).out).toEqual([
      '1 dead delivery(ies) will be tried again by the running service.',
    ]);
    expect((await run('events', '--dead')).out).toEqual(['No delivery has failed for good.']);
    expect((await run('events', 'retry')).out).toEqual(['No dead delivery matched: nothing to retry.']);
  });
});
