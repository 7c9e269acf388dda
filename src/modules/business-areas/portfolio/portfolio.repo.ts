/**
 * The portfolio as the database pages it: filtered, counted, totalled and sorted in SQL, so a page
 * of 50 areas costs the same whether the alliance has 30 areas or 5,000. The name order and the
 * API's keyset are served by the index on (alliance_id, lower(name), id) (migration 0004).
 */
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/database.ts';
import type { Cursor } from '../../../platform/http/cursor.ts';
import type { SortRequest } from '../../../platform/http/paging.ts';
import type { Pence } from '../../../platform/money.ts';
import { organisations } from '../../organisations/organisations.tables.ts';
import { STAGES } from '../pipeline/business-case.domain.ts';
import { CONFIDENCE_LEVELS, type BaselineTotals, type PortfolioFilters } from './business-areas.domain.ts';
import { toArea, type AreaRow, type AreaWithTotals } from './business-areas.repo.ts';
import { businessAreaBaselines, businessAreas } from '../business-areas.tables.ts';

export const PORTFOLIO_SORTS = [
  'name',
  'stage',
  'host',
  'confidence',
  'budget',
  'officers',
  'staff',
] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

export type FacetCategory = 'stage' | 'host' | 'confidence' | 'scope';

/** How many of the alliance's areas (before filtering) have each value: "Implementation (12)". */
export type FacetCounts = Readonly<Record<FacetCategory, ReadonlyMap<string, number>>>;

/** An area with its baseline totals and its host force's name, as the portfolio lists it. */
export interface PortfolioListRow extends AreaWithTotals {
  readonly hostName: string | null;
  /** lower(name) as the database computes it: the API's cursor carries it. */
  readonly nameKey: string;
}

export interface FilteredSummary {
  readonly matching: number;
  readonly totals: BaselineTotals;
}

const area = businessAreas;
const baseline = businessAreaBaselines;

/** A category with 'none' also matches the areas where the column is empty. */
function anyOf(column: PgColumn, values: readonly string[]): SQL | undefined {
  const named = values.filter((value) => value !== 'none');
  return or(
    named.length > 0 ? inArray(column, named) : undefined,
    values.includes('none') ? isNull(column) : undefined,
  );
}

function whereFiltered(allianceId: string, filters: PortfolioFilters): SQL | undefined {
  const [onlyScope, ...otherScopes] = filters.scopes;
  return and(
    eq(area.allianceId, allianceId),
    filters.stages.length > 0 ? inArray(area.stage, filters.stages) : undefined,
    filters.hosts.length > 0 ? anyOf(area.hostOrganisationId, filters.hosts) : undefined,
    filters.confidences.length > 0 ? anyOf(area.confidence, filters.confidences) : undefined,
    onlyScope !== undefined && otherScopes.every((scope) => scope === onlyScope)
      ? eq(area.inScope, onlyScope === 'in_scope')
      : undefined,
  );
}

function areaTotals(db: Db) {
  return db
    .select({
      budgetPence: sql<string>`coalesce(sum(${baseline.budgetPence}), 0)`.as('budget_pence'),
      officers: sql<string>`coalesce(sum(${baseline.officers}), 0)`.as('officers'),
      staff: sql<string>`coalesce(sum(${baseline.staff}), 0)`.as('staff'),
    })
    .from(baseline)
    .where(eq(baseline.businessAreaId, area.id))
    .as('area_totals');
}

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

function sortExpression(key: PortfolioSort, totals: ReturnType<typeof areaTotals>): SQL {
  switch (key) {
    case 'name':
      return sql`lower(${area.name})`;
    case 'stage':
      return sql`array_position(${textArray(STAGES)}, ${area.stage})`;
    case 'host':
      return sql`lower(${organisations.name})`;
    case 'confidence':
      return sql`array_position(${textArray(CONFIDENCE_LEVELS)}, ${area.confidence})`;
    case 'budget':
      return sql`${totals.budgetPence}`;
    case 'officers':
      return sql`${totals.officers}`;
    case 'staff':
      return sql`${totals.staff}`;
  }
}

/** Ties (and areas with no host or no confidence, which come last) are in name order, then by id. */
function orderBy(sort: SortRequest<PortfolioSort>, totals: ReturnType<typeof areaTotals>): SQL[] {
  const direction = sort.direction === 'descending' ? sql`desc` : sql`asc`;
  const byName = sql`lower(${area.name}) asc`;
  const key = sql`${sortExpression(sort.key, totals)} ${direction} nulls last`;
  return sort.key === 'name' ? [key, sql`${area.id} ${direction}`] : [key, byName, sql`${area.id} asc`];
}

