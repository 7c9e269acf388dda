/**
 * Paging, sorting and page sizes for list pages, the GOV.UK way: numbered pages, a page size the
 * person chooses from a short list, and column headers that are links. Everything is a GET
 * address, so it all works without JavaScript and every state can be bookmarked.
 */

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

export type SortDirection = 'ascending' | 'descending';

export interface PageRequest {
  /** 1-based; at most the last page once the count is known (see `pageWithin`). */
  readonly page: number;
  readonly pageSize: number;
}

export interface SortRequest<Key extends string> {
  readonly key: Key;
  readonly direction: SortDirection;
}

/** A page of a list, with what is needed to draw the links to the others. */
export interface ListPage<Row> {
  readonly rows: readonly Row[];
  /** Rows matching the filters, across every page. */
  readonly matching: number;
  readonly page: number;
  readonly pageSize: number;
}

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function positiveWhole(value: unknown): number | undefined {
  const text = single(value);
  if (text === undefined || !/^\d{1,6}$/.test(text)) return undefined;
  const number = Number(text);
  return number >= 1 ? number : undefined;
}

/**
 * `page` and `pageSize` from a page's address. A hand-edited or stale address falls back to the
 * first page and the usual size rather than an error page: there is nothing the person got wrong.
 */
export function parsePageRequest(query: Record<string, unknown>): PageRequest {
  const size = positiveWhole(query.pageSize);
  return {
    page: positiveWhole(query.page) ?? 1,
    pageSize: PAGE_SIZES.find((choice) => choice === size) ?? DEFAULT_PAGE_SIZE,
  };
}

export function parseSort<Key extends string>(
  query: Record<string, unknown>,
  keys: readonly Key[],
  fallback: Key,
): SortRequest<Key> {
  const asked = single(query.sort);
  const key = keys.find((candidate) => candidate === asked) ?? fallback;
  return { key, direction: single(query.order) === 'descending' ? 'descending' : 'ascending' };
}

export function lastPageOf(matching: number, pageSize: number): number {
  return Math.max(1, Math.ceil(matching / pageSize));
}

/** A page past the end (the list shrank, or the address was edited) shows the last page. */
export function pageWithin(request: PageRequest, matching: number): PageRequest & { offset: number } {
  const page = Math.min(request.page, lastPageOf(matching, request.pageSize));
  return { page, pageSize: request.pageSize, offset: (page - 1) * request.pageSize };
}

/** The address of the same list with some parameters changed (undefined removes one). */
export function listHref(
  baseHref: string,
  params: URLSearchParams,
  changes: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(name);
    else next.set(name, value);
  }
  const query = next.toString();
  return query ? `${baseHref}?${query}` : baseHref;
}

/** " (page 2 of 7)" for the page title, as GOV.UK asks, so each page of a list is told apart; "" for one page. */
export function pageTitleSuffix(page: ListPage<unknown>): string {
  const last = lastPageOf(page.matching, page.pageSize);
  return last > 1 ? ` (page ${page.page} of ${last})` : '';
}

/** The numbers to show: the first, the last, and the current page with its neighbours. */
export function pageNumbersToShow(current: number, last: number): (number | 'ellipsis')[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  return wanted.flatMap((n, index) => {
    const previous = wanted[index - 1];
    return previous !== undefined && n - previous > 1 ? ['ellipsis' as const, n] : [n];
  });
}

/** The arguments of govuk-frontend's `govukPagination`, or undefined for a list of one page. */
export function paginationView(page: ListPage<unknown>, baseHref: string, params: URLSearchParams) {
  const last = lastPageOf(page.matching, page.pageSize);
  if (last <= 1) return undefined;
  const hrefOf = (n: number) => listHref(baseHref, params, { page: n === 1 ? undefined : String(n) });
  return {
    ...(page.page > 1 ? { previous: { href: hrefOf(page.page - 1) } } : {}),
    ...(page.page < last ? { next: { href: hrefOf(page.page + 1) } } : {}),
    items: pageNumbersToShow(page.page, last).map((n) =>
      n === 'ellipsis'
        ? { ellipsis: true }
        : { number: n, href: hrefOf(n), current: n === page.page || undefined },
    ),
  };
}

/**
 * "35 business areas", "Showing 7 of 35 business areas" (filtered), or over several pages
 * "Showing 51 to 100 of 120 business areas (5,000 before filtering)".
 */
export function pageSummary(
  page: ListPage<unknown>,
  noun: { one: string; many: string },
  totalBeforeFilters: number,
): string {
  const count = new Intl.NumberFormat('en-GB');
  const name = (n: number) => (n === 1 ? noun.one : noun.many);
  if (page.matching <= page.rows.length) {
    return page.matching === totalBeforeFilters
      ? `${count.format(page.matching)} ${name(page.matching)}`
      : `Showing ${count.format(page.matching)} of ${count.format(totalBeforeFilters)} ${name(totalBeforeFilters)}`;
  }
  const first = (page.page - 1) * page.pageSize + 1;
  const range = `${count.format(first)} to ${count.format(first + page.rows.length - 1)}`;
  const filtered =
    page.matching === totalBeforeFilters ? '' : ` (${count.format(totalBeforeFilters)} before filtering)`;
  return `Showing ${range} of ${count.format(page.matching)} ${name(page.matching)}${filtered}`;
}

/** The page-size chooser: a GET form that keeps every other parameter as hidden fields. */
export function pageSizeChooser(page: ListPage<unknown>, baseHref: string, params: URLSearchParams) {
  const kept = [...params.entries()].filter(([name]) => name !== 'pageSize' && name !== 'page');
  return {
    /** A list that fits on the smallest page has nothing to choose. */
    worthChoosing: page.matching > PAGE_SIZES[0],
    action: baseHref,
    hidden: kept.map(([name, value]) => ({ name, value })),
    items: PAGE_SIZES.map((size) => ({
      value: String(size),
      text: `${size} a page`,
      selected: size === page.pageSize,
    })),
  };
}

export interface SortColumn<Key extends string> {
  readonly key: Key;
  readonly text: string;
  readonly numeric?: boolean;
}

/**
 * Column headers as links: the current column shows its direction in `aria-sort` and its link
 * turns it round; the others start ascending. The filters and page size stay; the page goes back
 * to the first, where the new order starts.
 */
export function sortHeaders<Key extends string>(
  columns: readonly SortColumn<Key>[],
  sort: SortRequest<Key> & { fallback: Key },
  baseHref: string,
  params: URLSearchParams,
) {
  return columns.map((column) => {
    const current = column.key === sort.key;
    const turnRound = current && sort.direction === 'ascending';
    return {
      text: column.text,
      numeric: column.numeric ?? false,
      ariaSort: current ? sort.direction : 'none',
      href: listHref(baseHref, params, {
        sort: column.key === sort.fallback ? undefined : column.key,
        order: turnRound ? 'descending' : undefined,
        page: undefined,
      }),
    };
  });
}

/** The sort and size parameters of a list's address, left out when they are the defaults. */
export function pagingParams<Key extends string>(
  sort: SortRequest<Key>,
  fallback: Key,
  pageSize: number,
): [string, string][] {
  const params: [string, string][] = [];
  if (sort.key !== fallback) params.push(['sort', sort.key]);
  if (sort.direction === 'descending') params.push(['order', 'descending']);
  if (pageSize !== DEFAULT_PAGE_SIZE) params.push(['pageSize', String(pageSize)]);
  return params;
}
