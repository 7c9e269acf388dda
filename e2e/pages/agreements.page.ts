import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** The register at /agreements: each agreement as it stood on a date. */
export interface AgreementsRegisterPage {
  text(): Promise<string>;
  openAgreement(title: string | RegExp): Promise<number>;
}

export async function openAgreementsRegister(page: Page, asAt?: string): Promise<AgreementsRegisterPage> {
  await visit(page, asAt ? `/agreements?asAt=${asAt}` : '/agreements');
  await verifyOnPage(page, 'Agreements');
  const table = page.locator('main table');
  return {
    text: () => mainText(page),
    openAgreement: (title) => follow(page, table.getByRole('link', { name: title }).first()),
  };
}

/** One agreement at /agreements/:id, with its versions, signatures and history. */
export async function onAgreementPage(
  page: Page,
  title: string | RegExp,
): Promise<{ text(): Promise<string> }> {
  await verifyOnPage(page, title);
  return { text: () => mainText(page) };
}

/** The public list at /published/agreements, which needs no sign-in. */
export async function openPublishedAgreements(page: Page) {
  await visit(page, '/published/agreements');
  await verifyOnPage(page, 'Collaboration agreements in force');
  const table = page.locator('main table');
  return {
    text: () => mainText(page),
    openAgreement: (title: string | RegExp) => follow(page, table.getByRole('link', { name: title }).first()),
  };
}