function listColumns(totals: ReturnType<typeof areaTotals>) {
  return {
    area,
    hostName: organisations.name,
    nameKey: sql<string>`lower(${area.name})`,
    budgetPence: totals.budgetPence,
    officers: totals.officers,
    staff: totals.staff,
  };
}

function toListRow(row: {
  area: AreaRow;
  hostName: string | null;
  nameKey: string;
  budgetPence: string;
  officers: string;
  staff: string;
}): PortfolioListRow {
  return {
    ...toArea(row.area),
    hostName: row.hostName,
    nameKey: row.nameKey,
    budgetPence: Number(row.budgetPence) as Pence,
    officers: Number(row.officers),
    staff: Number(row.staff),
  };
}

function selectList(db: Db) {
  const totals = areaTotals(db);
  const query = db
    .select(listColumns(totals))
    .from(area)
    .leftJoinLateral(totals, sql`true`)
    .leftJoin(organisations, eq(organisations.id, area.hostOrganisationId));
  return { query, totals };
}

/** One page of the filtered portfolio in the chosen order. */
export async function pageOfAreas(
  db: Db,
  allianceId: string,
  filters: PortfolioFilters,
  sort: SortRequest<PortfolioSort>,
  window: { offset: number; limit: number },
): Promise<PortfolioListRow[]> {
  const { query, totals } = selectList(db);
  const rows = await query
    .where(whereFiltered(allianceId, filters))
    .orderBy(...orderBy(sort, totals))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(toListRow);
}

/** Up to `limit` areas after the cursor in name order (lower(name), id): the API's keyset. */
export async function areasAfter(
  db: Db,
  allianceId: string,
  filters: PortfolioFilters,
  after: Cursor | undefined,
  limit: number,
): Promise<PortfolioListRow[]> {
  const { query, totals } = selectList(db);
  const afterCursor = after && sql`(lower(${area.name}), ${area.id}) > (${String(after.key)}, ${after.id})`;
  const rows = await query
    .where(and(whereFiltered(allianceId, filters), afterCursor))
    .orderBy(...orderBy({ key: 'name', direction: 'ascending' }, totals))
    .limit(limit);
  return rows.map(toListRow);
}

/** How many areas match the filters, and their baselines added up: over every page, not one. */
export async function filteredSummary(
  db: Db,
  allianceId: string,
  filters: PortfolioFilters,
): Promise<FilteredSummary> {
  const [row] = await db
    .select({
      matching: sql<string>`count(distinct ${area.id})`,
      budgetPence: sql<string>`coalesce(sum(${baseline.budgetPence}), 0)`,
      officers: sql<string>`coalesce(sum(${baseline.officers}), 0)`,
      staff: sql<string>`coalesce(sum(${baseline.staff}), 0)`,
    })
    .from(area)
    .leftJoin(baseline, eq(baseline.businessAreaId, area.id))
    .where(whereFiltered(allianceId, filters));
  const officers = Number(row?.officers ?? 0);
  const staff = Number(row?.staff ?? 0);
  return {
    matching: Number(row?.matching ?? 0),
    totals: {
      budgetPence: Number(row?.budgetPence ?? 0) as Pence,
      officers,
      staff,
      people: officers + staff,
    },
  };
}

/** Every filter value's count in one pass over the alliance's areas, with grouping sets. */
export async function facetCounts(db: Db, allianceId: string): Promise<FacetCounts> {
  const host = sql`${area.hostOrganisationId}::text`;
  const scope = sql`case when ${area.inScope} then 'in_scope' else 'excluded' end`;
  const rows = await db
    .select({
      category: sql<FacetCategory>`case when grouping(${area.stage}) = 0 then 'stage'
        when grouping(${host}) = 0 then 'host' when grouping(${area.confidence}) = 0 then 'confidence'
        else 'scope' end`,
      value: sql<string>`coalesce(case when grouping(${area.stage}) = 0 then ${area.stage}
        when grouping(${host}) = 0 then ${host} when grouping(${area.confidence}) = 0 then ${area.confidence}
        else ${scope} end, 'none')`,
      count: sql<string>`count(*)`,
    })
    .from(area)
    .where(eq(area.allianceId, allianceId))
    .groupBy(sql`grouping sets ((${area.stage}), (${host}), (${area.confidence}), (${scope}))`);
  const counts = { stage: new Map(), host: new Map(), confidence: new Map(), scope: new Map() };
  for (const row of rows) counts[row.category].set(row.value, Number(row.count));
  return counts;
}
