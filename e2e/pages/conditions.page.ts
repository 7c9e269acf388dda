import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** The conditions the boards set on an alliance's cases, at /alliances/:id/conditions. */
export interface ConditionsPage {
  text(): Promise<string>;
  /** The row of a condition: what it is, the case, owner, due date and status. */
  row(description: string): Promise<string>;
  /** The sub-navigation: "All", "Open", "Overdue" or "Closed". */
  show(filter: string): Promise<number>;
}

export async function onConditionsPage(page: Page): Promise<ConditionsPage> {
  await verifyOnPage(page, 'Conditions set by the boards');
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    row: async (description) =>
      (await main.locator('table tbody tr').filter({ hasText: description }).innerText())
        .replace(/\s+/g, ' ')
        .trim(),
    show: (filter) =>
      follow(
        page,
        main
          .getByRole('navigation', { name: 'Show conditions' })
          .getByRole('link', { name: filter, exact: true }),
      ),
  };
}

export async function openConditionsPage(
  page: Page,
  allianceId: string,
  status?: string,
): Promise<ConditionsPage> {
  await visit(page, `/alliances/${allianceId}/conditions${status ? `?status=${status}` : ''}`);
  return onConditionsPage(page);
}
