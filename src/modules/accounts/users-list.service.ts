import type { Db } from '../../platform/db/database.ts';
import { decodeCursor, keysetPage, type KeysetPage } from '../../platform/http/cursor.ts';
import { pageWithin, type ListPage, type PageRequest, type SortRequest } from '../../platform/http/paging.ts';
import type { User } from './accounts.domain.ts';
import { countUsers } from './accounts.repo.ts';
import { pageOfUsers, usersAfter, type UserSort } from './users-list.repo.ts';

export interface UserItems extends KeysetPage<User> {
  readonly total: number;
}

/** The users a page or an API list at a time: the database sorts, counts and windows. */
export function createUsersListService(db: Db) {
  async function usersPage(sort: SortRequest<UserSort>, request: PageRequest): Promise<ListPage<User>> {
    const matching = await countUsers(db);
    const within = pageWithin(request, matching);
    const rows = await pageOfUsers(db, sort, { offset: within.offset, limit: within.pageSize });
    return { rows, matching, page: within.page, pageSize: within.pageSize };
  }

  async function userItems(options: { limit: number; cursor: string | undefined }): Promise<UserItems> {
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
    const rows = await usersAfter(db, after, options.limit + 1);
    const listed = keysetPage(
      rows,
      options.limit,
      (row) => ({ key: row.nameKey, id: row.id }),
      ({ nameKey: _nameKey, ...user }) => user,
    );
    return { ...listed, total: await countUsers(db) };
  }

  return { usersPage, userItems };
}
