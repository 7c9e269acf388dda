import { ConfigError } from '../config.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { AppError } from '../platform/errors.ts';
import { UsageError, type CliIo } from './support.ts';
import { serveCommand } from './serve.ts';
import { migrateCommand, seedCommand } from './database-commands.ts';
import { userCommand } from './user-commands.ts';
import { tokenCommand } from './token-commands.ts';
import { auditCommand } from './audit-commands.ts';
import { eventsCommand } from './events-commands.ts';
import { exportCommand, importCommand } from './finance-commands.ts';

export const USAGE = `Usage: alliance <command>

Commands:
  serve                                  run the service (what npm start does)
  migrate                                bring the database schema up to date
  seed --demo                            load the demo alliance into an empty database
  user add --email E --name N --role R [--organisation ORG] --password-stdin
                                         add a user; repeat --role for several roles
  user list                              list users and their roles
  user set-password --email E --password-stdin
                                         set a user's password and end their sessions
  token create --email E [--name NAME]   create an API token for a user (printed once)
  audit verify [--expect-head SEQ:HASH]
                                         check the audit trail has not been tampered with
                                         (and that nothing up to a recorded head was removed)
  audit head                             print the newest event as SEQ:HASH, to record
  events [--dead]                        list events not yet delivered to a subscriber
  events retry [--subscriber NAME] [--event SEQ]
                                         try dead deliveries again
  import finance FILE --alliance NAME    import baselines and target costs from .xlsx or .csv
  export finance --alliance NAME --format xlsx|csv [--output FILE]
                                         export the savings model

Configuration comes from the environment: see README.md.`;

type Command = (args: string[], io: CliIo) => Promise<number | undefined>;

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  seed: seedCommand,
  user: userCommand,
  token: tokenCommand,
  audit: auditCommand,
  events: eventsCommand,
  import: importCommand,
  export: exportCommand,
};

/** Returns the exit status: 0 done, 1 failed, 2 called wrongly; undefined keeps running (serve). */
export async function runCli(argv: string[], io: CliIo): Promise<number | undefined> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`alliance: unknown command "${name.slice(0, 50)}". Run "alliance help" to see the commands.`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`alliance ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof AppError) {
      io.err(`alliance ${name}: ${error.message}`);
      return 1;
    }
    if (isConnectionError(error)) {
      io.err(`alliance ${name}: cannot connect to the database server: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01';
}
