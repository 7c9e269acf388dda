import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signedInPage } from './support/session.ts';
import { londonDay } from './support/dates.ts';
import { errorSummary } from './pages/page.ts';
import { onDashboardPage } from './pages/dashboard.page.ts';
import { openFinanceFromDashboard } from './pages/finance-overview.page.ts';
import { onFinanceAreaPage } from './pages/finance-area.page.ts';
import { onFinanceCostsPage } from './pages/finance-costs.page.ts';
import { onFinanceActualPage } from './pages/finance-actual.page.ts';

const ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';
const AREA = 'Legal services';
const COSTS = {
  year: '2020/21',
  baselines: { 'Devon & Cornwall Police': '1,650,000', 'Dorset Police': '700,000' },
  targetCost: 'twelve',
  implementationCost: '0',
};

let server: RunningApp;
let browser: TestBrowser;
/** One session follows the money from the dashboard to one area and changes it; the steps run in order. */
let page: Page;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser(server.baseUrl);
  page = await signedInPage(browser, server.admin);
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

describe('the finance of the demo alliance', () => {
  it('shows the savings trajectory against the £12m target, as a chart with a text alternative and as a table', async () => {
    await onDashboardPage(page);
    const overview = await openFinanceFromDashboard(page, ALLIANCE);
    const text = await overview.text();
    expect(text).toContain('£12 million a year by 2017/18');
    expect(text).toContain('Amber below 100% of plan, red below 90%');
    expect(await overview.chartDescription()).toContain(
      'Planned and forecast savings each year from 2014/15 to 2019/20.',
    );
    const targetYear = await overview.trajectoryRow('2017/18');
    expect(targetYear[0]).toBe('2017/18');
    expect(targetYear.slice(-2)).toEqual(['£12,000,000.00', 'Green']);
    expect((await overview.trajectoryRow('2014/15')).slice(1, 3)).toEqual(['£0.00', '£0.00']);
    expect(await overview.areaRow(AREA)).toEqual([
      `${AREA} finance`,
      '£2,300,000.00',
      '£2,081,500.00',
      '£218,500.00',
      '£227,240.00',
      'Green',
      'Version 1: In proportion to the size of each force',
    ]);
    expect(await overview.openArea(AREA)).toBe(200);
  });

  it('refuses a bad amount in the costs form, then saves good costs', async () => {
    const area = await onFinanceAreaPage(page, AREA);
    expect(await area.costsRow('2015/16')).toContain('£2,190,750.00');
    expect(await area.changeCosts()).toBe(200);

    const form = await onFinanceCostsPage(page);
    await form.fill(COSTS);
    expect(await form.save()).toBe(400);
    const refused = await onFinanceCostsPage(page);
    expect(await errorSummary(page)).toEqual([
      'The target operating model cost must be an amount of money, like £1,234.56',
    ]);
    expect(await refused.value('Target operating model cost (optional)')).toBe('twelve');
    expect(await refused.value('Devon & Cornwall Police')).toBe('1,650,000');
    expect(await page.title()).toMatch(/^Error: /);

    await refused.fill({ ...COSTS, targetCost: '2,200,000' });
    expect(await refused.save()).toBe(200);
    const saved = await onFinanceAreaPage(page, AREA);
    expect(await saved.banner()).toContain('Costs saved');
    expect((await saved.costsRow('2020/21')).slice(1)).toEqual([
      '£1,650,000.00',
      '£700,000.00',
      '£2,350,000.00',
      '£2,200,000.00',
      '£0.00',
      'Version 1: In proportion to the size of each force',
    ]);
  });

  it('records a realised saving with its evidence', async () => {
    const area = await onFinanceAreaPage(page, AREA);
    expect(await area.recordActual()).toBe(200);
    const today = londonDay();
    const form = await onFinanceActualPage(page);
    await form.fill({
      year: '2025/26',
      recordedOn: today.parts,
      amount: '12,500',
      cashable: true,
      evidence: 'Outside counsel budget reduced: the March budget monitoring report',
      owner: 'Head of legal services',
    });
    expect(await form.save()).toBe(200);
    const saved = await onFinanceAreaPage(page, AREA);
    expect(await saved.banner()).toContain('Realised saving recorded');
    expect((await saved.actuals())[0]).toBe(
      `${today.long} 2025/26 £12,500.00 Cashable Outside counsel budget reduced: the March budget monitoring report Head of legal services`,
    );
  });
});
