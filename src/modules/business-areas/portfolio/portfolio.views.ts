import {
  listHref,
  pageSizeChooser,
  pageSummary,
  paginationView,
  pagingParams,
  sortHeaders,
  type SortColumn,
  type SortRequest,
} from '../../../platform/http/paging.ts';
import { STAGES, STAGE_LABELS, type Stage } from '../pipeline/business-case.domain.ts';
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  SCOPES,
  SCOPE_LABELS,
  type MemberForce,
  type PortfolioFilters,
} from './business-areas.domain.ts';
import { portfolioRow, totalsText } from './business-areas.views.ts';
import type { FacetCategory, FacetCounts, PortfolioSort } from './portfolio.repo.ts';
import type { PortfolioPage } from './portfolio.service.ts';

interface FilterOption {
  readonly value: string;
  readonly label: string;
}

const CATEGORIES: readonly FacetCategory[] = ['stage', 'host', 'confidence', 'scope'];

const CATEGORY_HEADINGS: Record<FacetCategory, string> = {
  stage: 'Stage',
  host: 'Host force',
  confidence: 'Delivery confidence',
  scope: 'Scope',
};

export const PORTFOLIO_COLUMNS: readonly SortColumn<PortfolioSort>[] = [
  { key: 'name', text: 'Name' },
  { key: 'stage', text: 'Stage' },
  { key: 'host', text: 'Host force' },
  { key: 'confidence', text: 'Confidence' },
  { key: 'budget', text: 'Baseline budget', numeric: true },
  { key: 'officers', text: 'Officers', numeric: true },
  { key: 'staff', text: 'Staff', numeric: true },
];

function categoryOptions(forces: readonly MemberForce[]): Record<FacetCategory, readonly FilterOption[]> {
  return {
    stage: STAGES.map((stage: Stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
    host: [
      ...forces.map((force) => ({ value: force.organisationId, label: force.name })),
      { value: 'none', label: 'Not decided' },
    ],
    confidence: [
      ...CONFIDENCE_LEVELS.map((level) => ({ value: level, label: CONFIDENCE_LABELS[level] })),
      { value: 'none', label: 'Not assessed' },
    ],
    scope: SCOPES.map((scope) => ({ value: scope, label: SCOPE_LABELS[scope] })),
  };
}

function chosenValues(filters: PortfolioFilters, category: FacetCategory): readonly string[] {
  if (category === 'stage') return filters.stages;
  if (category === 'host') return filters.hosts;
  if (category === 'confidence') return filters.confidences;
  return filters.scopes;
}

/** The chosen filters as address parameters, leaving out one value (for its "remove" tag). */
export function filterParams(
  filters: PortfolioFilters,
  without?: { category: FacetCategory; value: string },
) {
  const params = new URLSearchParams();
  for (const category of CATEGORIES) {
    for (const chosen of chosenValues(filters, category)) {
      if (!(without?.category === category && without.value === chosen)) params.append(category, chosen);
    }
  }
  return params;
}

/**
 * The MOJ filter: a checkbox per value with how many areas have it, and a removable tag per chosen
 * value. Options nobody has and nobody chose are left out, so the panel stays short. Changing the
 * filters keeps the order and page size and goes back to the first page.
 */
export function filterPanel(
  facets: FacetCounts,
  forces: readonly MemberForce[],
  filters: PortfolioFilters,
  listing: { baseHref: string; kept: readonly [string, string][] },
) {
  const options = categoryOptions(forces);
  const hrefOf = (params: URLSearchParams) => {
    for (const [name, value] of listing.kept) params.set(name, value);
    return listHref(listing.baseHref, params, {});
  };
  const categories = CATEGORIES.map((category) => {
    const chosen = chosenValues(filters, category);
    const items = options[category].flatMap((option) => {
      const count = facets[category].get(option.value) ?? 0;
      const checked = chosen.includes(option.value);
      return count > 0 || checked
        ? [{ value: option.value, text: `${option.label} (${count})`, checked }]
        : [];
    });
    const selected = options[category]
      .filter((option) => chosen.includes(option.value))
      .map((option) => ({
        text: option.label,
        href: hrefOf(filterParams(filters, { category, value: option.value })),
      }));
    return { name: category, heading: CATEGORY_HEADINGS[category], items, selected };
  });
  const anyChosen = categories.some((category) => category.selected.length > 0);
  return {
    categories,
    hidden: listing.kept.map(([name, value]) => ({ name, value })),
    selectedFilters: anyChosen
      ? {
          heading: { text: 'Selected filters' },
          clearLink: { text: 'Clear filters', href: hrefOf(new URLSearchParams()) },
          categories: categories
            .filter((category) => category.selected.length > 0)
            .map((category) => ({ heading: { text: category.heading }, items: category.selected })),
        }
      : undefined,
  };
}

/** Everything the portfolio template shows of one page of the list. */
export function portfolioListView(
  portfolio: PortfolioPage,
  filters: PortfolioFilters,
  sort: SortRequest<PortfolioSort>,
  baseHref: string,
) {
  const { page } = portfolio;
  const kept = pagingParams(sort, 'name', page.pageSize);
  const params = filterParams(filters);
  for (const [name, value] of kept) params.set(name, value);
  return {
    rows: page.rows.map(portfolioRow),
    matching: page.matching,
    totalCount: portfolio.total,
    summary: pageSummary(page, { one: 'business area', many: 'business areas' }, portfolio.total),
    onePage: page.matching <= page.pageSize,
    totals: totalsText(portfolio.totals),
    headers: sortHeaders(PORTFOLIO_COLUMNS, { ...sort, fallback: 'name' }, baseHref, params),
    pagination: paginationView(page, baseHref, params),
    pageSize: pageSizeChooser(page, baseHref, params),
    filter: filterPanel(portfolio.facets, portfolio.alliance.memberForces, filters, {
      baseHref,
      kept: kept.filter(([name]) => name !== 'page'),
    }),
  };
}
