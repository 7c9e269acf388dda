import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** The list of organisations at /organisations. */
export interface OrganisationsPage {
  text(): Promise<string>;
  addOrganisation(): Promise<number>;
  /** Follows the organisation's link in the list to its own page. */
  openOrganisation(name: string): Promise<number>;
}

export async function onOrganisationsPage(page: Page): Promise<OrganisationsPage> {
  await verifyOnPage(page, 'Organisations');
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    // A GOV.UK start-style button that is a link: its role is "button".
    addOrganisation: () => follow(page, main.getByRole('button', { name: 'Add an organisation' })),
    openOrganisation: (name) => follow(page, main.getByRole('link', { name, exact: true })),
  };
}

export async function openOrganisationsPage(page: Page): Promise<OrganisationsPage> {
  await visit(page, '/organisations');
  return onOrganisationsPage(page);
}
