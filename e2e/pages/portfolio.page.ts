import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

const PORTFOLIO_PATH = /^\/alliances\/([0-9a-f-]{36})\/business-areas$/;

/** An alliance's business areas at /alliances/:id/business-areas: the MOJ filter beside a paged table sorted by its headers. */
export interface PortfolioPage {
  readonly allianceId: string;
  text(): Promise<string>;
  /** "35 business areas" or "Showing 7 of 35 business areas". */
  count(): Promise<string>;
  /** The names in the table's first column, in the order shown. */
  areaNames(): Promise<string[]>;
  /** Ticks the stage in the filter ("Implementation (7)") and applies the filters: a GET form. */
  filterByStage(stageLabel: string): Promise<number>;
  /** Chooses "25 a page" and presses "Show": a GET form. */
  choosePageSize(size: number): Promise<number>;
  /** Follows a link of the GOV.UK pagination: "Next", "Previous" or a page number. */
  goToPage(name: string): Promise<number>;
  /** Follows a column header's sort link ("Baseline budget"). */
  sortBy(column: string): Promise<number>;
  /** The column's `aria-sort`: "ascending", "descending" or "none". */
  sortOf(column: string): Promise<string | null>;
  addBusinessArea(): Promise<number>;
  openArea(name: string): Promise<number>;
}

export async function onPortfolioPage(page: Page): Promise<PortfolioPage> {
  await verifyOnPage(page, 'Business areas');
  const allianceId = PORTFOLIO_PATH.exec(new URL(page.url()).pathname)?.[1];
  if (!allianceId) throw new Error(`${page.url()} is not an alliance's business areas`);
  const main = page.locator('main');
  const table = main.locator('table');
  return {
    allianceId,
    text: () => mainText(page),
    count: async () => (await main.locator('#portfolio-count').innerText()).trim(),
    areaNames: async () =>
      (await table.locator('tbody tr td:first-child').allInnerTexts()).map((name) => name.trim()),
    async filterByStage(stageLabel) {
      const stages = main.getByRole('group', { name: 'Stage', exact: true });
      const escaped = stageLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await stages.getByRole('checkbox', { name: new RegExp(`^${escaped} \\(\\d+\\)$`) }).check();
      return follow(page, main.getByRole('button', { name: 'Apply filters' }));
    },
    async choosePageSize(size) {
      await main.getByLabel('Rows on each page').selectOption(String(size));
      return follow(page, main.getByRole('button', { name: 'Show', exact: true }));
    },
    goToPage: (name) =>
      follow(
        page,
        main.getByRole('navigation', { name: 'Pages of business areas' }).getByRole('link', { name }),
      ),
    sortBy: (column) => follow(page, table.locator('thead').getByRole('link', { name: column, exact: true })),
    sortOf: (column) =>
      table
        .locator('thead th', { has: page.getByRole('link', { name: column, exact: true }) })
        .getAttribute('aria-sort'),
    // A GOV.UK button that is a link: its role is "button".
    addBusinessArea: () => follow(page, main.getByRole('button', { name: 'Add a business area' })),
    openArea: (name) => follow(page, table.getByRole('link', { name, exact: true })),
  };
}

export async function openPortfolioPage(page: Page, allianceId: string, query = ''): Promise<PortfolioPage> {
  await visit(page, `/alliances/${allianceId}/business-areas${query}`);
  return onPortfolioPage(page);
}

/** The columns a reader of the portfolio needs at a glance; the rest are on each area's own page. */
export const PORTFOLIO_KEY_COLUMNS = ['Name', 'Stage', 'Host force', 'Confidence', 'Baseline budget'];
