import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../platform/testing/test-app.ts';
import { useFinanceApi, type ApiClient } from './finance-api.testing.ts';
import { auditEventsAfter, financeState, type DemoFinance } from './finance-service.testing.ts';

type Client = ApiClient;
type Figure = { financialYear: number; combined: boolean; targetCostPence: number; forces: Force[] };
type Force = {
  organisationId: string;
  baselinePence: number;
  contributionPence: number;
  savingPence: number;
};

let demo: DemoFinance;
let t: TestApp;
let finance: Client;
let viewer: Client;
const DC = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const api = useFinanceApi();
beforeAll(() => ({ demo, t, finance, viewer } = api));

const model = (query = '') => `/api/v1/alliances/${demo.allianceId}/finance${query}`;
const area = (name: string, rest = '') => `/api/v1/business-areas/${demo.areaId(name)}/finance${rest}`;

/** Sends a bad request: 400 in the API's error shape naming the field, and nothing saved or audited. */
async function expectRefused(send: () => Promise<{ statusCode: number; json(): unknown }>, field: string) {
  const before = await financeState(demo.db);
  const response = await send();
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; message: string; details: unknown[] } };
  expect(error.code).toBe('validation_failed');
  expect(error.message).toEqual(expect.any(String));
  expect(error.details).toContainEqual({ field, message: expect.any(String) });
  expect(await financeState(demo.db)).toEqual(before);
  return error;
}

describe('the savings model', () => {
  it('gives the trajectory, each force’s totals and every figure with the basis version behind it', async () => {
    const response = await viewer.get(model());
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.parties.map((p: { name: string }) => p.name).sort()).toEqual([DC, DORSET]);
    expect(body.alliance.savingsTargetPence).toBeGreaterThan(0);
    const targetYear = body.yearLines.find(
      (l: { financialYear: number }) => l.financialYear === body.alliance.savingsTargetYear,
    );
    expect(targetYear).toMatchObject({
      targetPence: body.alliance.savingsTargetPence,
      targetRag: expect.stringMatching(/^(green|amber|red)$/),
      rag: expect.stringMatching(/^(green|amber|red)$/),
    });
    expect(targetYear.plannedPence).toBeGreaterThan(0);
    const years = body.figures.map((f: Figure) => f.financialYear);
    expect(years).toEqual([...years].sort());
    const combined = body.figures.filter((f: Figure) => f.combined);
    expect(combined.length).toBeGreaterThan(0);
    for (const figure of combined as (Figure & { basis: { versionNumber: number } })[]) {
      expect(figure.basis.versionNumber).toBeGreaterThan(0);
      const paid = figure.forces.reduce((sum, f) => sum + f.contributionPence, 0);
      expect(paid).toBe(figure.targetCostPence);
      for (const force of figure.forces) {
        expect(force.savingPence).toBe(force.baselinePence - force.contributionPence);
      }
    }
  });

  it('narrows the figures to one year given as 2015 or "2015/16", keeping the whole trajectory', async () => {
    const all = (await viewer.get(model())).json();
    for (const query of ['?year=2015', '?year=2015%2F16']) {
      const body = (await viewer.get(model(query))).json();
      expect(body.figures.length).toBeGreaterThan(0);
      expect(body.figures.every((f: Figure) => f.financialYear === 2015)).toBe(true);
      expect(body.forceLines.every((f: Figure) => f.financialYear === 2015)).toBe(true);
      expect(body.yearLines).toEqual(all.yearLines);
    }
    await expectRefused(() => viewer.get(model('?year=1990')), 'year');
    await expectRefused(() => viewer.get(model('?year=soon')), 'year');
  });

  it('gives one business area’s model', async () => {
    const body = (await viewer.get(area('Legal services'))).json();
    expect(body.areas).toEqual([
      { id: demo.areaId('Legal services'), name: 'Legal services', inScope: true },
    ]);
    expect(body.figures.every((f: { businessAreaId: string }) => f.businessAreaId === body.areas[0].id)).toBe(
      true,
    );
  });

  it('answers 404 for an alliance or area that does not exist, 401 without a token', async () => {
    expect((await viewer.get(`/api/v1/alliances/${crypto.randomUUID()}/finance`)).statusCode).toBe(404);
    expect((await viewer.get('/api/v1/business-areas/not-an-id/finance')).statusCode).toBe(404);
    const anonymous = await t.anonymous().get(model());
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
  });
});

