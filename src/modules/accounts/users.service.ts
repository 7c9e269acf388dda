import { hash } from '@node-rs/argon2';
import type { Db } from '../../platform/db/database.ts';
import type { ChangeContext } from '../../platform/context.ts';
import type { RoleGrant } from '../../platform/http/access.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { createOrganisationsService, getOrganisationsByIds } from '../organisations/index.ts';
import * as repo from './accounts.repo.ts';
import {
  API_TOKEN_PREFIX,
  distinctGrants,
  hashToken,
  newSecretToken,
  normaliseEmail,
  passwordProblem,
  roleGrantProblems,
  selfChangeProblem,
  type User,
} from './accounts.domain.ts';

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly RoleGrant[];
  /** Without one the user cannot sign in until an administrator sets one. */
  readonly password?: string | undefined;
}

export interface UserChanges {
  readonly version: number;
  readonly name: string;
  readonly active: boolean;
  readonly roles: readonly RoleGrant[];
}

export interface ApiTokenSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

const DUPLICATE_EMAIL = 'A user with this email address already exists';
const CHANGED_ELSEWHERE =
  'Someone else changed this user while you were editing. Your changes have not been saved.';

function fail(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

async function grantProblems(db: Db, grants: readonly RoleGrant[]): Promise<FieldError[]> {
  const ids = [...new Set(grants.flatMap((grant) => (grant.organisationId ? [grant.organisationId] : [])))];
  const known = new Set((await getOrganisationsByIds(db, ids)).map((organisation) => organisation.id));
  return roleGrantProblems(grants, known);
}

function userSummary(before: User, after: UserChanges): string {
  if (before.active && !after.active) return `Deactivated user ${after.name}`;
  if (!before.active && after.active) return `Reactivated user ${after.name}`;
  return `Changed user ${after.name}`;
}

/** Administration of users and their API tokens: each change audited in its own transaction. */
export function createUsersService(deps: { readonly db: Db; readonly clock: Clock }) {
  const { db } = deps;
  const organisations = createOrganisationsService(deps);

  async function createUser(context: ChangeContext, input: NewUser): Promise<User> {
    const email = normaliseEmail(input.email);
    const roles = distinctGrants(input.roles);
    const problem = input.password === undefined ? undefined : passwordProblem(input.password);
    fail([
      ...(await grantProblems(db, roles)),
      ...(problem ? [{ field: 'password', message: problem }] : []),
    ]);
    const passwordHash = input.password === undefined ? null : await hash(input.password);
    const id = crypto.randomUUID();
    return db.transaction(async (tx) => {
      if (await repo.findUserByEmail(tx, email)) fail([{ field: 'email', message: DUPLICATE_EMAIL }]);
      await repo.insertUser(tx, { id, email, name: input.name, passwordHash, now: context.now });
      await repo.replaceRoles(tx, id, roles);
      const user = await repo.findUserById(tx, id);
      if (!user) throw new NotFoundError('User not found');
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: id,
        summary: `Added user ${input.name}`,
        after: user,
      });
      return user;
    });
  }

  async function updateUser(context: ChangeContext, id: string, input: UserChanges): Promise<User> {
    const roles = distinctGrants(input.roles);
    return db.transaction(async (tx) => {
      const before = await repo.findUserById(tx, id);
      if (!before) throw new NotFoundError('User not found');
      const selfProblem = selfChangeProblem(context.actor.userId, before, { active: input.active, roles });
      fail([...(selfProblem ? [selfProblem] : []), ...(await grantProblems(tx, roles))]);
      const changes = { name: input.name, active: input.active };
      if (!(await repo.updateUser(tx, id, input.version, changes, context.now)))
        throw new ConflictError(CHANGED_ELSEWHERE);
      await repo.replaceRoles(tx, id, roles);
      if (!input.active) await repo.deleteSessionsOfUser(tx, id);
      const after = await repo.findUserById(tx, id);
      if (!after) throw new NotFoundError('User not found');
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: id,
        summary: userSummary(before, input),
        before,
        after,
      });
      return after;
    });
  }

  /** Ends every session of that user: whoever knew the old password is signed out. */
  async function setPasswordOf(
    context: ChangeContext,
    find: (tx: Db) => Promise<User | undefined>,
    password: string,
    notFound = 'User not found',
  ): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    const passwordHash = await hash(password);
    await db.transaction(async (tx) => {
      const user = await find(tx);
      if (!user) throw new NotFoundError(notFound);
      await repo.setPasswordHash(tx, user.id, passwordHash, context.now);
      await repo.deleteSessionsOfUser(tx, user.id);
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: user.id,
        summary: `Set the password of ${user.name}`,
        before: { hasPassword: user.hasPassword },
        after: { hasPassword: true },
      });
    });
  }

  async function createApiToken(context: ChangeContext, userId: string, name: string): Promise<string> {
    const token = newSecretToken(API_TOKEN_PREFIX);
    const id = crypto.randomUUID();
    await db.transaction(async (tx) => {
      const user = await repo.findUserById(tx, userId);
      if (!user) throw new NotFoundError('User not found');
      await repo.insertApiToken(tx, { id, userId, name, tokenHash: hashToken(token), now: context.now });
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: userId,
        summary: `Created API token “${name}” for ${user.name}`,
        after: { tokenId: id, name },
      });
    });
    return token;
  }

  async function revokeApiToken(context: ChangeContext, userId: string, tokenId: string): Promise<void> {
    await db.transaction(async (tx) => {
      const token = await repo.findApiToken(tx, userId, tokenId);
      if (!token || !(await repo.revokeApiToken(tx, userId, tokenId, context.now)))
        throw new NotFoundError('API token not found');
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: userId,
        summary: `Revoked API token “${token.name}”`,
        before: { tokenId, name: token.name, revoked: false },
        after: { tokenId, name: token.name, revoked: true },
      });
    });
  }

  async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
    const rows = await repo.listApiTokens(db, userId);
    return rows.map(({ id, name, createdAt, lastUsedAt, revokedAt }) => ({
      id,
      name,
      createdAt,
      lastUsedAt,
      revokedAt,
    }));
  }

  return {
    createUser,
    updateUser,
    /** By email, for the command line. */
    setPassword: (context: ChangeContext, email: string, password: string) =>
      setPasswordOf(
        context,
        (tx) => repo.findUserByEmail(tx, normaliseEmail(email)),
        password,
        `No user has the email address ${email.slice(0, 320)}`,
      ),
    setUserPassword: (context: ChangeContext, userId: string, password: string) =>
      setPasswordOf(context, (tx) => repo.findUserById(tx, userId), password),
    createApiToken,
    revokeApiToken,
    listApiTokens,
    listUsers: () => repo.listUsers(db),
    findUser: (id: string) => repo.findUserById(db, id),
    findUserByEmail: (email: string) => repo.findUserByEmail(db, normaliseEmail(email)),
    countUsers: () => repo.countUsers(db),
    /** Every organisation a role may be limited to, by name. */
    organisationChoices: async (): Promise<{ id: string; name: string }[]> =>
      (await organisations.list()).map(({ id, name }) => ({ id, name })),
    /** Names of the organisations these grants are limited to, for showing them. */
    organisationNames: async (grants: readonly RoleGrant[]): Promise<Map<string, string>> => {
      const ids = grants.flatMap((grant) => (grant.organisationId ? [grant.organisationId] : []));
      const found = await getOrganisationsByIds(db, [...new Set(ids)]);
      return new Map(found.map((organisation) => [organisation.id, organisation.name]));
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
