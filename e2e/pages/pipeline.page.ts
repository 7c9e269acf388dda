import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** An alliance's business areas counted by stage, at /alliances/:id/pipeline. */
export interface PipelinePage {
  text(): Promise<string>;
  /** "22 business areas approved, 10 in development, consultation complete on 7." */
  headline(): Promise<string>;
  /** The count in the table's row for a stage. */
  countAt(stageLabel: string): Promise<number>;
  /** Follows a stage's count to the portfolio filtered by that stage. */
  openStage(stageLabel: string): Promise<number>;
}

export async function onPipelinePage(page: Page): Promise<PipelinePage> {
  await verifyOnPage(page, 'Business areas by stage');
  const main = page.locator('main');
  const row = (label: string) =>
    main.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return {
    text: () => mainText(page),
    headline: async () => (await main.locator('.govuk-body-l').first().innerText()).trim(),
    countAt: async (label) => Number((await row(label).locator('td').innerText()).replace(/[^\d]/g, '')),
    openStage: (label) => follow(page, row(label).getByRole('link')),
  };
}

export async function openPipelinePage(page: Page, allianceId: string): Promise<PipelinePage> {
  await visit(page, `/alliances/${allianceId}/pipeline`);
  return onPipelinePage(page);
}
