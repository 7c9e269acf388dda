import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary, type TestSession } from '../../../platform/testing/test-app.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';
import { mainText as text } from '../finance-pages.testing.ts';
import { financeBenefits, financeReinvestments, financeSettings } from '../finance.tables.ts';

describe('the alliance’s finance record pages: benefits, reinvestment and RAG thresholds', () => {
  let demo: FinanceDemo;
  let finance: TestSession;
  let viewer: TestSession;
  let overview: string;
  const path = (suffix = '') => `/alliances/${demo.allianceId}/finance${suffix}`;

  beforeAll(async () => {
    demo = await startFinanceDemo();
    finance = await demo.t.signIn([{ role: 'finance', organisationId: null }]);
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
    overview = path();
  });
  afterAll(() => demo.t.close());

  describe('adding a benefit', () => {
    const good = {
      title: 'Resilience of the dog section',
      measure: 'General purpose dogs available at any time',
      baselineValue: '6',
      targetValue: '8',
      currentValue: '6',
      owner: 'Head of dogs',
      'dueOn-day': '31',
      'dueOn-month': '3',
      'dueOn-year': '2017',
      businessAreaId: '',
    };

    it('refuses missing fields, a date that is not real and an unknown area, keeping the input and saving nothing', async () => {
      const before = await demo.rows(financeBenefits);
      const missing = await finance.submit(path('/benefits/new'), { title: '', measure: '', owner: '' });
      expect(missing.statusCode).toBe(400);
      expect(errorSummary(missing.body)).toEqual([
        'Enter the benefit',
        'Enter how the benefit is measured',
        'Enter the owner',
      ]);
      const bad = await finance.submit(path('/benefits/new'), {
        ...good,
        'dueOn-day': '31',
        'dueOn-month': '2',
        businessAreaId: 'not-an-area',
      });
      expect(bad.statusCode).toBe(400);
      expect(errorSummary(bad.body)).toEqual([
        'The due date must be a real date',
        'Select a business area of this alliance',
      ]);
      expect(bad.body).toContain('href="#dueOn-day"');
      expect(bad.body).toContain('value="Resilience of the dog section"');
      const foreign = await finance.submit(path('/benefits/new'), {
        ...good,
        businessAreaId: '00000000-0000-4000-8000-000000000000',
      });
      expect(foreign.statusCode).toBe(400);
      expect(errorSummary(foreign.body)).toEqual(['Select a business area of this alliance']);
      const long = await finance.submit(path('/benefits/new'), { ...good, title: 'x'.repeat(201) });
      expect(errorSummary(long.body)).toEqual(['The benefit must be 200 characters or fewer']);
      expect(await demo.rows(financeBenefits)).toBe(before);
    });

    it('saves a good benefit and shows it', async () => {
      const dogs = await demo.areaId('Dogs');
      const saved = await finance.submit(path('/benefits/new'), { ...good, businessAreaId: dogs });
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      expect(saved.headers.location).toBe(`${overview}?saved=benefit`);
      const shown = text((await finance.get(`${overview}?saved=benefit`)).body);
      expect(shown).toContain('Benefit added');
      expect(shown).toContain(
        'Resilience of the dog section Dogs General purpose dogs available at any time 6 8 6 Head of dogs 31 March 2017',
      );
      expect(await demo.auditActions()).toContain('finance.benefit_added');
    });
  });

  describe('recording a reinvestment', () => {
    const good = {
      financialYear: '2016/17',
      amount: '£250,000',
      purpose: 'Emerging threats: modern slavery investigators',
      'decidedOn-day': '1',
      'decidedOn-month': '3',
      'decidedOn-year': '2016',
      businessAreaId: '',
    };

    it('refuses bad amounts, a year out of range and a date to come, saving nothing', async () => {
      const before = await demo.rows(financeReinvestments);
      const cases: [Record<string, string>, string[]][] = [
        [{ amount: '-5' }, ['The amount reinvested must not be negative']],
        [{ amount: 'lots' }, ['The amount reinvested must be an amount of money, like £1,234.56']],
        [{ amount: '0' }, ['The amount reinvested must be more than £0']],
        [{ financialYear: '1999/00' }, ['The financial year must be between 2000/01 and 2035/36']],
        [{ financialYear: '' }, ['Enter the financial year']],
        [{ 'decidedOn-day': '16' }, ['The date decided must be today or in the past']],
        [
          { purpose: '', 'decidedOn-year': '' },
          ['Enter what the money was reinvested in', 'The date decided must be a real date'],
        ],
      ];
      for (const [change, messages] of cases) {
        const response = await finance.submit(path('/reinvestments/new'), { ...good, ...change });
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual(messages);
      }
      expect(await demo.rows(financeReinvestments)).toBe(before);
    });

    it('saves a good reinvestment and adds it to the total', async () => {
      const saved = await finance.submit(path('/reinvestments/new'), good);
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      const shown = text((await finance.get(`${overview}?saved=reinvestment`)).body);
      expect(shown).toContain('Reinvestment recorded');
      expect(shown).toContain(
        '2016/17 £250,000.00 Emerging threats: modern slavery investigators 1 March 2016',
      );
      expect(shown).toContain('Total £1,500,000.00');
    });
  });

  describe('changing the RAG thresholds', () => {
    it('refuses percentages that are not whole numbers from 0 to 200, or red above amber', async () => {
      const cases: [Record<string, string>, string[]][] = [
        [
          { amberBelowPercent: 'abc', redBelowPercent: '' },
          ['The amber percentage must be a whole number from 0 to 200', 'Enter the red percentage'],
        ],
        [
          { amberBelowPercent: '201', redBelowPercent: '-1' },
          [
            'The amber percentage must be a whole number from 0 to 200',
            'The red percentage must be a whole number from 0 to 200',
          ],
        ],
        [
          { amberBelowPercent: '90', redBelowPercent: '95' },
          ['Red must be at or below the amber percentage'],
        ],
      ];
      for (const [fields, messages] of cases) {
        const response = await finance.submit(path('/thresholds'), fields);
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual(messages);
      }
      expect(await demo.rows(financeSettings)).toBe(0);
    });

    it('saves good thresholds and states the new rule', async () => {
      const saved = await finance.submit(path('/thresholds'), {
        amberBelowPercent: '95',
        redBelowPercent: '85',
      });
      expect(saved.statusCode, errorSummary(saved.body).join('; ')).toBe(303);
      const shown = text((await finance.get(`${overview}?saved=thresholds`)).body);
      expect(shown).toContain('The RAG rule has been changed');
      expect(shown).toContain('Amber below 95% of plan, red below 85%');
      expect(shown).not.toContain('These are the standard thresholds');
      expect((await finance.get(path('/thresholds'))).body).toContain('value="95"');
    });
  });

  it('lets a viewer change nothing', async () => {
    const before = [await demo.rows(financeBenefits), await demo.rows(financeReinvestments)];
    expect((await viewer.get(path('/benefits/new'))).statusCode).toBe(403);
    const posts = [
      viewer.submit(path('/benefits/new'), { title: 'A', measure: 'B', owner: 'C' }, overview),
      viewer.submit(
        path('/reinvestments/new'),
        {
          financialYear: '2015/16',
          amount: '1',
          purpose: 'P',
          'decidedOn-day': '1',
          'decidedOn-month': '1',
          'decidedOn-year': '2016',
        },
        overview,
      ),
      viewer.submit(path('/thresholds'), { amberBelowPercent: '50', redBelowPercent: '10' }, overview),
    ];
    for (const response of await Promise.all(posts)) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('Ask an administrator if you need access.');
    }
    expect([await demo.rows(financeBenefits), await demo.rows(financeReinvestments)]).toEqual(before);
  });
});
