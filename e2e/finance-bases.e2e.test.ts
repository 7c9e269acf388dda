import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signedInPage } from './support/session.ts';
import { errorSummary, follow } from './pages/page.ts';
import { onDashboardPage } from './pages/dashboard.page.ts';
import { openFinanceFromDashboard } from './pages/finance-overview.page.ts';
import { onFinanceBasesPage } from './pages/finance-bases.page.ts';
import { onFinanceBasisFormPage } from './pages/finance-basis-form.page.ts';
import { onSavedWhatIfPage, onWhatIfPage, openWhatIfPage } from './pages/what-if.page.ts';
import { onFinanceImportPage, openFinanceImportPage } from './pages/finance-import.page.ts';

const ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';
const DEVON = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const HEADERS =
  'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost';

/** 1 April of a year to come, so each new version follows the one before it. */
const aprilIn = (yearsAhead: number) => ({
  day: '1',
  month: '4',
  year: String(new Date().getFullYear() + yearsAhead),
});

let server: RunningApp;
let browser: TestBrowser;
/** One finance lead's session: adopts a basis, compares others, adopts one, imports costs, in order. */
let page: Page;
let allianceId = '';

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

const csvFile = (lines: string[]) => ({
  name: 'costs.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
});

describe('cost-sharing bases, what-if and spreadsheets', () => {
  it('shows the basis history, the version in effect and an amount split to the penny', async () => {
    await onDashboardPage(page);
    await openFinanceFromDashboard(page, ALLIANCE);
    allianceId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(await follow(page, page.getByRole('link', { name: 'Cost-sharing basis and its history' }))).toBe(
      200,
    );
    const bases = await onFinanceBasesPage(page);
    expect(await bases.inEffectToday()).toMatch(/^Version 1: In proportion to the size of each force/);
    expect(await bases.text()).toContain('to the party whose name comes first alphabetically');

    expect(await bases.split('Alliance default: version 1', '1,000,000.01')).toBe(200);
    expect(await (await onFinanceBasesPage(page)).splitRows()).toEqual([
      [DEVON, '72.22%', '£722,222.23'],
      [DORSET, '27.78%', '£277,777.78'],
      ['Total', '100%', '£1,000,000.01'],
    ]);
  });

  it('adopts a new version: a bad form is refused and nothing saved, then a good one is adopted', async () => {
    const bases = await onFinanceBasesPage(page);
    expect(await bases.addVersion()).toBe(200);
    const form = await onFinanceBasisFormPage(page);
    await form.name().fill('Fixed ratio');
    await form.choose('Fixed percentages');
    await form.percentage(DEVON).fill('60');
    await form.percentage(DORSET).fill('30.125');
    await form.effectiveFrom(aprilIn(1));
    expect(await form.adopt()).toBe(400);
    const refused = await onFinanceBasisFormPage(page);
    expect(await errorSummary(page)).toEqual([
      'The percentage for Dorset Police must have no more than 2 decimal places',
    ]);
    expect(await refused.percentage(DORSET).inputValue()).toBe('30.125');

    await refused.percentage(DORSET).fill('30');
    expect(await refused.adopt()).toBe(400);
    const stillRefused = await onFinanceBasisFormPage(page);
    expect(await errorSummary(page)).toEqual(['The percentages must add up to 100; they add up to 90']);

    await stillRefused.percentage(DEVON).fill('69');
    await stillRefused.percentage(DORSET).fill('31');
    await stillRefused.reason().fill('Agreed by the alliance executive board');
    expect(await stillRefused.adopt()).toBe(200);
    const adopted = await onFinanceBasesPage(page);
    expect(await adopted.banner()).toContain('Version 2 adopted: Fixed ratio');
    const text = await adopted.text();
    expect(text).toContain(`${DEVON}: 69%`);
    expect(text).toContain('Agreed by the alliance executive board');
  });

  it('compares bases for a year side by side and saves the comparison', async () => {
    const whatIf = await openWhatIfPage(page, allianceId);
    await whatIf.year().fill('2016/17');
    const equal = whatIf.candidate(1);
    await equal.name().fill('Equal shares');
    await equal.choose('Fixed percentages');
    await equal.percentage(DEVON).fill('50');
    await equal.percentage(DORSET).fill('40');
    await whatIf.candidate(2).choose('In proportion to population');
    expect(await whatIf.compare()).toBe(400);
    const refused = await onWhatIfPage(page);
    expect(await errorSummary(page)).toEqual(['The percentages must add up to 100; they add up to 90']);

    await refused.candidate(1).percentage(DORSET).fill('50');
    expect(await refused.compare()).toBe(200);
    const compared = await onWhatIfPage(page);
    const devon = await compared.comparison(DEVON);
    expect(devon[0]).toEqual(['Share', '72.22%', '50%', '69.14%']);
    expect(devon[3]?.[1]).toBe('The live basis');
    expect(devon[3]?.[2]).toMatch(/^£[\d,.]+ less$/);

    expect(await compared.save('Equal shares against population')).toBe(200);
    const saved = await onSavedWhatIfPage(page, 'Equal shares against population');
    expect(await saved.banner()).toContain('Comparison saved');
    expect((await saved.comparison(DEVON))[0]).toEqual(['Share', '72.22%', '50%', '69.14%']);
  });

  it('adopts one of the saved candidates as the next version', async () => {
    const saved = await onSavedWhatIfPage(page, 'Equal shares against population');
    expect(await saved.adopt('Equal shares', aprilIn(2))).toBe(200);
    const bases = await onFinanceBasesPage(page);
    expect(await bases.banner()).toContain('Version 3 adopted: Equal shares');
    expect(await bases.text()).toContain('Adopted from the what-if "Equal shares against population"');
  });

  it('refuses a spreadsheet with bad rows, listing each, then imports a good one', async () => {
    const importPage = await openFinanceImportPage(page, allianceId);
    expect(await importPage.text()).toContain('Target operating model cost');
    const status = await importPage.upload(
      csvFile([
        HEADERS,
        'Crystal balls,2020/21,Dorset Police,100,,',
        'ICT,2020/21,Dorset Police,lots,,',
        'ICT,2020/21,Devon & Cornwall Police,100,,',
        'ICT,2020/21,Devon & Cornwall Police,100,,',
      ]),
    );
    expect(status).toBe(400);
    const refused = await onFinanceImportPage(page);
    expect(await errorSummary(page)).toEqual([
      expect.stringMatching(/^The file has \d+ problems and nothing was imported$/),
    ]);
    const problems = await refused.problems();
    expect(problems.map((row) => row[0])).toEqual(expect.arrayContaining(['2', '3']));
    expect(problems.map((row) => row[1]).join(' ')).toContain('Crystal balls');

    expect(
      await refused.upload(
        csvFile([
          HEADERS,
          'ICT,2020/21,Dorset Police,"1,000,000",,',
          'ICT,2020/21,Devon & Cornwall Police,"2,500,000",,',
        ]),
      ),
    ).toBe(200);
    const imported = await onFinanceImportPage(page);
    expect(await imported.banner()).toContain(
      'Imported 2 rows: 1 business area cost and 2 baselines, for 2020/21',
    );
  });
});
