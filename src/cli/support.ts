import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { SYSTEM_ACTOR, type ChangeContext } from '../platform/context.ts';
import type { Clock } from '../platform/clock.ts';

/** A mistake in how the command was called: printed as one line, exit status 2. */
export class UsageError extends Error {}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  /** On a terminal, rewrites one status line of standard error (a progress bar); null clears it. */
  readonly status?: ((line: string | null) => void) | undefined;
}

export async function withDatabase<T>(
  io: CliIo,
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolSize: 2 }
      : { kind: 'embedded', dataDir: config.database.dataDir },
  );
  try {
    await migrate(database.db);
    return await work(database, config);
  } finally {
    await database.close();
  }
}

export function cliContext(io: CliIo, action: string): ChangeContext {
  const user = io.env.USER ?? io.env.USERNAME ?? 'unknown';
  return {
    actor: { userId: SYSTEM_ACTOR.userId, label: `Command line (${user.slice(0, 100)})` },
    requestId: `cli:${crypto.randomUUID()}`,
    action,
    now: io.clock.now(),
  };
}

export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

export function parseOptions(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): Record<string, unknown> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
