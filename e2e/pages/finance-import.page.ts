import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

export interface SpreadsheetFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** The import page at /alliances/:id/finance/import. */
export interface FinanceImportPage {
  text(): Promise<string>;
  banner(): Promise<string>;
  upload(file: SpreadsheetFile): Promise<number>;
  /** The table of a refused file's problems: each row as [row, problem]. */
  problems(): Promise<string[][]>;
}

export async function onFinanceImportPage(page: Page): Promise<FinanceImportPage> {
  await verifyOnPage(page, 'Import costs from a spreadsheet');
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    banner: async () =>
      (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' ').trim(),
    async upload(file) {
      const form = main.locator('form');
      await form.getByLabel('Spreadsheet', { exact: true }).setInputFiles(file);
      return follow(page, form.getByRole('button', { name: 'Import' }));
    },
    async problems() {
      const rows: string[][] = [];
      for (const row of await main.locator('#problems tbody tr').all()) {
        rows.push((await row.locator('td').allInnerTexts()).map((cell) => cell.trim()));
      }
      return rows;
    },
  };
}

export async function openFinanceImportPage(page: Page, allianceId: string): Promise<FinanceImportPage> {
  await visit(page, `/alliances/${allianceId}/finance/import`);
  return onFinanceImportPage(page);
}
