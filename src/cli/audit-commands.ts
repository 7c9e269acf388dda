import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { UsageError, withDatabase, type CliIo } from './support.ts';

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify' || rest.length > 0) throw new UsageError('say what to do: audit verify');
  return withDatabase(io, async ({ db }) => {
    const result = await verifyAuditChain(db);
    if (result.intact) {
      io.out(`The audit trail is intact: ${result.checked} event(s) checked`);
      return 0;
    }
    const what = {
      missing: 'is missing',
      altered: 'has been altered',
      relinked: 'does not link to the event before it',
    }[result.problem];
    io.err(
      `The audit trail has been tampered with: event ${result.seq} ${what} (${result.checked} event(s) before it are intact)`,
    );
    return 1;
  });
}
