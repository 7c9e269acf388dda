import type { Page } from 'playwright-core';
import { follow, verifyOnPage } from './page.ts';

export interface SectionDetails {
  readonly text: string;
  readonly owner?: string;
  /** "Not started", "In progress" or "Completed". */
  readonly status: string;
}

/** One section of a business case ("Strategic case"...) at /business-areas/:id/case/:section. */
export interface CaseSectionPage {
  fill(details: SectionDetails): Promise<void>;
  save(): Promise<number>;
}

export async function onCaseSectionPage(page: Page, sectionTitle: string): Promise<CaseSectionPage> {
  await verifyOnPage(page, sectionTitle);
  const form = page.locator('main form');
  return {
    async fill(details) {
      await form.getByLabel(`Text of the ${sectionTitle.toLowerCase()}`, { exact: true }).fill(details.text);
      if (details.owner !== undefined)
        await form.getByLabel('Owner (optional)', { exact: true }).fill(details.owner);
      await form
        .getByRole('group', { name: 'Status', exact: true })
        .getByRole('radio', { name: details.status, exact: true })
        .check();
    },
    save: () => follow(page, form.getByRole('button', { name: 'Save section' })),
  };
}
