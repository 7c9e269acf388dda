import { createChangeCache } from '../../../platform/db/change-cache.ts';
import { decodeCursor, keysetPage, type KeysetPage } from '../../../platform/http/cursor.ts';
import {
  pageWithin,
  type ListPage,
  type PageRequest,
  type SortRequest,
} from '../../../platform/http/paging.ts';
import type { BaselineTotals, PortfolioFilters } from './business-areas.domain.ts';
import {
  createBusinessAreasService,
  type AllianceOfArea,
  type BusinessAreasDeps,
} from './business-areas.service.ts';
import { changeCounter } from '../../audit/index.ts';
import * as repo from './portfolio.repo.ts';

export interface PortfolioPage {
  readonly alliance: AllianceOfArea;
  /** Every area of the alliance, before filtering. */
  readonly total: number;
  readonly facets: repo.FacetCounts;
  /** The baselines of every area matching the filters, on any page. */
  readonly totals: BaselineTotals;
  readonly page: ListPage<repo.PortfolioListRow>;
}

export interface PortfolioItems extends KeysetPage<repo.PortfolioListRow> {
  readonly total: number;
  readonly matching: number;
  readonly totals: BaselineTotals;
}

function totalOf(facets: repo.FacetCounts): number {
  let total = 0;
  for (const count of facets.stage.values()) total += count;
  return total;
}

/** The portfolio a page or an API list at a time: the database filters, counts, totals and sorts. */
export function createPortfolioService(deps: BusinessAreasDeps) {
  const { db } = deps;
  const areas = createBusinessAreasService(deps);
  // The pages people open again and again (ADR 15): kept until the next change anywhere.
  const keptPages = createChangeCache<PortfolioPage>(() => changeCounter(db), { maxEntries: 200 });

  function page(
    allianceId: string,
    filters: PortfolioFilters,
    sort: SortRequest<repo.PortfolioSort>,
    request: PageRequest,
  ): Promise<PortfolioPage> {
    const key = JSON.stringify([allianceId, filters, sort, request]);
    return keptPages.get(key, () => loadPage(allianceId, filters, sort, request));
  }

  async function loadPage(
    allianceId: string,
    filters: PortfolioFilters,
    sort: SortRequest<repo.PortfolioSort>,
    request: PageRequest,
  ): Promise<PortfolioPage> {
    const alliance = await areas.alliance(allianceId);
    const facets = await repo.facetCounts(db, allianceId);
    const summary = await repo.filteredSummary(db, allianceId, filters);
    const within = pageWithin(request, summary.matching);
    const rows = await repo.pageOfAreas(db, allianceId, filters, sort, {
      offset: within.offset,
      limit: within.pageSize,
    });
    return {
      alliance,
      total: totalOf(facets),
      facets,
      totals: summary.totals,
      page: { rows, matching: summary.matching, page: within.page, pageSize: within.pageSize },
    };
  }

  async function items(
    allianceId: string,
    filters: PortfolioFilters,
    options: { limit: number; cursor: string | undefined },
  ): Promise<PortfolioItems> {
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
    await areas.alliance(allianceId);
    const facets = await repo.facetCounts(db, allianceId);
    const summary = await repo.filteredSummary(db, allianceId, filters);
    const rows = await repo.areasAfter(db, allianceId, filters, after, options.limit + 1);
    const listed = keysetPage(
      rows,
      options.limit,
      (row) => ({ key: row.nameKey, id: row.id }),
      (row) => row,
    );
    return { ...listed, total: totalOf(facets), matching: summary.matching, totals: summary.totals };
  }

  return { page, items };
}

export type PortfolioService = ReturnType<typeof createPortfolioService>;
