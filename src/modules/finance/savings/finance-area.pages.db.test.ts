import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary, type TestSession } from '../../../platform/testing/test-app.ts';
import { formatMoney } from '../../../platform/money.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';
import { mainText as text } from '../finance-pages.testing.ts';
import { financeAreaYears, financeBaselines, savingsActuals, savingsForecasts } from '../finance.tables.ts';
import { createSavingsModelService } from './savings-model.service.ts';

const DC = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';

describe('a business area’s finance pages', () => {
  let demo: FinanceDemo;
  let finance: TestSession;
  let viewer: TestSession;
  let legal: string;
  let dcField: string;
  let dorsetField: string;
  const page = (suffix = '') => `/business-areas/${legal}/finance${suffix}`;

  async function counts() {
    return {
      areaYears: await demo.rows(financeAreaYears),
      baselines: await demo.rows(financeBaselines),
      actuals: await demo.rows(savingsActuals),
      forecasts: await demo.rows(savingsForecasts),
      audit: (await demo.auditActions()).length,
    };
  }

  beforeAll(async () => {
    demo = await startFinanceDemo();
    finance = await demo.t.signIn([{ role: 'finance', organisationId: null }]);
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
    legal = await demo.areaId('Legal services');
    dcField = `baseline-${await demo.organisationId(DC)}`;
    dorsetField = `baseline-${await demo.organisationId(DORSET)}`;
  });
  afterAll(() => demo.t.close());

  it('shows each year’s baselines per force, combined cost, basis, savings and the actuals with their evidence', async () => {
    const response = await viewer.get(page());
    expect(response.statusCode).toBe(200);
    const shown = text(response.body);
    expect(shown).toContain('Legal services Finance');
    expect(shown).toContain('2014/15 £1,610,000.00 £690,000.00 £2,300,000.00 Not combined £0.00 None');
    expect(shown).toContain(
      '2015/16 £1,610,000.00 £690,000.00 £2,300,000.00 £2,190,750.00 £92,000.00 Version 1: In proportion to the size of each force',
    );
    expect(shown).toContain(
      '2015/16 (this year) £109,250.00 £113,620.00 £113,620.00 £109,250.00 £0.00 Green',
    );
    expect(shown).toContain('2017/18 £218,500.00 £0.00 £0.00 £227,240.00 £8,740.00 Green');
    expect(shown).toContain(
      '10 March 2016 2015/16 £113,620.00 Cashable Combined team budget for 2015/16 against the two forces’ baselines Finance business partner, legal services',
    );
    expect(response.body).toContain(`href="/alliances/${demo.allianceId}/finance/bases#basis-`);
    expect(shown).not.toContain('Change the costs');
  });

  it('splits the combined cost between the forces to the penny, by the basis in effect', async () => {
    const shown = text((await viewer.get(page())).body);
    const model = await createSavingsModelService({ db: demo.t.database.db, clock: demo.t.clock }).model(
      demo.allianceId,
      { businessAreaId: legal },
    );
    const year = model.figures.find((f) => f.financialYear === 2015);
    const [dc, dorset] = year?.forces ?? [];
    expect((dc?.contribution ?? 0) + (dorset?.contribution ?? 0)).toBe(219_075_000);
    expect(shown).toContain(
      `2015/16 ${DC} 72.22% ${formatMoney(dc?.contribution ?? 0)} ${formatMoney(dc?.implementationShare ?? 0)} ${formatMoney(dc?.saving ?? 0)}`,
    );
    expect(shown).toContain(`${DORSET} 27.78% ${formatMoney(dorset?.contribution ?? 0)}`);

    const marine = await demo.areaId('Marine section');
    const ownBasis = text((await viewer.get(`/business-areas/${marine}/finance`)).body);
    expect(ownBasis).toContain('Version 1: Marine section: the split of its baselines');
    expect(ownBasis).toMatch(
      /2016\/17 Devon & Cornwall Police 40% £[\d,.]+ £[\d,.]+ £[\d,.]+ Dorset Police 60%/,
    );
  });

  it('answers 404 for a business area that does not exist', async () => {
    expect(
      (await viewer.get('/business-areas/00000000-0000-4000-8000-000000000000/finance')).statusCode,
    ).toBe(404);
    expect((await finance.get('/business-areas/nonsense/finance/costs')).statusCode).toBe(404);
  });

  describe('the costs form', () => {
    const good = () => ({
      financialYear: '2020/21',
      [dcField]: '1,700,000',
      [dorsetField]: '£700,000.50',
      targetCost: '2,200,000.01',
      implementationCost: '0',
    });

    it('opens on a year’s saved figures', async () => {
      const form = await finance.get(`${page('/costs')}?year=2015`);
      expect(form.statusCode).toBe(200);
      for (const value of ['2015/16', '1610000.00', '690000.00', '2190750.00', '92000.00']) {
        expect(form.body).toContain(`value="${value}"`);
      }
      const thisYear = await finance.get(page('/costs'));
      expect(thisYear.body).toMatch(/name="financialYear"[^>]*value="2015\/16"/);
    });

    it('refuses bad amounts, a year out of range and missing figures, keeping the input and saving nothing', async () => {
      const before = await counts();
      const cases: [Record<string, string>, string[]][] = [
        [{ [dorsetField]: '-5' }, ['The baseline of Dorset Police must not be negative']],
        [
          { targetCost: 'abc' },
          ['The target operating model cost must be an amount of money, like £1,234.56'],
        ],
        [{ financialYear: '2040/41' }, ['The financial year must be between 2000/01 and 2035/36']],
        [{ financialYear: 'next year' }, ['The financial year must be a financial year, like 2015/16']],
        [
          { implementationCost: '', [dcField]: '' },
          ['Enter the implementation cost', 'Enter the baseline of Devon & Cornwall Police'],
        ],
      ];
      for (const [change, messages] of cases) {
        const response = await finance.submit(page('/costs'), { ...good(), ...change });
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual(messages);
      }
      const kept = await finance.submit(page('/costs'), { ...good(), targetCost: 'abc' });
      expect(kept.body).toContain('value="abc"');
      expect(kept.body).toContain('value="£700,000.50"');
      expect(await counts()).toEqual(before);
    });

    it('saves a year’s costs, audits them and shows each force’s share', async () => {
      const saved = await finance.submit(page('/costs'), good());
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      expect(saved.headers.location).toBe(`${page()}?saved=costs`);
      const shown = text((await finance.get(`${page()}?saved=costs`)).body);
      expect(shown).toContain('Costs saved');
      expect(shown).toContain(
        '2020/21 Change the 2020/21 costs £1,700,000.00 £700,000.50 £2,400,000.50 £2,200,000.01 £0.00 Version 1: In proportion to the size of each force',
      );
      expect(shown).toContain('2020/21 £200,000.49');
      const dcShare = /2020\/21 Devon & Cornwall Police 72\.22% (£[\d,.]+)/.exec(shown)?.[1];
      const dorsetShare = /2020\/21 Devon & Cornwall Police [^D]*Dorset Police 27\.78% (£[\d,.]+)/.exec(
        shown,
      )?.[1];
      const pennies = (amount = '') => Math.round(Number(amount.replace(/[£,]/g, '')) * 100);
      expect(pennies(dcShare) + pennies(dorsetShare)).toBe(220_000_001);
      expect(await demo.auditActions()).toContain('finance.costs_changed');

      const notCombined = await finance.submit(page('/costs'), {
        ...good(),
        financialYear: '2021/22',
        targetCost: '',
      });
      expect(notCombined.statusCode).toBe(303);
      expect(text((await finance.get(page())).body)).toContain(
        '2021/22 Change the 2021/22 costs £1,700,000.00 £700,000.50 £2,400,000.50 Not combined',
      );
    });
  });

  describe('recording a realised saving', () => {
    const good = {
      financialYear: '2015/16',
      'recordedOn-day': '14',
      'recordedOn-month': '3',
      'recordedOn-year': '2016',
      amount: '£5,000',
      cashable: 'no',
      evidence: 'Overtime released, from the March duty rosters',
      owner: 'Head of legal services',
    };

    it('refuses missing fields, bad amounts, years it cannot be for and dates to come, saving nothing', async () => {
      const before = await counts();
      const empty = await finance.submit(page('/actuals/new'), { financialYear: '' });
      expect(empty.statusCode).toBe(400);
      expect(errorSummary(empty.body)).toEqual([
        'Enter the financial year',
        'Enter the date recorded',
        'Enter the amount saved',
        'Select whether the saving is cashable',
        'Enter the evidence',
        'Enter the owner',
      ]);
      expect(empty.body).toContain('href="#recordedOn-day"');
      const cases: [Record<string, string>, string[]][] = [
        [{ amount: '-100' }, ['The amount saved must not be negative']],
        [{ amount: 'ten pounds' }, ['The amount saved must be an amount of money, like £1,234.56']],
        [{ amount: '0' }, ['The amount saved must be more than £0']],
        [
          { financialYear: '2016/17' },
          [
            'A realised saving must be for this financial year or an earlier one; record a forecast for later years',
          ],
        ],
        [{ financialYear: '1999/00' }, ['The financial year must be between 2000/01 and 2035/36']],
        [{ 'recordedOn-day': '16' }, ['The date recorded must be today or in the past']],
        [{ 'recordedOn-month': '13' }, ['The date recorded must be a real date']],
        [{ evidence: 'x'.repeat(2001) }, ['The evidence must be 2000 characters or fewer']],
      ];
      for (const [change, messages] of cases) {
        const response = await finance.submit(page('/actuals/new'), { ...good, ...change });
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual(messages);
      }
      const kept = await finance.submit(page('/actuals/new'), { ...good, amount: 'ten pounds' });
      expect(kept.body).toContain('value="ten pounds"');
      expect(kept.body).toMatch(/value="no" checked/);
      expect(await counts()).toEqual(before);
    });

    it('records a good saving and counts it as realised', async () => {
      const saved = await finance.submit(page('/actuals/new'), good);
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      const shown = text((await finance.get(`${page()}?saved=actual`)).body);
      expect(shown).toContain('Realised saving recorded');
      expect(shown).toContain(
        '14 March 2016 2015/16 £5,000.00 Not cashable Overtime released, from the March duty rosters Head of legal services',
      );
      expect(shown).toContain('2015/16 (this year) £109,250.00 £118,620.00 £113,620.00');
      expect(await demo.auditActions()).toContain('finance.actual_recorded');
    });
  });

  describe('forecasting the saving', () => {
    it('refuses a year that has ended, a bad amount and a year out of range, saving nothing', async () => {
      const before = await counts();
      const cases: [Record<string, string>, string[]][] = [
        [
          { financialYear: '2014/15', amount: '1' },
          ['That year has ended: record what was realised instead'],
        ],
        [
          { financialYear: '2016/17', amount: 'twelve' },
          ['The forecast saving must be an amount of money, like £1,234.56'],
        ],
        [{ financialYear: '2016/17', amount: '-1' }, ['The forecast saving must not be negative']],
        [
          { financialYear: '2036/37', amount: '1' },
          ['The financial year must be between 2000/01 and 2035/36'],
        ],
        [{ financialYear: '2016/17', amount: '' }, ['Enter the forecast saving']],
      ];
      for (const [fields, messages] of cases) {
        const response = await finance.submit(page('/forecast'), fields);
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual(messages);
      }
      expect(await counts()).toEqual(before);
    });

    it('saves a forecast, which turns the year red when it falls well short of the plan', async () => {
      expect((await finance.get(`${page('/forecast')}?year=2016`)).body).toContain('value="2016/17"');
      const saved = await finance.submit(page('/forecast'), {
        financialYear: '2016/17',
        amount: '100,000',
        note: 'The second solicitor post is not yet filled',
      });
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      const shown = text((await finance.get(`${page()}?saved=forecast`)).body);
      expect(shown).toContain('Forecast saved');
      expect(shown).toContain('2016/17 £218,500.00 £0.00 £0.00 £100,000.00 -£118,500.00 Red');
      expect(await demo.auditActions()).toContain('finance.forecast_set');
    });
  });

  it('lets a viewer see the figures but change nothing', async () => {
    const before = await counts();
    const shown = (await viewer.get(page())).body;
    for (const link of ['/costs', '/actuals/new', '/forecast']) {
      expect(shown).not.toContain(`href="${page(link)}`);
      expect((await viewer.get(page(link))).statusCode).toBe(403);
    }
    const posts = [
      viewer.submit(page('/costs'), { financialYear: '2015/16', implementationCost: '0' }, page()),
      viewer.submit(page('/actuals/new'), { financialYear: '2015/16', amount: '1' }, page()),
      viewer.submit(page('/forecast'), { financialYear: '2016/17', amount: '1' }, page()),
    ];
    for (const response of await Promise.all(posts)) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('Ask an administrator if you need access.');
    }
    expect(await counts()).toEqual(before);
  });
});
