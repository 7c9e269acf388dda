import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { newPage, signedInPage } from './support/session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import {
  columnsOutsideWindow,
  openAsPrinted,
  openAtWidth,
  pageOverflow,
  SCREEN_WIDTHS,
  widestTable,
} from './pages/layout.ts';
import { PORTFOLIO_KEY_COLUMNS } from './pages/portfolio.page.ts';

let server: RunningApp;
let browser: TestBrowser;
let signedIn: Page;
let anonymous: Page;
/** One address for each page pattern, found by following the demo alliance's own links. */
const addresses = new Map<string, string>();

const UUID = '[0-9a-f-]{36}';

async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.find((href) => pattern.test(href));
  if (!found) throw new Error(`${path} links to nothing like ${pattern}`);
  return found;
}

async function discoverAddresses(page: Page): Promise<void> {
  const alliance = await firstLink(page, '/', new RegExp(`^/alliances/${UUID}$`));
  const organisation = await firstLink(page, '/', new RegExp(`^/organisations/${UUID}$`));
  const area = await firstLink(page, `${alliance}/business-areas`, new RegExp(`^/business-areas/${UUID}$`));
  const meeting = await firstLink(page, `${alliance}/boards`, new RegExp(`^/meetings/${UUID}$`));
  const agreement = await firstLink(page, '/agreements', new RegExp(`^/agreements/${UUID}`));
  const pages: [string, string][] = [
    ['dashboard', '/'],
    ['alliances', '/alliances'],
    ['alliance', alliance],
    ['organisations', '/organisations'],
    ['organisation', organisation],
    ['portfolio', `${alliance}/business-areas`],
    ['business area', area],
    ['business case', `${area}/case`],
    ['pipeline', `${alliance}/pipeline`],
    ['boards', `${alliance}/boards`],
    ['meeting', meeting],
    ['conditions', `${alliance}/conditions`],
    ['finance overview', `${alliance}/finance`],
    ['area finance', `${area}/finance`],
    ['bases', `${alliance}/finance/bases`],
    ['what-if', `${alliance}/finance/what-if`],
    ['import', `${alliance}/finance/import`],
    ['agreements', '/agreements'],
    ['agreement', agreement],
    ['sign agreement', `${agreement.split('?')[0] ?? agreement}/sign`],
    ['audit', '/audit'],
    ['users', '/users'],
    ['account', '/account'],
  ];
  for (const [name, path] of pages) addresses.set(name, path);
}

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser(server.baseUrl);
  signedIn = await signedInPage(browser, server.admin);
  anonymous = await newPage(browser);
  await discoverAddresses(signedIn);
});

afterAll(async () => {
  await signedIn?.context().close();
  await anonymous?.context().close();
  await browser?.close();
  await server?.close();
});

/**
 * Opens the page at each width: nothing reaches past the window, and axe and pa11y find nothing at that
 * size. The server sends the same markup at every width, so the Nu checker reads it once.
 */
async function checkAtEveryWidth(page: Page, path: string): Promise<void> {
  for (const width of SCREEN_WIDTHS) {
    expect(await openAtWidth(page, path, width), `${path} at ${width}px`).toBe(200);
    const overflow = await pageOverflow(page);
    expect(
      overflow.scrollWidth,
      `${path} at ${width}px is ${overflow.scrollWidth}px wide: ${overflow.culprits.join(', ')}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);
    await expectNoAxeViolations(page, { checkHtml: width === SCREEN_WIDTHS[0] });
  }
}

const SIGNED_IN_PAGES = [
  'dashboard',
  'alliances',
  'alliance',
  'organisations',
  'organisation',
  'portfolio',
  'business area',
  'business case',
  'pipeline',
  'boards',
  'meeting',
  'conditions',
  'finance overview',
  'area finance',
  'bases',
  'what-if',
  'import',
  'agreements',
  'agreement',
  'sign agreement',
  'audit',
  'users',
  'account',
];

describe('every page fits the screen at 320, 375, 768 and 1,280 px', () => {
  it.each(SIGNED_IN_PAGES)('the %s page', async (name) => {
    const path = addresses.get(name);
    if (!path) throw new Error(`No address found for the ${name} page`);
    await checkAtEveryWidth(signedIn, path);
  });

  it('the sign-in page', async () => {
    await checkAtEveryWidth(anonymous, '/sign-in');
  });

  it('the published agreements, without signing in', async () => {
    await checkAtEveryWidth(anonymous, '/published/agreements');
  });
});

describe('the portfolio on a laptop and a phone', () => {
  it('shows the columns that matter without scrolling sideways at 1,280 px', async () => {
    await openAtWidth(signedIn, addresses.get('portfolio') ?? '', 1280);
    expect(await columnsOutsideWindow(signedIn, 'main table', PORTFOLIO_KEY_COLUMNS)).toEqual([]);
  });

  it('keeps the filter closed at 375 px, behind a button that shows and hides it', async () => {
    await openAtWidth(signedIn, addresses.get('portfolio') ?? '', 375);
    const filter = signedIn.locator('.moj-filter');
    const toggle = signedIn.getByRole('button', { name: 'Show filter' });
    expect(await filter.isVisible()).toBe(false);
    expect(await signedIn.locator('main table').isVisible()).toBe(true);
    await toggle.click();
    expect(await filter.isVisible()).toBe(true);
    // Open on a phone, the filter covers the list (MOJ's pattern) and its own Close button hides it.
    await signedIn.getByRole('button', { name: 'Close' }).click();
    expect(await filter.isVisible()).toBe(false);
    expect(await toggle.isVisible()).toBe(true);
  });
});

describe('printing on A4', () => {
  it.each(['portfolio', 'business area', 'area finance'])(
    'prints the %s page with every column on the sheet and no menus or buttons',
    async (name) => {
      const path = addresses.get(name) ?? '';
      try {
        expect(await openAsPrinted(signedIn, path)).toBe(200);
        const overflow = await pageOverflow(signedIn);
        expect(overflow.scrollWidth, overflow.culprits.join(', ')).toBeLessThanOrEqual(overflow.clientWidth);
        const { table, room } = await widestTable(signedIn);
        expect(table).toBeLessThanOrEqual(room);
        expect(await signedIn.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(false);
        expect(await signedIn.locator('main .govuk-button:visible').count()).toBe(0);
      } finally {
        await signedIn.emulateMedia({ media: 'screen' });
      }
    },
  );
});
