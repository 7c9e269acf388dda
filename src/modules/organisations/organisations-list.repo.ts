/**
 * The organisations list as the database pages it: filtered by kind, sorted, counted and windowed
 * in SQL. Ties are broken by name and then id, so an order is total and pages never overlap; the
 * API's keyset walks (lower(name), id).
 */
import { count, eq, and, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Cursor } from '../../platform/http/cursor.ts';
import type { SortRequest } from '../../platform/http/paging.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from './organisations.domain.ts';
import { toOrganisation, type Organisation } from './organisations.repo.ts';
import { organisations } from './organisations.tables.ts';

export const ORGANISATION_SORTS = ['name', 'shortName', 'kind', 'region', 'population'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

/** An organisation with lower(name) as the database computes it: the API's cursor carries it. */
export interface OrganisationListRow extends Organisation {
  readonly nameKey: string;
}

const kinds = sql`array[${sql.join(
  ORGANISATION_KINDS.map((kind) => sql`${kind}`),
  sql`, `,
)}]::text[]`;

function sortExpression(key: OrganisationSort): SQL {
  switch (key) {
    case 'name':
      return sql`lower(${organisations.name})`;
    case 'shortName':
      return sql`lower(${organisations.shortName})`;
    case 'kind':
      return sql`array_position(${kinds}, ${organisations.kind})`;
    case 'region':
      return sql`lower(${organisations.region})`;
    case 'population':
      return sql`${organisations.population}`;
  }
}

/** Organisations with no region or population recorded come last either way. */
function orderBy(sort: SortRequest<OrganisationSort>): SQL[] {
  const direction = sort.direction === 'descending' ? sql`desc` : sql`asc`;
  const key = sql`${sortExpression(sort.key)} ${direction} nulls last`;
  return sort.key === 'name'
    ? [key, sql`${organisations.id} ${direction}`]
    : [key, sql`lower(${organisations.name}) asc`, sql`${organisations.id} asc`];
}

const ofKind = (kind: OrganisationKind | undefined) => (kind ? eq(organisations.kind, kind) : undefined);
const listColumns = { ...getTableColumns(organisations), nameKey: sql<string>`lower(${organisations.name})` };

function toListRow(row: typeof organisations.$inferSelect & { nameKey: string }): OrganisationListRow {
  return { ...toOrganisation(row), nameKey: row.nameKey };
}

/** One page of the organisations of a kind (or of every kind) in the chosen order. */
export async function pageOfOrganisations(
  db: Db,
  kind: OrganisationKind | undefined,
  sort: SortRequest<OrganisationSort>,
  window: { offset: number; limit: number },
): Promise<OrganisationListRow[]> {
  const rows = await db
    .select(listColumns)
    .from(organisations)
    .where(ofKind(kind))
    .orderBy(...orderBy(sort))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(toListRow);
}

/** Up to `limit` organisations after the cursor in name order: the API's keyset. */
export async function organisationsAfter(
  db: Db,
  kind: OrganisationKind | undefined,
  after: Cursor | undefined,
  limit: number,
): Promise<OrganisationListRow[]> {
  const afterCursor =
    after && sql`(lower(${organisations.name}), ${organisations.id}) > (${String(after.key)}, ${after.id})`;
  const rows = await db
    .select(listColumns)
    .from(organisations)
    .where(and(ofKind(kind), afterCursor))
    .orderBy(...orderBy({ key: 'name', direction: 'ascending' }))
    .limit(limit);
  return rows.map(toListRow);
}

/** How many organisations there are of the kind asked for, and of every kind. */
export async function organisationCounts(
  db: Db,
  kind: OrganisationKind | undefined,
): Promise<{ matching: number; total: number }> {
  const [row] = await db
    .select({
      total: count(),
      matching: kind ? sql<string>`count(*) filter (where ${organisations.kind} = ${kind})` : count(),
    })
    .from(organisations);
  return { matching: Number(row?.matching ?? 0), total: row?.total ?? 0 };
}
