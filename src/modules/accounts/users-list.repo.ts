/**
 * The users list as the database pages it: sorted, counted and windowed in SQL, so the page costs
 * the same with 30 users or 30,000. Ties are broken by id so an order is total and pages never
 * overlap; the API's keyset walks (lower(name), id).
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Cursor } from '../../platform/http/cursor.ts';
import type { SortRequest } from '../../platform/http/paging.ts';
import type { User } from './accounts.domain.ts';
import { withRoles } from './accounts.repo.ts';
import { users } from './accounts.tables.ts';

export const USER_SORTS = ['name', 'email'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** A user with lower(name) as the database computes it: the API's cursor carries it. */
export interface UserListRow extends User {
  readonly nameKey: string;
}

function sortExpression(key: UserSort): SQL {
  return key === 'name' ? sql`lower(${users.name})` : sql`${users.email}`;
}

function orderBy(sort: SortRequest<UserSort>): SQL[] {
  const direction = sort.direction === 'descending' ? sql`desc` : sql`asc`;
  return [sql`${sortExpression(sort.key)} ${direction}`, sql`${users.id} ${direction}`];
}

async function withNameKeys(db: Db, rows: (typeof users.$inferSelect & { nameKey: string })[]) {
  const keys = new Map(rows.map((row) => [row.id, row.nameKey]));
  const found = await withRoles(db, rows);
  return found.map((user): UserListRow => ({ ...user, nameKey: keys.get(user.id) ?? '' }));
}

const listColumns = { ...getTableColumns(users), nameKey: sql<string>`lower(${users.name})` };

/** One page of users in the chosen order. */
export async function pageOfUsers(
  db: Db,
  sort: SortRequest<UserSort>,
  window: { offset: number; limit: number },
): Promise<UserListRow[]> {
  const rows = await db
    .select(listColumns)
    .from(users)
    .orderBy(...orderBy(sort))
    .limit(window.limit)
    .offset(window.offset);
  return withNameKeys(db, rows);
}

/** Up to `limit` users after the cursor in name order (lower(name), id): the API's keyset. */
export async function usersAfter(db: Db, after: Cursor | undefined, limit: number): Promise<UserListRow[]> {
  const afterCursor = after && sql`(lower(${users.name}), ${users.id}) > (${String(after.key)}, ${after.id})`;
  const rows = await db
    .select(listColumns)
    .from(users)
    .where(afterCursor)
    .orderBy(...orderBy({ key: 'name', direction: 'ascending' }))
    .limit(limit);
  return withNameKeys(db, rows);
}
