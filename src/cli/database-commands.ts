import { openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { loadConfig } from '../config.ts';
import { prepareDemo } from '../demo/first-start.ts';
import { UsageError, parseOptions, withDatabase, type CliIo } from './support.ts';

export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  parseOptions(args, {});
  const config = loadConfig(io.env);
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolSize: 1 }
      : { kind: 'embedded', dataDir: config.database.dataDir },
  );
  try {
    const applied = await migrate(database.db);
    io.out(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
        : 'The database is up to date',
    );
    return 0;
  } finally {
    await database.close();
  }
}

export async function seedCommand(args: string[], io: CliIo): Promise<number> {
  const values = parseOptions(args, { demo: { type: 'boolean' } });
  if (!values.demo) throw new UsageError('say what to load: --demo');
  return withDatabase(io, async (database) => {
    const demo = await prepareDemo(database.db, io.clock);
    if (!demo) {
      io.err('alliance seed: the database already has users; the demo is only loaded into an empty database');
      return 1;
    }
    io.out(`Demo data loaded. Sign in as ${demo.admin.email} with the password ${demo.admin.password}`);
    io.out('This password is shown only once.');
    return 0;
  });
}
