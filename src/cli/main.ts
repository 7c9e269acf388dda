import { runCli } from './run.ts';
import { systemClock } from '../platform/clock.ts';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
  clock: systemClock,
  status: process.stderr.isTTY
    ? (line) => process.stderr.write(line === null ? '\r\x1b[K' : `\r${line}\x1b[K`)
    : undefined,
});
if (code !== undefined) process.exitCode = code;
