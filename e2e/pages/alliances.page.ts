import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** The list of alliances at /alliances. */
export interface AlliancesPage {
  text(): Promise<string>;
  /** Follows an alliance's link in the list to its own page. */
  openAlliance(name: string | RegExp): Promise<number>;
}

export async function onAlliancesPage(page: Page): Promise<AlliancesPage> {
  await verifyOnPage(page, 'Alliances');
  const table = page.locator('main table');
  return {
    text: () => mainText(page),
    openAlliance: (name) => follow(page, table.getByRole('link', { name }).first()),
  };
}

export async function openAlliancesPage(page: Page): Promise<AlliancesPage> {
  await visit(page, '/alliances');
  return onAlliancesPage(page);
}

/** One alliance's page at /alliances/:id: its heading is the alliance's name. */
export async function onAlliancePage(
  page: Page,
  name: string | RegExp,
): Promise<{ text(): Promise<string> }> {
  if (!/^\/alliances\/[0-9a-f-]{36}$/.test(new URL(page.url()).pathname))
    throw new Error(`${page.url()} is not an alliance's page`);
  await verifyOnPage(page, name);
  return { text: () => mainText(page) };
}
