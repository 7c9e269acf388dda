import type { Db } from '../../platform/db/database.ts';
import { decodeCursor, keysetPage, type KeysetPage } from '../../platform/http/cursor.ts';
import { pageWithin, type ListPage, type PageRequest, type SortRequest } from '../../platform/http/paging.ts';
import type { OrganisationKind } from './organisations.domain.ts';
import type { Organisation } from './organisations.repo.ts';
import * as repo from './organisations-list.repo.ts';

export interface OrganisationsPage {
  /** Every organisation, of any kind: the count before filtering. */
  readonly total: number;
  readonly page: ListPage<Organisation>;
}

export interface OrganisationItems extends KeysetPage<Organisation> {
  readonly total: number;
  readonly matching: number;
}

/** The organisations a page or an API list at a time: the database filters, counts and sorts. */
export function createOrganisationsListService(db: Db) {
  async function page(
    kind: OrganisationKind | undefined,
    sort: SortRequest<repo.OrganisationSort>,
    request: PageRequest,
  ): Promise<OrganisationsPage> {
    const { matching, total } = await repo.organisationCounts(db, kind);
    const within = pageWithin(request, matching);
    const window = { offset: within.offset, limit: within.pageSize };
    const rows = await repo.pageOfOrganisations(db, kind, sort, window);
    return { total, page: { rows, matching, page: within.page, pageSize: within.pageSize } };
  }

  async function items(
    kind: OrganisationKind | undefined,
    options: { limit: number; cursor: string | undefined },
  ): Promise<OrganisationItems> {
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
    const rows = await repo.organisationsAfter(db, kind, after, options.limit + 1);
    const listed = keysetPage(
      rows,
      options.limit,
      (row) => ({ key: row.nameKey, id: row.id }),
      ({ nameKey: _nameKey, ...organisation }) => organisation,
    );
    return { ...listed, ...(await repo.organisationCounts(db, kind)) };
  }

  return { page, items };
}
