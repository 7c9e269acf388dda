import type { Page } from 'playwright-core';
import { mainText, verifyOnPage, visit } from './page.ts';

export interface SimplePage {
  readonly status: number;
  text(): Promise<string>;
}

async function openSimplePage(page: Page, path: string, heading: string): Promise<SimplePage> {
  const status = await visit(page, path);
  await verifyOnPage(page, heading);
  return { status, text: () => mainText(page) };
}

/** The list of user accounts, for administrators. */
export const openUsersPage = (page: Page) => openSimplePage(page, '/users', 'Users');

/** The signed-in person's own account: their details, roles and API tokens. */
export const openAccountPage = (page: Page) => openSimplePage(page, '/account', 'Your account');

export const openAccessibilityStatement = (page: Page) =>
  openSimplePage(page, '/accessibility', 'Accessibility statement for Alliance');

/** Any address that leads nowhere shows the "Page not found" page. */
export const openMissingPage = (page: Page, path: string) => openSimplePage(page, path, 'Page not found');
