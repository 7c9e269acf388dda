import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';

/** A business case's five sections as a GOV.UK task list, at /business-areas/:id/case. */
export interface BusinessCasePage {
  text(): Promise<string>;
  /** The status shown against a section: "Not started", "In progress" or "Completed". */
  status(sectionTitle: string): Promise<string>;
  openSection(sectionTitle: string): Promise<number>;
}

export async function onBusinessCasePage(page: Page): Promise<BusinessCasePage> {
  await verifyOnPage(page, 'Business case');
  const main = page.locator('main');
  const task = (title: string) => main.locator('.govuk-task-list__item').filter({ hasText: title });
  return {
    text: () => mainText(page),
    status: async (title) => (await task(title).locator('.govuk-task-list__status').innerText()).trim(),
    openSection: (title) => follow(page, main.getByRole('link', { name: title, exact: true })),
  };
}