describe('an area’s costs for a year', () => {
  const costs = () => ({
    targetCostPence: 1_000_001,
    implementationCostPence: 333,
    baselines: [
      { organisationId: demo.forceId(DC), baselinePence: 900_000 },
      { organisationId: demo.forceId(DORSET), baselinePence: 400_000 },
    ],
  });

  it('saves them and answers with each force’s contribution, adding up to the cost exactly', async () => {
    const before = await financeState(demo.db);
    const response = await finance.put(area('Legal services', '/years/2016%2F17'), costs());
    expect(response.statusCode).toBe(200);
    const figure = response.json();
    expect(figure).toMatchObject({
      financialYear: 2016,
      combined: true,
      baselinePence: 1_300_000,
      targetCostPence: 1_000_001,
      plannedSavingPence: 299_999,
      basis: { versionNumber: 1 },
    });
    const forces = figure.forces as Force[];
    expect(forces.reduce((sum, f) => sum + f.contributionPence, 0)).toBe(1_000_001);
    expect(forces.find((f) => f.organisationId === demo.forceId(DORSET))?.baselinePence).toBe(400_000);
    const events = await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0);
    expect(events.map((e) => e.action)).toEqual(['finance.costs_changed']);
  });

  it('leaves a cost not yet combined out: no one saves, though the one-off costs are still shared', async () => {
    const response = await finance.put(area('Dogs', '/years/2017'), { ...costs(), targetCostPence: null });
    expect(response.statusCode).toBe(200);
    const figures = response.json();
    expect(figures).toMatchObject({ combined: false, plannedSavingPence: 0, basis: { versionNumber: 1 } });
    const shares = figures.forces.map(
      (f: { implementationSharePence: number }) => f.implementationSharePence,
    );
    expect(shares.reduce((sum: number, p: number) => sum + p, 0)).toBe(figures.implementationCostPence);
  });

  type Costs = ReturnType<typeof costs>;
  const first = (c: Costs) => c.baselines[0] as Costs['baselines'][number];
  it.each<[string, (c: Costs) => unknown, string]>([
    [
      'a negative baseline',
      (c) => ({ ...c, baselines: [{ ...first(c), baselinePence: -1 }] }),
      'baselines.0.baselinePence',
    ],
    [
      'an amount that is not a number',
      (c) => ({ ...c, implementationCostPence: '12.50' }),
      'implementationCostPence',
    ],
    ['part of a penny', (c) => ({ ...c, targetCostPence: 10.5 }), 'targetCostPence'],
    ['a negative combined cost', (c) => ({ ...c, targetCostPence: -100 }), 'targetCostPence'],
    [
      'no implementation cost',
      (c) => ({ ...c, implementationCostPence: undefined }),
      'implementationCostPence',
    ],
    [
      'a force outside the alliance',
      (c) => ({ ...c, baselines: [{ organisationId: crypto.randomUUID(), baselinePence: 1 }] }),
      'baselines',
    ],
    ['a force twice', (c) => ({ ...c, baselines: [first(c), first(c)] }), 'baselines'],
  ])('refuses %s, saving nothing', async (_case, change, field) => {
    await expectRefused(() => finance.put(area('Legal services', '/years/2016'), change(costs())), field);
  });

  it.each([
    ['a year out of range', '2099'],
    ['a year before alliance finance', '1999'],
    ['something that is not a year', 'next'],
  ])('refuses %s in the address, saving nothing', async (_case, year) => {
    const error = await expectRefused(
      () => finance.put(area('Legal services', `/years/${year}`), costs()),
      'financialYear',
    );
    expect(error.details[0]).toMatchObject({ message: expect.stringMatching(/financial year/) });
  });

  it('lets a viewer read but not change, and refuses anyone without a token', async () => {
    const before = await financeState(demo.db);
    const forbidden = await viewer.put(area('Legal services', '/years/2016'), costs());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: area('Legal services', '/years/2016'),
      payload: costs(),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await financeState(demo.db)).toEqual(before);
  });
});

describe('forecasts', () => {
  it('sets this year’s forecast and refuses a year that has ended', async () => {
    const response = await finance.put(area('ICT', '/forecasts/2015'), { amountPence: 50_000, note: 'Late' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      businessAreaId: demo.areaId('ICT'),
      financialYear: 2015,
      amountPence: 50_000,
      note: 'Late',
    });
    const line = (await viewer.get(area('ICT', '?year=2015'))).json().areaLines[0];
    expect(line.forecastPence).toBe(50_000);
    await expectRefused(
      () => finance.put(area('ICT', '/forecasts/2014'), { amountPence: 1 }),
      'financialYear',
    );
    await expectRefused(
      () => finance.put(area('ICT', '/forecasts/2016'), { amountPence: -5 }),
      'amountPence',
    );
    await expectRefused(
      () => finance.put(area('ICT', '/forecasts/2016'), { amountPence: 'lots' }),
      'amountPence',
    );
  });
});

describe('the OpenAPI document', () => {
  it('lists every finance address under the Finance tag', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json();
    const paths = [
      '/api/v1/alliances/{id}/finance',
      '/api/v1/alliances/{id}/finance/bases',
      '/api/v1/finance/bases/{basisId}/apportion',
      '/api/v1/alliances/{id}/finance/what-if',
      '/api/v1/alliances/{id}/finance/scenarios',
      '/api/v1/alliances/{id}/finance/scenarios/{scenarioId}',
      '/api/v1/alliances/{id}/finance/scenarios/{scenarioId}/adopt',
      '/api/v1/business-areas/{id}/finance',
      '/api/v1/business-areas/{id}/finance/years/{financialYear}',
      '/api/v1/business-areas/{id}/finance/actuals',
      '/api/v1/alliances/{id}/finance/actuals',
      '/api/v1/business-areas/{id}/finance/forecasts/{financialYear}',
      '/api/v1/alliances/{id}/finance/benefits',
      '/api/v1/alliances/{id}/finance/reinvestments',
      '/api/v1/alliances/{id}/finance/thresholds',
      '/api/v1/alliances/{id}/finance/export',
      '/api/v1/alliances/{id}/finance/import',
    ];
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(paths));
    const operations = paths.flatMap((path) => Object.values(document.paths[path]) as { tags: string[] }[]);
    expect(operations.every((operation) => operation.tags.includes('Finance'))).toBe(true);
    const importBody = document.paths['/api/v1/alliances/{id}/finance/import'].post.requestBody.content;
    expect(Object.keys(importBody)).toEqual(['text/csv', XLSX_TYPE]);
  });
});
