import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import type { TestSession } from '../../../platform/testing/test-app.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';
import { mainText as text } from '../finance-pages.testing.ts';
import { costSharingBases } from '../finance.tables.ts';

const WARNING = 'No cost-sharing basis governs some years';

/**
 * The state the issue found, as a database written before versions could be split still holds it:
 * the demo's default basis closed on 31 March 2019 with nothing after it.
 */
describe('a year with costs but no cost-sharing basis, on the finance pages and the API', () => {
  let demo: FinanceDemo;
  let viewer: TestSession;

  beforeAll(async () => {
    demo = await startFinanceDemo();
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => demo.t.close());

  const closeTheDefault = () =>
    demo.t.database.db
      .update(costSharingBases)
      .set({ effectiveTo: '2019-03-31' })
      .where(and(eq(costSharingBases.allianceId, demo.allianceId), isNull(costSharingBases.businessAreaId)));

  it('shows no warning while every year has a basis', async () => {
    const overview = text((await viewer.get(`/alliances/${demo.allianceId}/finance`)).body);
    expect(overview).not.toContain(WARNING);
  });

  it('warns on the overview, the bases page and an affected area’s page, and the year is red', async () => {
    await closeTheDefault();
    const overview = text((await viewer.get(`/alliances/${demo.allianceId}/finance?year=2019`)).body);
    expect(overview).toContain(WARNING);
    expect(overview).toMatch(
      /2019\/20: \d+ business areas have costs but no cost-sharing basis in effect on 1 April 2019, so their costs are not shared and their savings are not counted/,
    );
    expect(overview).not.toContain('2018/19: ');
    const bases = text((await viewer.get(`/alliances/${demo.allianceId}/finance/bases`)).body);
    expect(bases).toContain(WARNING);

    const { app, database, clock } = demo.t;
    const api = await apiClientFor(app, database, clock, [{ role: 'viewer', organisationId: null }]);
    const model = (await api.get(`/api/v1/alliances/${demo.allianceId}/finance`)).json();
    const [warning] = model.warnings;
    expect(model.warnings).toHaveLength(1);
    expect(warning).toMatchObject({ code: 'no_cost_sharing_basis', financialYear: 2019 });
    const year2019 = model.yearLines.find((l: { financialYear: number }) => l.financialYear === 2019);
    expect(year2019).toMatchObject({ rag: 'red', areasWithoutBasis: warning.businessAreaIds.length });
    const year2018 = model.yearLines.find((l: { financialYear: number }) => l.financialYear === 2018);
    expect(year2018.areasWithoutBasis).toBe(0);

    const areaPage = text((await viewer.get(`/business-areas/${warning.businessAreaIds[0]}/finance`)).body);
    expect(areaPage).toContain(WARNING);
    expect(areaPage).toContain('2019/20: 1 business area has costs but no cost-sharing basis');
  });
});
