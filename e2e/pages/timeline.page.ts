import type { Page } from 'playwright-core';
import { mainText, verifyOnPage } from './page.ts';

/** A case's history as an MOJ timeline, at /business-areas/:id/timeline: newest first. */
export interface TimelinePage {
  text(): Promise<string>;
  /** The heading of every entry, newest first. */
  entries(): Promise<string[]>;
}

export async function onTimelinePage(page: Page, areaName: string): Promise<TimelinePage> {
  await verifyOnPage(page, `Timeline of ${areaName}`);
  const main = page.locator('main');
  return {
    text: () => mainText(page),
    entries: async () =>
      (await main.locator('.moj-timeline__title').allInnerTexts()).map((title) =>
        title.replace(/\s+/g, ' ').trim(),
      ),
  };
}
