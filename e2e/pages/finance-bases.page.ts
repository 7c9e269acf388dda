import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** The basis history at /alliances/:id/finance/bases, with its form to split an amount. */
export interface FinanceBasesPage {
  text(): Promise<string>;
  /** The green banner after a version is adopted. */
  banner(): Promise<string>;
  /** The title of the one version highlighted as in effect today. */
  inEffectToday(): Promise<string>;
  /** Follows "Add a version of the alliance’s basis". */
  addVersion(): Promise<number>;
  /** Chooses a version by the start of its name in the list, types an amount and splits it. */
  split(version: string, amount: string): Promise<number>;
  /** The rows of the split's table, each as its cells: force, share, amount; the total last. */
  splitRows(): Promise<string[][]>;
}

const HEADING = 'Cost-sharing bases';

export async function onFinanceBasesPage(page: Page): Promise<FinanceBasesPage> {
  await verifyOnPage(page, HEADING);
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    banner: async () =>
      (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' ').trim(),
    inEffectToday: async () =>
      (
        await main
          .locator('.govuk-summary-card__title', {
            has: page.locator('.govuk-tag', { hasText: 'In effect today' }),
          })
          .first()
          .innerText()
      )
        .replace(/\s+/g, ' ')
        .trim(),
    addVersion: () => follow(page, main.getByRole('link', { name: 'Add a version of the alliance’s basis' })),
    async split(version, amount) {
      const select = main.getByLabel('Version to split it by', { exact: true });
      const options = await select.locator('option').allInnerTexts();
      const label = options.find((text) => text.startsWith(version));
      if (!label) throw new Error(`No version starting "${version}" among ${options.join(' | ')}`);
      await select.selectOption({ label });
      await main.getByLabel('Amount', { exact: true }).fill(amount);
      return follow(page, main.getByRole('button', { name: 'Split the amount' }));
    },
    async splitRows() {
      const rows = main.locator('#split-result tbody tr');
      const result: string[][] = [];
      for (const row of await rows.all())
        result.push((await row.locator('th, td').allInnerTexts()).map((c) => c.trim()));
      return result;
    },
  };
}

export async function openFinanceBasesPage(page: Page, allianceId: string): Promise<FinanceBasesPage> {
  await visit(page, `/alliances/${allianceId}/finance/bases`);
  return onFinanceBasesPage(page);
}
