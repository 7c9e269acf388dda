import type { Locator, Page } from 'playwright-core';
import type { DateParts } from '../support/dates.ts';
import { basisBoxes, type BasisBoxes } from './finance-basis-form.page.ts';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** One candidate basis on the what-if form: its name and its boxes. */
export interface Candidate extends BasisBoxes {
  name(): Locator;
}

/** The what-if page at /alliances/:id/finance/what-if: bases compared side by side for a year. */
export interface WhatIfPage {
  year(): Locator;
  candidate(number: 1 | 2 | 3): Candidate;
  compare(): Promise<number>;
  /** A force's table (or "All forces"), each row as its cells: the figure first, then one per basis. */
  comparison(caption: string): Promise<string[][]>;
  /** Names the comparison and saves it. */
  save(name: string): Promise<number>;
  text(): Promise<string>;
}

export async function onWhatIfPage(page: Page): Promise<WhatIfPage> {
  await verifyOnPage(page, 'Compare cost-sharing bases');
  const main = page.locator('main');
  const form = main.locator('form[method="get"]');
  return {
    year: () => form.getByLabel('Financial year', { exact: true }),
    candidate: (number) => ({
      ...basisBoxes(form, `How candidate ${number} shares the costs`),
      name: () => form.getByLabel(`Name of candidate ${number} (optional)`, { exact: true }),
    }),
    compare: () => follow(page, form.getByRole('button', { name: 'Compare' })),
    comparison: (caption) => tableRows(main, caption),
    async save(name) {
      const save = main.locator('form[method="post"]');
      await save.getByLabel('Name of this comparison', { exact: true }).fill(name);
      return follow(page, save.getByRole('button', { name: 'Save this comparison' }));
    },
    text: () => mainText(page),
  };
}

async function tableRows(main: Locator, caption: string): Promise<string[][]> {
  const table = main.locator('table', { has: main.page().locator('caption', { hasText: caption }) }).first();
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim()));
  }
  return rows;
}

export async function openWhatIfPage(page: Page, allianceId: string): Promise<WhatIfPage> {
  await visit(page, `/alliances/${allianceId}/finance/what-if`);
  return onWhatIfPage(page);
}

/** A saved comparison at /alliances/:id/finance/what-if/:scenarioId, with its form to adopt a basis. */
export interface SavedWhatIfPage {
  banner(): Promise<string>;
  comparison(caption: string): Promise<string[][]>;
  adopt(candidate: string, date: DateParts): Promise<number>;
}

export async function onSavedWhatIfPage(page: Page, name: string): Promise<SavedWhatIfPage> {
  await verifyOnPage(page, name);
  const main = page.locator('main');
  const form = main.locator('form');
  return {
    banner: async () =>
      (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' ').trim(),
    comparison: (caption) => tableRows(main, caption),
    async adopt(candidate, date) {
      await form.getByRole('radio', { name: candidate, exact: true }).check();
      const group = form.getByRole('group', { name: 'Date it takes effect', exact: true });
      await group.getByLabel('Day', { exact: true }).fill(date.day);
      await group.getByLabel('Month', { exact: true }).fill(date.month);
      await group.getByLabel('Year', { exact: true }).fill(date.year);
      return follow(page, form.getByRole('button', { name: 'Adopt this basis' }));
    },
  };
}
