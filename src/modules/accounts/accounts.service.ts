import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ChangeContext } from '../../platform/context.ts';
import type { Principal } from '../../platform/http/access.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './accounts.repo.ts';
import { createUsersService } from './users.service.ts';
import { createUsersListService } from './users-list.service.ts';
import { SIGN_IN_LIMITS, signInDecision } from './sign-in-throttle.domain.ts';
import { API_TOKEN_PREFIX, hashToken, newSecretToken, normaliseEmail, type User } from './accounts.domain.ts';

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
    const failures = await repo.recentFailures(db, emailKey, input.ipAddress, since);
    if (!signInDecision(failures, now).allowed) return { outcome: 'blocked' };
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
      await repo.clearFailures(tx, emailKey, input.ipAddress);
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
    const session = await repo.findSessionWithUser(db, sessionId);
    const now = clock.now();
    if (!session) return undefined;
    const absoluteEnd = session.createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
    if (session.expiresAt <= now || absoluteEnd <= now.getTime()) {
      await repo.deleteSession(db, sessionId);
      return undefined;
    }
    const { user } = session;
    if (!user.active) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
      await repo.touchSession(db, sessionId, now, new Date(now.getTime() + idleMs));
    }
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, via: 'session', sessionId };
  }

  async function principalFromApiToken(token: string): Promise<Principal | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
    const row = await repo.findActiveApiTokenWithUser(db, hashToken(token));
    if (!row?.user.active) return undefined;
    const { user } = row;
    const now = clock.now();
    // To the minute, like a session's last activity: a write on every API call would put one
    // write behind every read on the embedded database.
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > SESSION_TOUCH_EVERY_MS) {
      await repo.markApiTokenUsed(db, row.id, now);
    }
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

  return {
    signIn,
    signOut,
    principalFromSession,
    principalFromApiToken,
    ...createUsersService({ db, clock }),
    ...createUsersListService(db),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
