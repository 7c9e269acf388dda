import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';
import type { DateParts } from '../support/dates.ts';

/** Closing a board's condition, at /conditions/:id/close. */
export interface CloseConditionPage {
  text(): Promise<string>;
  close(closedOn: DateParts, howItWasMet: string): Promise<number>;
}

export async function onCloseConditionPage(page: Page): Promise<CloseConditionPage> {
  await verifyOnPage(page, 'Close a condition');
  const form = page.locator('main form');
  return {
    text: () => mainText(page),
    async close(closedOn, howItWasMet) {
      await form.getByLabel('Day', { exact: true }).fill(closedOn.day);
      await form.getByLabel('Month', { exact: true }).fill(closedOn.month);
      await form.getByLabel('Year', { exact: true }).fill(closedOn.year);
      await form.getByLabel('How the condition was met', { exact: true }).fill(howItWasMet);
      return follow(page, form.getByRole('button', { name: 'Close the condition' }));
    },
  };
}
