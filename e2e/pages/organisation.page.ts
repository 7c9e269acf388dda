import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

const ORGANISATION_PATH = /^\/organisations\/([0-9a-f-]{36})$/;

/** One organisation's page at /organisations/:id: its heading is the organisation's name. */
export interface OrganisationPage {
  readonly id: string;
  text(): Promise<string>;
  /** The details card's "Change" link, to /organisations/:id/edit. */
  changeDetails(): Promise<number>;
  /** "See every change to …": the organisation's audit timeline at /audit/organisation/:id. */
  openHistory(): Promise<number>;
}

export async function onOrganisationPage(page: Page, name: string): Promise<OrganisationPage> {
  await verifyOnPage(page, name);
  const id = ORGANISATION_PATH.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`${page.url()} is not an organisation's page`);
  const main = page.locator('main');
  return {
    id,
    text: () => mainText(page),
    changeDetails: () => follow(page, main.getByRole('link', { name: 'Change details' })),
    openHistory: () => follow(page, main.getByRole('link', { name: `See every change to ${name}` })),
  };
}

export async function openOrganisationPage(page: Page, id: string, name: string): Promise<OrganisationPage> {
  await visit(page, `/organisations/${id}`);
  return onOrganisationPage(page, name);
}
