import { reviveDead, undelivered, type UndeliveredRow } from '../platform/events/outbox.repo.ts';
import { UsageError, parseOptions, withDatabase, type CliIo } from './support.ts';

const USAGE = 'say what to do: events [list] [--dead] or events retry [--subscriber NAME] [--event SEQ]';
const LIST_LIMIT = 200;

/** What has not reached its subscribers yet, and a way to start dead deliveries again. */
export async function eventsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub.startsWith('--')) return list(args, io);
  if (sub === 'list') return list(rest, io);
  if (sub === 'retry') return retry(rest, io);
  throw new UsageError(USAGE);
}

function list(args: string[], io: CliIo): Promise<number> {
  const values = parseOptions(args, { dead: { type: 'boolean' } });
  return withDatabase(io, async ({ db }) => {
    const rows = await undelivered(db, { deadOnly: values.dead === true, limit: LIST_LIMIT + 1 });
    if (rows.length === 0) {
      io.out(values.dead === true ? 'No delivery has failed for good.' : 'Every event has been delivered.');
      return 0;
    }
    for (const row of rows.slice(0, LIST_LIMIT)) io.out(describeDelivery(row));
    if (rows.length > LIST_LIMIT) io.out(`…and more: the oldest ${LIST_LIMIT} are shown`);
    return 0;
  });
}

export function describeDelivery(row: UndeliveredRow): string {
  const state = row.deadAt
    ? `dead since ${row.deadAt.toISOString()}`
    : row.attempts === 0
      ? 'pending'
      : `retrying at ${row.nextAttemptAt.toISOString()}`;
  const error = row.lastError ? `: ${row.lastError}` : '';
  return `${row.seq} ${row.subscriber} ${row.type} ${row.recordType} ${row.recordId} — ${state}, ${row.attempts} attempt(s)${error}`;
}

function retry(args: string[], io: CliIo): Promise<number> {
  const values = parseOptions(args, { subscriber: { type: 'string' }, event: { type: 'string' } });
  const subscriber = typeof values.subscriber === 'string' ? values.subscriber.trim() : undefined;
  const eventText = typeof values.event === 'string' ? values.event.trim() : undefined;
  if (eventText !== undefined && !/^[1-9]\d{0,15}$/.test(eventText))
    throw new UsageError('--event must be an event number, as "alliance events" lists it');
  const seq = eventText === undefined ? undefined : Number(eventText);
  return withDatabase(io, async ({ db }) => {
    const count = await reviveDead(db, { subscriber, seq }, io.clock.now());
    io.out(
      count === 0
        ? 'No dead delivery matched: nothing to retry.'
        : `${count} dead delivery(ies) will be tried again by the running service.`,
    );
    return 0;
  });
}
