import type { Page } from 'playwright-core';
import { follow, mainText, signOutButton, verifyOnPage, visit } from './page.ts';

export interface DashboardPage {
  /** Everything the main content says, for checking the figures shown. */
  text(): Promise<string>;
  /** Follows a link in the main menu ("Organisations", "Alliances", ...). */
  goTo(menuItem: string): Promise<number>;
  signOut(): Promise<number>;
}

export async function onDashboardPage(page: Page): Promise<DashboardPage> {
  await verifyOnPage(page, 'The alliance in numbers');
  return {
    text: () => mainText(page),
    goTo: (menuItem) =>
      follow(page, page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: menuItem })),
    signOut: () => follow(page, signOutButton(page)),
  };
}

export async function openDashboardPage(page: Page): Promise<DashboardPage> {
  await visit(page, '/');
  return onDashboardPage(page);
}
