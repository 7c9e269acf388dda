import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.ts';

/**
 * Checks the browser shows the page expected (by its one h1) and that the page passes axe:
 * every page object calls this, so every page a journey visits is checked for accessibility.
 */
export async function verifyOnPage(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const headings = await page.locator('h1').count();
  if (headings !== 1) throw new Error(`${page.url()} has ${headings} h1 headings; a page has exactly one`);
  await expectNoAxeViolations(page);
}

/** Opens an address and answers the status of the page shown (after any redirects). */
export async function visit(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  return response?.status() ?? 0;
}

/** Does something that loads a new page (a link, a form) and answers that page's status. */
export async function navigateBy(page: Page, action: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([page.waitForNavigation(), action()]);
  return response?.status() ?? 0;
}

/** Follows a link or presses a button, then waits for the page it loads. */
export function follow(page: Page, target: Locator): Promise<number> {
  return navigateBy(page, () => target.click());
}

/**
 * The messages in the GOV.UK error summary. Also checks each message links to a field that exists,
 * so a keyboard or screen-reader user can jump to it.
 */
export async function errorSummary(page: Page): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  const links = summary.locator('.govuk-error-summary__list a');
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
    if (!href.startsWith('#') || (await page.locator(href).count()) !== 1)
      throw new Error(`The error summary links to "${href}", which is not one field on ${page.url()}`);
  }
  const items = await summary.locator('.govuk-error-summary__list li').allInnerTexts();
  return items.map((item) => item.trim());
}

/** The text of the main content, with runs of white space made single, for checking what is shown. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** The header's sign-out button: on every page when someone is signed in. */
export function signOutButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Sign out' });
}
