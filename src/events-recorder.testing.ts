/**
 * The real service with one more subscriber, for the kill -9 test: it appends each event it is
 * given to RECORDER_FILE. With RECORDER_HANG=1 it says which event it has started on and never
 * finishes, so the test can kill the process after the commit and before the delivery is recorded.
 */
import { appendFileSync } from 'node:fs';
import { loadConfig } from './config.ts';
import { startService, stopOnSignals } from './main.ts';
import type { Subscriber } from './platform/events/events.domain.ts';

const file = process.env.RECORDER_FILE ?? '';
if (!file) throw new Error('RECORDER_FILE must name the file deliveries are appended to');
const hang = process.env.RECORDER_HANG === '1';

const recorder: Subscriber = {
  name: 'recorder',
  handles: () => true,
  handle: async (event, signal) => {
    if (hang) {
      process.stdout.write(`recorder: delivering ${event.seq}\n`);
      await new Promise((_resolve, reject) => signal.addEventListener('abort', reject));
    }
    appendFileSync(file, `${event.seq} ${event.type} ${event.recordType} ${event.recordId}\n`);
  },
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const service = await startService(loadConfig(process.env), log, {
  extraSubscribers: [recorder],
  eventLeaseMs: Number(process.env.RECORDER_LEASE_MS ?? 60_000),
});
stopOnSignals(service, log);
