import { ROLES, type Role, type RoleGrant } from '../platform/http/access.ts';
import { createAccountsService } from '../modules/accounts/accounts.service.ts';
import { findOrganisationByReference } from '../modules/organisations/organisations.service.ts';
import { ValidationError } from '../platform/errors.ts';
import { UsageError, parseOptions, cliContext, requireOption, withDatabase, type CliIo } from './support.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function userCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addUser(rest, io);
  if (sub === 'list') return listUsers(rest, io);
  if (sub === 'set-password') return setPassword(rest, io);
  throw new UsageError('say what to do: user add, user list or user set-password');
}

async function readPassword(io: CliIo, values: Record<string, unknown>): Promise<string> {
  if (!values['password-stdin'])
    throw new UsageError('--password-stdin is required: pipe the password in, never on the command line');
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  if (!password) throw new UsageError('no password was given on standard input');
  return password;
}

async function addUser(args: string[], io: CliIo): Promise<number> {
  const values = parseOptions(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
    organisation: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  const email = requireOption(values, 'email');
  if (!EMAIL.test(email) || email.length > 320)
    throw new UsageError(`"${email.slice(0, 80)}" is not an email address`);
  const name = requireOption(values, 'name');
  if (name.length > 200) throw new UsageError('--name must be 200 characters or fewer');
  const roles = (values.role as string[] | undefined) ?? [];
  if (roles.length === 0) throw new UsageError(`--role is required: one of ${ROLES.join(', ')}`);
  const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown) throw new UsageError(`unknown role "${unknown.slice(0, 50)}": use one of ${ROLES.join(', ')}`);
  const password = await readPassword(io, values);
  return withDatabase(io, async ({ db }) => {
    let organisationId: string | null = null;
    if (typeof values.organisation === 'string') {
      const organisation = await findOrganisationByReference(db, values.organisation);
      if (!organisation)
        throw new UsageError(`no organisation is called "${values.organisation.slice(0, 100)}"`);
      organisationId = organisation.id;
    }
    const grants: RoleGrant[] = roles.map((role) => ({ role: role as Role, organisationId }));
    const accounts = createAccountsService({ db, clock: io.clock, sessionIdleMinutes: 120 });
    try {
      const user = await accounts.createUser(cliContext(io, 'user.created'), {
        email,
        name,
        roles: grants,
        password,
      });
      io.out(`Added ${user.name} <${user.email}> (${roles.join(', ')})`);
      return 0;
    } catch (error) {
      if (error instanceof ValidationError) throw new UsageError(error.message);
      throw error;
    }
  });
}

async function listUsers(args: string[], io: CliIo): Promise<number> {
  parseOptions(args, {});
  return withDatabase(io, async ({ db }) => {
    const users = await createAccountsService({ db, clock: io.clock, sessionIdleMinutes: 120 }).listUsers();
    for (const user of users) {
      const roles = user.roles.map((grant) =>
        grant.organisationId ? `${grant.role} (${grant.organisationId})` : grant.role,
      );
      io.out(`${user.email}\t${user.name}\t${user.active ? 'active' : 'deactivated'}\t${roles.join(', ')}`);
    }
    if (users.length === 0) io.out('No users');
    return 0;
  });
}

async function setPassword(args: string[], io: CliIo): Promise<number> {
  const values = parseOptions(args, { email: { type: 'string' }, 'password-stdin': { type: 'boolean' } });
  const email = requireOption(values, 'email');
  const password = await readPassword(io, values);
  return withDatabase(io, async ({ db }) => {
    const accounts = createAccountsService({ db, clock: io.clock, sessionIdleMinutes: 120 });
    try {
      await accounts.setPassword(cliContext(io, 'user.password-set'), email, password);
    } catch (error) {
      if (error instanceof ValidationError) throw new UsageError(error.message);
      throw error;
    }
    io.out(`Set the password of ${email}; their sessions have ended`);
    return 0;
  });
}
