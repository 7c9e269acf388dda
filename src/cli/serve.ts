import { loadConfig } from '../config.ts';
import { startService, stopOnSignals } from '../main.ts';
import { parseOptions, type CliIo } from './support.ts';

export async function serveCommand(args: string[], io: CliIo): Promise<number | undefined> {
  parseOptions(args, {});
  const service = await startService(loadConfig(io.env), io.out);
  stopOnSignals(service, io.out);
  return undefined;
}
