import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';

export interface FileToUpload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** The documents of a business case at /business-areas/:id/documents, each with its versions. */
export interface DocumentsPage {
  text(): Promise<string>;
  /** The green banner after an upload: "Uploaded “…”". */
  banner(): Promise<string>;
  upload(title: string, file: FileToUpload): Promise<number>;
  /** The address of a version's download link, by its file name. */
  downloadHref(filename: string): Promise<string>;
}

export async function onDocumentsPage(page: Page): Promise<DocumentsPage> {
  await verifyOnPage(page, 'Documents');
  const main = page.locator('main');
  const form = main.locator('form');
  return {
    text: () => mainText(page),
    banner: async () => (await main.locator('.govuk-notification-banner').innerText()).replace(/\s+/g, ' '),
    async upload(title, file) {
      await form.getByLabel('Title', { exact: true }).fill(title);
      await form.getByLabel('File', { exact: true }).setInputFiles(file);
      return follow(page, form.getByRole('button', { name: 'Upload' }));
    },
    async downloadHref(filename) {
      const link = main.locator('table a', { hasText: filename }).first();
      const href = await link.getAttribute('href');
      if (!href) throw new Error(`No download link for ${filename} on ${page.url()}`);
      return href;
    },
  };
}
