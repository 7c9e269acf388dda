import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { decodeEntities, type TestSession } from '../../../platform/testing/test-app.ts';
import { formatMoney } from '../../../platform/money.ts';
import { alliances } from '../../alliances/alliances.tables.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';
import { mainText as text } from '../finance-pages.testing.ts';
import { createSavingsModelService } from './savings-model.service.ts';

describe('finance overview pages', () => {
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

  it('heads the page with the target, the forecast for the target year and its RAG, realised and reinvested', async () => {
    const page = await viewer.get(overview);
    expect(page.statusCode).toBe(200);
    const shown = text(page.body);
    expect(shown).toContain('£12 million a year by 2017/18');
    expect(shown).toContain('a year by 2017/18: the savings target (£12,000,000.00 a year)');
    const model = await createSavingsModelService({ db: demo.t.database.db, clock: demo.t.clock }).model(
      demo.allianceId,
    );
    const targetYear = model.yearLines.find((l) => l.financialYear === 2017);
    expect(targetYear?.targetRag).toBe('green');
    expect(shown).toContain(
      `forecast for 2017/18 (${formatMoney(targetYear?.forecast ?? 0)}), against the target: Green`,
    );
    const realised = model.yearLines.reduce((total, l) => total + l.realised, 0);
    expect(realised).toBeGreaterThan(0);
    expect(shown).toContain(`realised to date (${formatMoney(realised)}`);
    expect(shown).toContain('£1.3 million reinvested (£1,250,000.00)');
    expect(shown).toContain('Amber below 100% of plan, red below 90%');
    expect(shown).toContain('These are the standard thresholds');
  });

  it('draws the trajectory as an image with a text alternative, and gives the same numbers in a table', async () => {
    const page = await viewer.get(overview);
    expect(page.body).toMatch(
      /<svg class="app-chart"[^>]*role="img"[^>]*aria-labelledby="trajectory-chart-title trajectory-chart-desc"/,
    );
    const description = /<desc id="trajectory-chart-desc">([^<]*)<\/desc>/.exec(page.body)?.[1] ?? '';
    expect(decodeEntities(description)).toContain(
      'Planned and forecast savings each year from 2014/15 to 2019/20.',
    );
    expect(decodeEntities(description)).toContain('the first year of the target of £12 million a year');
    const model = await createSavingsModelService({ db: demo.t.database.db, clock: demo.t.clock }).model(
      demo.allianceId,
    );
    const rows =
      page.body.split(
        '<caption class="govuk-table__caption govuk-table__caption--s" id="trajectory-caption">',
      )[1] ?? '';
    for (const line of model.yearLines) {
      expect(text(rows)).toContain(
        [line.planned, line.realised, line.realisedCashable, line.forecast, line.variance]
          .map(formatMoney)
          .join(' '),
      );
    }
    expect(model.yearLines.map((l) => l.financialYear)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
    expect(text(rows)).toContain('2014/15 £0.00 £0.00 £0.00 £0.00 £0.00 No plan None None');
  });

  it('shows the target year by business area and by force, £145m of baselines in all', async () => {
    const shown = text((await viewer.get(overview)).body);
    expect(shown).toContain('2017/18 by business area and by force');
    expect(shown).toContain('All business areas £145,000,000.00');
    expect(shown).toContain('All forces £145,000,000.00');
    expect(shown).toMatch(
      /Legal services finance £2,300,000\.00 £2,081,500\.00 £218,500\.00 £[\d,.]+ Green Version 1: In proportion to the size of each force/,
    );
    expect(shown).toContain("Version 1: Marine section: the split of its baselines (the area's own)");
    const legal = await demo.areaId('Legal services');
    expect((await viewer.get(overview)).body).toContain(`href="/business-areas/${legal}/finance"`);
  });

  it('shows another year when asked, and says so when there are no figures for the year asked', async () => {
    const earlier = text((await viewer.get(`${overview}?year=2015`)).body);
    expect(earlier).toContain('2015/16 by business area and by force');
    expect(earlier).toContain(
      'Legal services finance £2,300,000.00 £2,190,750.00 £109,250.00 £109,250.00 Green',
    );
    const none = text((await viewer.get(`${overview}?year=2030%2F31`)).body);
    expect(none).toContain('There are no figures for “2030/31”: showing 2017/18.');
    const nonsense = await viewer.get(`${overview}?year=${'x'.repeat(500)}`);
    expect(nonsense.statusCode).toBe(200);
  });

  it('lists the benefits that are not cash and the reinvestments', async () => {
    const shown = text((await viewer.get(overview)).body);
    expect(shown).toContain(
      'Resilience of armed response Firearms and armed response Armed response vehicles available across both forces at any time 9 (separate forces) 11 (one alliance rota) 9 Alliance head of operations 31 March 2017',
    );
    expect(shown).toContain(
      '2016/17 £750,000.00 Emerging threats: a joint cyber crime unit for both forces 24 February 2016',
    );
    expect(shown).toContain('Total £1,250,000.00');
  });

  it('shows the change links only to those who can change the finance', async () => {
    const forViewer = (await viewer.get(overview)).body;
    for (const link of ['/benefits/new', '/reinvestments/new', '/thresholds', '/import']) {
      expect(forViewer).not.toContain(`href="${path(link)}"`);
      expect((await finance.get(overview)).body).toContain(`href="${path(link)}"`);
    }
    for (const link of ['/bases', '/what-if', '/export?format=xlsx', '/export?format=csv']) {
      expect(forViewer).toContain(`href="${path(link)}"`);
    }
  });

  it('says what to do for an alliance with no finance figures yet', async () => {
    const [other] = await demo.t.database.db
      .select({ id: alliances.id })
      .from(alliances)
      .where(eq(alliances.name, 'South West five-force collaboration'));
    const page = await finance.get(`/alliances/${other?.id}/finance`);
    expect(page.statusCode).toBe(200);
    const shown = text(page.body);
    expect(shown).toContain('No finance figures have been recorded for this alliance yet.');
    expect(shown).toContain('agree a cost-sharing basis');
    expect(page.body).not.toContain('trajectory-chart-title');
  });

  it('answers 404 for an alliance that does not exist', async () => {
    expect((await viewer.get('/alliances/00000000-0000-4000-8000-000000000000/finance')).statusCode).toBe(
      404,
    );
    expect((await viewer.get('/alliances/not-an-id/finance')).statusCode).toBe(404);
  });
});
