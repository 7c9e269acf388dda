import {
  pageSizeChooser,
  pageSummary,
  paginationView,
  pagingParams,
  sortHeaders,
  type SortColumn,
  type SortRequest,
} from '../../platform/http/paging.ts';
import { KIND_PLURALS, KIND_SHORT_LABELS, type OrganisationKind } from './organisations.domain.ts';
import type { OrganisationSort } from './organisations-list.repo.ts';
import type { OrganisationsPage } from './organisations-list.service.ts';

const ORGANISATION_COLUMNS: readonly SortColumn<OrganisationSort>[] = [
  { key: 'name', text: 'Name' },
  { key: 'shortName', text: 'Short name' },
  { key: 'kind', text: 'Kind' },
  { key: 'region', text: 'Region' },
  { key: 'population', text: 'Population served', numeric: true },
];

/** Everything the organisations template shows of one page of the list. */
export function organisationsListView(
  listed: OrganisationsPage,
  kind: OrganisationKind | undefined,
  sort: SortRequest<OrganisationSort>,
  baseHref: string,
) {
  const { page } = listed;
  const kept = pagingParams(sort, 'name', page.pageSize);
  const params = new URLSearchParams(kind ? [['kind', kind], ...kept] : kept);
  return {
    organisations: page.rows.map((o) => ({ ...o, kindLabel: KIND_SHORT_LABELS[o.kind] })),
    kind: kind ?? '',
    heading: kind ? KIND_PLURALS[kind] : 'All organisations',
    summary: pageSummary(page, { one: 'organisation', many: 'organisations' }, listed.total),
    /** The kind filter keeps the chosen order and size. */
    hidden: kept.map(([name, value]) => ({ name, value })),
    headers: sortHeaders(ORGANISATION_COLUMNS, { ...sort, fallback: 'name' }, baseHref, params),
    pagination: paginationView(page, baseHref, params),
    pageSize: pageSizeChooser(page, baseHref, params),
  };
}
