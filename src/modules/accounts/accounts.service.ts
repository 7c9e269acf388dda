import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ChangeContext } from '../../platform/context.ts';
import type { Principal, RoleGrant } from '../../platform/http/access.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { signInAttempts } from './accounts.tables.ts';
import * as repo from './accounts.repo.ts';
import {
  API_TOKEN_PREFIX,
  SIGN_IN_LIMITS,
  hashToken,
  newSecretToken,
  normaliseEmail,
  passwordProblem,
  signInBlocked,
  type User,
} from './accounts.domain.ts';

export interface AccountsDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly sessionIdleMinutes: number;
}

/** Sessions end after this long whatever the activity, so a stolen cookie does not live for ever. */
const SESSION_ABSOLUTE_HOURS = 12;
const SESSION_TOUCH_EVERY_MS = 60_000;
// Verified when the email is unknown, so a wrong email takes as long as a wrong password.
const UNKNOWN_USER_HASH = hash('not-a-real-password-for-timing-only');

export type SignInResult =
  | { outcome: 'signed-in'; sessionToken: string; user: User }
  | { outcome: 'invalid' }
  | { outcome: 'blocked' };

export function createAccountsService(deps: AccountsDeps) {
  const { db, clock } = deps;
  const idleMs = deps.sessionIdleMinutes * 60_000;

  async function signIn(input: {
    email: string;
    password: string;
    ipAddress: string;
    requestId: string;
  }): Promise<SignInResult> {
    const emailKey = normaliseEmail(input.email).slice(0, 320);
    const now = clock.now();
    const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
    if (signInBlocked(await repo.recentFailures(db, emailKey, input.ipAddress, since)))
      return { outcome: 'blocked' };
    const user = await repo.findUserByEmail(db, emailKey);
    const matches = await verify(
      user?.passwordHash ?? (await UNKNOWN_USER_HASH),
      input.password.slice(0, 1000),
    );
    if (!user || !user.active || !user.passwordHash || !matches) {
      await repo.recordSignInAttempt(db, { emailKey, ipAddress: input.ipAddress, succeeded: false, now });
      return { outcome: 'invalid' };
    }
    const sessionToken = newSecretToken('');
    await db.transaction(async (tx) => {
      await tx.delete(signInAttempts).where(eq(signInAttempts.emailKey, emailKey));
      await repo.insertSession(tx, {
        id: hashToken(sessionToken),
        userId: user.id,
        now,
        expiresAt: new Date(now.getTime() + idleMs),
      });
      const context = {
        actor: { userId: user.id, label: user.name },
        requestId: input.requestId,
        action: 'account.signed-in',
        now,
      };
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: user.id,
        summary: `${user.name} signed in`,
      });
    });
    return { outcome: 'signed-in', sessionToken, user };
  }

  async function principalFromSession(sessionToken: string): Promise<Principal | undefined> {
    const sessionId = hashToken(sessionToken);
    const session = await repo.findSession(db, sessionId);
    const now = clock.now();
    if (!session) return undefined;
    const absoluteEnd = session.createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
    if (session.expiresAt <= now || absoluteEnd <= now.getTime()) {
      await repo.deleteSession(db, sessionId);
      return undefined;
    }
    const user = await repo.findUserById(db, session.userId);
    if (!user?.active) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
      await repo.touchSession(db, sessionId, now, new Date(now.getTime() + idleMs));
    }
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, via: 'session', sessionId };
  }

  async function principalFromApiToken(token: string): Promise<Principal | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
    const row = await repo.findActiveApiToken(db, hashToken(token));
    if (!row) return undefined;
    const user = await repo.findUserById(db, row.userId);
    if (!user?.active) return undefined;
    await repo.markApiTokenUsed(db, row.id, clock.now());
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, via: 'token' };
  }

  async function signOut(context: ChangeContext, sessionId: string): Promise<void> {
    await db.transaction(async (tx) => {
      await repo.deleteSession(tx, sessionId);
      if (context.actor.userId) {
        await recordAudit(tx, context, {
          entityType: 'user',
          entityId: context.actor.userId,
          summary: `${context.actor.label} signed out`,
        });
      }
    });
  }

  async function createUser(
    context: ChangeContext,
    input: { email: string; name: string; roles: readonly RoleGrant[]; password?: string | undefined },
  ): Promise<User> {
    const email = normaliseEmail(input.email);
    const problem = input.password === undefined ? undefined : passwordProblem(input.password);
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    const passwordHash = input.password === undefined ? null : await hash(input.password);
    const id = crypto.randomUUID();
    return db.transaction(async (tx) => {
      if (await repo.findUserByEmail(tx, email)) {
        throw new ValidationError([
          { field: 'email', message: 'A user with this email address already exists' },
        ]);
      }
      await repo.insertUser(tx, { id, email, name: input.name, passwordHash, now: context.now });
      await repo.replaceRoles(tx, id, input.roles);
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

  async function updateUser(
    context: ChangeContext,
    id: string,
    input: { version: number; name: string; active: boolean; roles: readonly RoleGrant[] },
  ): Promise<User> {
    return db.transaction(async (tx) => {
      const before = await repo.findUserById(tx, id);
      if (!before) throw new NotFoundError('User not found');
      if (
        !(await repo.updateUser(
          tx,
          id,
          input.version,
          { name: input.name, active: input.active },
          context.now,
        ))
      ) {
        throw new ConflictError(
          'Someone else changed this user while you were editing. Your changes have not been saved.',
        );
      }
      await repo.replaceRoles(tx, id, input.roles);
      if (!input.active) await repo.deleteSessionsOfUser(tx, id);
      const after = await repo.findUserById(tx, id);
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: id,
        summary: `Changed user ${input.name}`,
        before,
        after,
      });
      return after as User;
    });
  }

  async function setPassword(context: ChangeContext, email: string, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    const passwordHash = await hash(password);
    await db.transaction(async (tx) => {
      const user = await repo.findUserByEmail(tx, normaliseEmail(email));
      if (!user) throw new NotFoundError(`No user has the email address ${email}`);
      await repo.updateUser(tx, user.id, user.version, { passwordHash }, context.now);
      await repo.deleteSessionsOfUser(tx, user.id);
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: user.id,
        summary: `Set the password of ${user.name}`,
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
        summary: `Created API token "${name}" for ${user.name}`,
        after: { tokenId: id, name },
      });
    });
    return token;
  }

  async function revokeApiToken(context: ChangeContext, userId: string, tokenId: string): Promise<void> {
    await db.transaction(async (tx) => {
      if (!(await repo.revokeApiToken(tx, userId, tokenId, context.now)))
        throw new NotFoundError('API token not found');
      await recordAudit(tx, context, {
        entityType: 'user',
        entityId: userId,
        summary: 'Revoked an API token',
        before: { tokenId },
      });
    });
  }

  return {
    signIn,
    signOut,
    principalFromSession,
    principalFromApiToken,
    createUser,
    updateUser,
    setPassword,
    createApiToken,
    revokeApiToken,
    listUsers: () => repo.listUsers(db),
    findUser: (id: string) => repo.findUserById(db, id),
    findUserByEmail: (email: string) => repo.findUserByEmail(db, normaliseEmail(email)),
    listApiTokens: (userId: string) => repo.listApiTokens(db, userId),
    countUsers: () => repo.countUsers(db),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
