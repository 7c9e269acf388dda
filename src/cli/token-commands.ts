import { createAccountsService } from '../modules/accounts/accounts.service.ts';
import { UsageError, parseOptions, cliContext, requireOption, withDatabase, type CliIo } from './support.ts';

export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError('say what to do: token create --email E');
  const values = parseOptions(rest, { email: { type: 'string' }, name: { type: 'string' } });
  const email = requireOption(values, 'email');
  const name = typeof values.name === 'string' && values.name.trim() ? values.name.trim() : 'Command line';
  if (name.length > 100) throw new UsageError('--name must be 100 characters or fewer');
  return withDatabase(io, async ({ db }) => {
    const accounts = createAccountsService({ db, clock: io.clock, sessionIdleMinutes: 120 });
    const user = await accounts.findUserByEmail(email);
    if (!user) throw new UsageError(`no user has the email address ${email.slice(0, 320)}`);
    const token = await accounts.createApiToken(cliContext(io, 'api-token.created'), user.id, name);
    io.out(token);
    io.err(
      `API token for ${user.email} created. It is shown only once; send it as "Authorization: Bearer <token>".`,
    );
    return 0;
  });
}
