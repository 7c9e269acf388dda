import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

const AREA_PATH = /^\/business-areas\/([0-9a-f-]{36})$/;

/** One business area at /business-areas/:id: its details, stage, baselines and business case. */
export interface BusinessAreaPage {
  readonly id: string;
  text(): Promise<string>;
  /** The green banner after a change ("Business area added", "Baselines saved"). */
  banner(): Promise<string>;
  changeBaselines(): Promise<number>;
  openBusinessCase(): Promise<number>;
  openDocuments(): Promise<number>;
  /** "View or move the stage", in the stage and approvals panel. */
  openStage(): Promise<number>;
  openTimeline(): Promise<number>;
}

export async function onBusinessAreaPage(page: Page, name: string): Promise<BusinessAreaPage> {
  await verifyOnPage(page, name);
  const id = AREA_PATH.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`${page.url()} is not a business area's page`);
  const main = page.locator('main');
  return {
    id,
    text: () => mainText(page),
    banner: async () => (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' '),
    changeBaselines: () => follow(page, main.getByRole('link', { name: `Change the baselines of ${name}` })),
    openBusinessCase: () =>
      follow(
        page,
        main.getByRole('link', {
          name: 'The five cases: strategic, economic, commercial, financial and management',
        }),
      ),
    openDocuments: () => follow(page, main.getByRole('link', { name: /^Documents \(\d+\)$/ })),
    openStage: () => follow(page, main.getByRole('link', { name: 'View or move the stage' })),
    openTimeline: () => follow(page, main.getByRole('link', { name: 'Timeline of this business case' })),
  };
}

export async function openBusinessAreaPage(page: Page, id: string, name: string): Promise<BusinessAreaPage> {
  await visit(page, `/business-areas/${id}`);
  return onBusinessAreaPage(page, name);
}
