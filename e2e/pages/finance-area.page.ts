import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';

/** One business area's money at /business-areas/:id/finance: costs, savings, shares and actuals. */
export interface FinanceAreaPage {
  text(): Promise<string>;
  /** The green banner after a change ("Costs saved", "Realised saving recorded"). */
  banner(): Promise<string>;
  /** The cells of a year's row in the "Costs each year" table, the year (and its change link) first. */
  costsRow(year: string): Promise<string[]>;
  /** The realised savings recorded, one line of text each, newest first. */
  actuals(): Promise<string[]>;
  changeCosts(): Promise<number>;
  recordActual(): Promise<number>;
}

export async function onFinanceAreaPage(page: Page, areaName: string): Promise<FinanceAreaPage> {
  await verifyOnPage(page, 'Finance');
  const main = page.locator('main');
  await main.locator('.govuk-caption-l', { hasText: areaName }).waitFor();
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const table = (caption: RegExp) =>
    main.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return {
    text: () => mainText(page),
    banner: async () => flat(await main.locator('.govuk-notification-banner').innerText()),
    costsRow: async (year) => {
      const row = table(/^Costs each year$/)
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${year.replace('/', '\\/')}`) }) });
      return (await row.locator('th, td').allInnerTexts()).map(flat);
    },
    actuals: async () =>
      (
        await table(/^Savings realised/)
          .locator('tbody tr')
          .allInnerTexts()
      ).map(flat),
    changeCosts: () => follow(page, main.getByRole('button', { name: 'Change the costs' })),
    recordActual: () => follow(page, main.getByRole('button', { name: 'Record a realised saving' })),
  };
}
