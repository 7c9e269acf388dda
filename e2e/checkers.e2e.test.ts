import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { expectNoPa11yErrors, expectValidHtml, pa11yIssues } from './support/checkers.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Check</title></head><body><main>${body}</main></body></html>`;

/** The mistakes the checkers once found in Alliance's pages, so that they are known to catch them. */
const TOTAL_ROW_SPANNING_COLUMNS = `<table><caption>Areas</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Stage</th><th scope="col">Budget</th></tr></thead>
  <tbody><tr><td>ICT</td><td>Scoping</td><td>£1</td></tr></tbody>
  <tfoot><tr><th scope="row" colspan="2">Total</th><td>£1</td></tr></tfoot></table>`;
const ONE_CELL_TABLE =
  '<table><caption>Open conditions</caption><tbody><tr><td>There are no open conditions.</td></tr></tbody></table>';
const EMAIL_AS_USERNAME =
  '<form><label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="username"><button>Sign in</button></form>';

describe('the independent checkers every page goes through', () => {
  let browser: TestBrowser;
  let tab: Page;

  beforeAll(async () => {
    browser = await launchBrowser('http://127.0.0.1');
    tab = await (await browser.newContext()).newPage();
  });
  afterAll(() => browser.close());

  it('pass a valid, accessible page', async () => {
    await tab.setContent(page('<h1>Fine</h1><p>A sentence.</p>'));
    await expectValidHtml(tab);
    await expectNoPa11yErrors(tab);
  });

  it('pa11y catches a header spanning columns without headers, a layout table and a wrong autocomplete', async () => {
    await tab.setContent(
      page(`<h1>Broken</h1>${TOTAL_ROW_SPANNING_COLUMNS}${ONE_CELL_TABLE}${EMAIL_AS_USERNAME}`),
    );
    const errors = (await pa11yIssues(tab))
      .filter((issue) => issue.type === 'error')
      .map((issue) => issue.code);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('H43.HeadersRequired'),
        expect.stringContaining('H39.3.LayoutTable'),
        expect.stringContaining('H98'),
      ]),
    );
    await expect(expectNoPa11yErrors(tab)).rejects.toThrow(/pa11y error/);
  });

  it('the Nu HTML checker catches invalid HTML', async () => {
    await tab.setContent(
      page('<h1>Broken</h1><p><div>A block in a paragraph</div></p><span id="a"></span><span id="a"></span>'),
    );
    await expect(expectValidHtml(tab)).rejects.toThrow(/Duplicate ID/);
  });
});
