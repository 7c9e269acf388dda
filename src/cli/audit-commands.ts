import { auditHead, verifyAuditChain } from '../modules/audit/audit.service.ts';
import {
  describeProblem,
  formatHead,
  parseHead,
  type ChainHead,
} from '../modules/audit/audit-chain.domain.ts';
import { UsageError, parseOptions, withDatabase, type CliIo } from './support.ts';

const USAGE = 'say what to do: audit verify [--expect-head SEQ:HASH] or audit head';

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'head' && rest.length === 0) return printHead(io);
  if (sub !== 'verify') throw new UsageError(USAGE);
  const values = parseOptions(rest, { 'expect-head': { type: 'string' } });
  const given = values['expect-head'];
  const expectHead = typeof given === 'string' ? parseHead(given) : undefined;
  if (typeof given === 'string' && !expectHead) {
    throw new UsageError('--expect-head must be SEQ:HASH, as "alliance audit head" prints it');
  }
  return verify(io, expectHead);
}

function printHead(io: CliIo): Promise<number> {
  return withDatabase(io, async ({ db }) => {
    io.out(formatHead(await auditHead(db)));
    return 0;
  });
}

function verify(io: CliIo, expectHead: ChainHead | undefined): Promise<number> {
  return withDatabase(io, async ({ db }) => {
    const result = await verifyAuditChain(db, { expectHead });
    const upTo = expectHead ? `, including the recorded head ${expectHead.seq}` : '';
    if (result.intact) {
      io.out(`The audit trail is intact: ${result.checked} event(s) checked${upTo}`);
      io.out(`Head: ${formatHead(result.head)}`);
      return 0;
    }
    const count = result.problems.length + result.moreProblems;
    io.err(`The audit trail has been tampered with: ${count} problem(s) in ${result.checked} event(s) read`);
    for (const problem of result.problems) io.err(describeProblem(problem));
    if (result.moreProblems > 0) io.err(`…and ${result.moreProblems} more problem(s)`);
    return 1;
  });
}
