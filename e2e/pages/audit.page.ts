import type { Page } from 'playwright-core';
import { mainText, verifyOnPage, visit } from './page.ts';

export interface AuditPage {
  text(): Promise<string>;
}

/** The audit trail of every change, at /audit (auditors and administrators). */
export async function openAuditPage(page: Page): Promise<AuditPage> {
  await visit(page, '/audit');
  await verifyOnPage(page, 'Audit trail');
  return { text: () => mainText(page) };
}

/** One record's history as an MOJ timeline, at /audit/<entity>/:id: "History of <record>". */
export async function onAuditTimelinePage(page: Page, recordName: string): Promise<AuditPage> {
  await verifyOnPage(page, `History of ${recordName}`);
  return { text: () => mainText(page) };
}

export async function openAuditTimelinePage(
  page: Page,
  entity: string,
  id: string,
  recordName: string,
): Promise<AuditPage> {
  await visit(page, `/audit/${entity}/${id}`);
  return onAuditTimelinePage(page, recordName);
}
