import { and, asc, count, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { ROLES, type Role, type RoleGrant } from '../../platform/http/access.ts';
import { apiTokens, sessions, signInAttempts, userRoles, users } from './accounts.tables.ts';
import type { User } from './accounts.domain.ts';
import type { SignInFailures } from './sign-in-throttle.domain.ts';

type UserRow = typeof users.$inferSelect;

export async function withRoles(db: Db, rows: UserRow[]): Promise<User[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .select()
    .from(userRoles)
    .where(
      inArray(
        userRoles.userId,
        rows.map((row) => row.id),
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    active: row.active,
    version: row.version,
    hasPassword: row.passwordHash !== null,
    roles: grants
      .filter((grant) => grant.userId === row.id)
      .map((grant) => ({ role: grant.role as Role, organisationId: grant.organisationId }))
      .sort(byRoleThenOrganisation),
  }));
}

/** A stable order, so two snapshots of the same roles compare equal. */
function byRoleThenOrganisation(a: RoleGrant, b: RoleGrant): number {
  const byRole = ROLES.indexOf(a.role) - ROLES.indexOf(b.role);
  if (byRole !== 0) return byRole;
  return (a.organisationId ?? '').localeCompare(b.organisationId ?? '');
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return (await withRoles(db, await db.select().from(users).where(eq(users.id, id))))[0];
}

export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<(User & { passwordHash: string | null }) | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) return undefined;
  const [user] = await withRoles(db, [row]);
  return user && { ...user, passwordHash: row.passwordHash };
}

export async function listUsers(db: Db): Promise<User[]> {
  return withRoles(db, await db.select().from(users).orderBy(asc(users.name)));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(
  db: Db,
  user: { id: string; email: string; name: string; passwordHash: string | null; now: Date },
): Promise<void> {
  await db.insert(users).values({ ...user, createdAt: user.now, updatedAt: user.now });
}

export async function replaceRoles(db: Db, userId: string, grants: readonly RoleGrant[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (grants.length === 0) return;
  await db.insert(userRoles).values(grants.map((grant) => ({ id: crypto.randomUUID(), userId, ...grant })));
}

/** Updates only if nobody else saved since `version` was read; returns false when they had. */
export async function updateUser(
  db: Db,
  id: string,
  version: number,
  changes: { name?: string; active?: boolean; passwordHash?: string },
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ ...changes, version: version + 1, updatedAt: now })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return updated.length === 1;
}

/** Setting a password does not touch the version: it is not part of what the edit form changes. */
export async function setPasswordHash(db: Db, id: string, passwordHash: string, now: Date): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, id));
}

export async function insertSession(
  db: Db,
  session: { id: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values({
    id: session.id,
    userId: session.userId,
    createdAt: session.now,
    lastSeenAt: session.now,
    expiresAt: session.expiresAt,
  });
}

/** The user's columns and grants, in the shape of User, for the one-query lookups below. */
const userWithRoles = {
  id: users.id,
  email: users.email,
  name: users.name,
  active: users.active,
  version: users.version,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  grants: sql<
    [Role, string | null][]
  >`coalesce(json_agg(json_build_array(${userRoles.role}, ${userRoles.organisationId})) filter (where ${userRoles.id} is not null), '[]')`,
};

function toUser({ grants, ...user }: Omit<User, 'roles'> & { grants: [Role, string | null][] }): User {
  const roles = grants
    .map(([role, organisationId]) => ({ role, organisationId }))
    .sort(byRoleThenOrganisation);
  return { ...user, roles };
}

/**
 * A session with its user and the user's roles, in one round trip: every signed-in page asks for
 * it, and on the embedded database every query waits behind every other request's.
 */
export async function findSessionWithUser(db: Db, id: string) {
  const [row] = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: userWithRoles,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(eq(sessions.id, id))
    .groupBy(sessions.id, users.id);
  return row && { ...row, user: toUser(row.user) };
}

/** An API token that has not been revoked, with its user and roles, in one round trip. */
export async function findActiveApiTokenWithUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, user: userWithRoles })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .groupBy(apiTokens.id, users.id);
  return row && { ...row, user: toUser(row.user) };
}

export async function touchSession(db: Db, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function insertApiToken(
  db: Db,
  token: { id: string; userId: string; name: string; tokenHash: string; now: Date },
): Promise<void> {
  await db.insert(apiTokens).values({
    id: token.id,
    userId: token.userId,
    name: token.name,
    tokenHash: token.tokenHash,
    createdAt: token.now,
  });
}

export async function listApiTokens(db: Db, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt));
}

export async function findApiToken(db: Db, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
  return row;
}

export async function revokeApiToken(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length === 1;
}

export async function markApiTokenUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function recordSignInAttempt(
  db: Db,
  attempt: { emailKey: string; ipAddress: string; succeeded: boolean; now: Date },
): Promise<void> {
  await db.insert(signInAttempts).values({
    id: crypto.randomUUID(),
    emailKey: attempt.emailKey,
    ipAddress: attempt.ipAddress,
    succeeded: attempt.succeeded,
    attemptedAt: attempt.now,
  });
}

/** Failed sign-ins since `since` for this email, from this address, and both; one query. */
export async function recentFailures(
  db: Db,
  emailKey: string,
  ipAddress: string,
  since: Date,
): Promise<SignInFailures> {
  const forEmail = sql`${signInAttempts.emailKey} = ${emailKey}`;
  const fromAddress = sql`${signInAttempts.ipAddress} = ${ipAddress}`;
  const [row] = await db
    .select({
      accountAndAddress: sql`count(*) filter (where ${forEmail} and ${fromAddress})`.mapWith(Number),
      address: sql`count(*) filter (where ${fromAddress})`.mapWith(Number),
      account: sql`count(*) filter (where ${forEmail})`.mapWith(Number),
      lastAccountFailureAt: sql`max(${signInAttempts.attemptedAt}) filter (where ${forEmail})`.mapWith(
        signInAttempts.attemptedAt,
      ),
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gte(signInAttempts.attemptedAt, since),
        or(eq(signInAttempts.emailKey, emailKey), eq(signInAttempts.ipAddress, ipAddress)),
      ),
    );
  return {
    accountAndAddress: row?.accountAndAddress ?? 0,
    address: row?.address ?? 0,
    account: row?.account ?? 0,
    lastAccountFailureAt: (row?.lastAccountFailureAt as Date | null | undefined) ?? null,
  };
}

/** A success clears the failures of that account from that address only, so it never resets another address's count. */
export async function clearFailures(db: Db, emailKey: string, ipAddress: string): Promise<void> {
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.emailKey, emailKey), eq(signInAttempts.ipAddress, ipAddress)));
}
