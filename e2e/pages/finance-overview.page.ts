import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** An alliance's finance at /alliances/:id/finance: the target, the trajectory, areas and forces. */
export interface FinanceOverviewPage {
  text(): Promise<string>;
  /** The text alternative the trajectory chart gives in place of its bars. */
  chartDescription(): Promise<string>;
  /** The cells of a year's row in the trajectory table, the year first. */
  trajectoryRow(year: string): Promise<string[]>;
  /** The cells of an area's row in the "by business area" table, the area first. */
  areaRow(area: string): Promise<string[]>;
  /** Follows an area's name to its finance page. */
  openArea(area: string): Promise<number>;
}

export async function onFinanceOverviewPage(page: Page, allianceName: string): Promise<FinanceOverviewPage> {
  await verifyOnPage(page, 'Finance');
  const main = page.locator('main');
  await main.locator('.govuk-caption-l', { hasText: allianceName }).waitFor();
  const cells = async (caption: RegExp, name: string) => {
    const table = main.locator('table', { has: page.locator('caption', { hasText: caption }) });
    const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
    return (await row.locator('th, td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim());
  };
  return {
    text: () => mainText(page),
    chartDescription: async () =>
      (await main.locator('svg[role="img"] desc').textContent())?.replace(/\s+/g, ' ').trim() ?? '',
    trajectoryRow: (year) => cells(/^Savings each financial year/, year),
    areaRow: (area) => cells(/^Savings by business area/, `${area} finance`),
    openArea: (area) => follow(page, main.getByRole('link', { name: `${area} finance`, exact: true })),
  };
}

/** The dashboard's link beside the savings target. */
export async function openFinanceFromDashboard(
  page: Page,
  allianceName: string,
): Promise<FinanceOverviewPage> {
  await follow(page, page.getByRole('link', { name: `Savings against the target of ${allianceName}` }));
  return onFinanceOverviewPage(page, allianceName);
}

export async function openFinanceOverviewPage(
  page: Page,
  allianceId: string,
  allianceName: string,
): Promise<FinanceOverviewPage> {
  await visit(page, `/alliances/${allianceId}/finance`);
  return onFinanceOverviewPage(page, allianceName);
}
