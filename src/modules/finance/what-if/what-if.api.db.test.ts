import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import { useFinanceApi, type ApiClient } from '../finance-api.testing.ts';
import { auditEventsAfter, financeState, type DemoFinance } from '../finance-service.testing.ts';

type Client = ApiClient;
type Outcome = {
  label: string;
  problems: unknown[];
  forces: { name: string; sharePercent: number; contributionPence: number; savingPence: number }[];
};

let demo: DemoFinance;
let t: TestApp;
let finance: Client;
let viewer: Client;
const DC = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';

const api = useFinanceApi();
beforeAll(() => ({ demo, t, finance, viewer } = api));

const base = (allianceId = demo.allianceId) => `/api/v1/alliances/${allianceId}/finance`;
const fixed = (dc: number, dorset: number) => ({
  kind: 'fixed',
  percentages: [
    { organisationId: demo.forceId(DC), percentage: dc },
    { organisationId: demo.forceId(DORSET), percentage: dorset },
  ],
});
const candidates = () => [
  { label: 'Half each', basis: fixed(50, 50) },
  { label: 'By population', basis: { kind: 'population' } },
];
const total = (outcome: Outcome, field: 'contributionPence' | 'savingPence') =>
  outcome.forces.reduce((sum, f) => sum + f[field], 0);

async function expectRefused(send: () => Promise<{ statusCode: number; json(): unknown }>, field: string) {
  const before = await financeState(demo.db);
  const response = await send();
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; details: unknown[] } };
  expect(error.code).toBe('validation_failed');
  expect(error.details).toContainEqual({ field, message: expect.any(String) });
  expect(await financeState(demo.db)).toEqual(before);
}

describe('comparing bases', () => {
  it('shows each force’s contribution and saving under each basis beside the live one, saving nothing', async () => {
    const before = await financeState(demo.db);
    const response = await viewer.post(`${base()}/what-if`, {
      financialYear: '2016/17',
      candidates: candidates(),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.financialYear).toBe(2016);
    expect(body.live.label).toMatch(/\(version 1, in use\)$/);
    const [even, byPopulation] = body.candidates as Outcome[];
    expect(even?.forces.map((f) => [f.name, f.sharePercent])).toEqual([
      [DC, 50],
      [DORSET, 50],
    ]);
    expect(byPopulation?.forces.find((f) => f.name === DC)?.sharePercent).toBeGreaterThan(60);
    // The combined cost is the same whoever pays it: only the split moves.
    for (const outcome of [even, byPopulation] as Outcome[]) {
      expect(total(outcome, 'contributionPence')).toBe(total(body.live, 'contributionPence'));
      expect(total(outcome, 'savingPence')).toBe(total(body.live, 'savingPence'));
    }
    expect(body.live.forces[0].contributionPence).not.toBe(even?.forces[0]?.contributionPence);
    expect(await financeState(demo.db)).toEqual(before);
  });

  it.each<[string, () => object, string]>([
    [
      'percentages that do not add up to 100',
      () => ({ candidates: [candidates()[1], { label: 'Bad', basis: fixed(60, 30) }] }),
      'candidates.1.basis.percentages',
    ],
    ['a year out of range', () => ({ financialYear: 1980 }), 'financialYear'],
    ['too many bases at once', () => ({ candidates: Array(7).fill(candidates()[0]) }), 'candidates'],
    [
      'a basis with no name',
      () => ({ candidates: [{ ...candidates()[0], label: '' }] }),
      'candidates.0.label',
    ],
  ])('refuses %s', async (_case, change, field) => {
    const body = { financialYear: 2016, candidates: candidates(), ...change() };
    await expectRefused(() => viewer.post(`${base()}/what-if`, body), field);
  });

  it('answers 404 for an alliance that does not exist and 401 without a token', async () => {
    const body = { financialYear: 2016, candidates: candidates() };
    expect((await viewer.post(`${base(crypto.randomUUID())}/what-if`, body)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'POST', url: `${base()}/what-if`, payload: body });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('saved what-ifs', () => {
  let scenarioId: string;

  it('saves one, lists it and shows it again with today’s figures', async () => {
    const before = await financeState(demo.db);
    const saved = await finance.post(`${base()}/scenarios`, {
      name: 'Options for 2016/17',
      financialYear: 2016,
      candidates: candidates(),
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({
      name: 'Options for 2016/17',
      financialYear: 2016,
      adoptedBasisId: null,
      candidates: [{ label: 'Half each', basis: fixed(50, 50) }, { label: 'By population' }],
    });
    scenarioId = saved.json().id;
    const events = await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0);
    expect(events.map((e) => e.action)).toEqual(['finance.scenario_saved']);
    const list = (await viewer.get(`${base()}/scenarios`)).json().scenarios;
    expect(list.map((s: { id: string }) => s.id)).toContain(scenarioId);
    const shown = (await viewer.get(`${base()}/scenarios/${scenarioId}`)).json();
    expect(shown.comparison.candidates.map((c: Outcome) => c.label)).toEqual(['Half each', 'By population']);
    expect(shown.comparison.candidates[0].problems).toEqual([]);
  });

  it.each<[string, () => object, string]>([
    ['no name', () => ({ name: '' }), 'name'],
    ['no bases', () => ({ candidates: [] }), 'candidates'],
    [
      'a basis naming a force outside the alliance',
      () => ({
        candidates: [
          {
            label: 'Stranger',
            basis: {
              kind: 'demand',
              measure: 'calls',
              figures: [
                { organisationId: demo.forceId(DC), value: 5 },
                { organisationId: demo.forceId(DORSET), value: 5 },
                { organisationId: demo.forceId('Wiltshire Police'), value: 5 },
              ],
            },
          },
        ],
      }),
      'candidates.0.basis.figures',
    ],
    ['a year out of range', () => ({ financialYear: '2090/91' }), 'financialYear'],
  ])('refuses to save %s, saving nothing', async (_case, change, field) => {
    const body = { name: 'Bad', financialYear: 2016, candidates: candidates(), ...change() };
    await expectRefused(() => finance.post(`${base()}/scenarios`, body), field);
  });

  it('refuses to adopt a candidate that is not there or from a date another version covers', async () => {
    const adopt = `${base()}/scenarios/${scenarioId}/adopt`;
    await expectRefused(
      () => finance.post(adopt, { candidate: 5, effectiveFrom: '2016-04-01' }),
      'candidate',
    );
    await expectRefused(
      () => finance.post(adopt, { candidate: 0, effectiveFrom: '2015-04-01' }),
      'effectiveFrom',
    );
    await expectRefused(
      () => finance.post(adopt, { candidate: 0, effectiveFrom: '1 April' }),
      'effectiveFrom',
    );
  });

  it('lets a viewer compare and read but not save or adopt', async () => {
    const before = await financeState(demo.db);
    const body = { name: 'Viewer', financialYear: 2016, candidates: candidates() };
    expect((await viewer.post(`${base()}/scenarios`, body)).statusCode).toBe(403);
    const adopt = `${base()}/scenarios/${scenarioId}/adopt`;
    expect((await viewer.post(adopt, { candidate: 0, effectiveFrom: '2016-04-01' })).statusCode).toBe(403);
    expect(await financeState(demo.db)).toEqual(before);
    expect((await viewer.get(`${base()}/scenarios/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('adopts a candidate as version N+1 and closes the version before on the day before', async () => {
    const before = await financeState(demo.db);
    const response = await finance.post(`${base()}/scenarios/${scenarioId}/adopt`, {
      candidate: 0,
      effectiveFrom: '2016-04-01',
    });
    expect(response.statusCode).toBe(201);
    const adopted = response.json();
    expect(adopted).toMatchObject({
      versionNumber: 2,
      label: 'Half each',
      businessAreaId: null,
      basis: fixed(50, 50),
      effectiveFrom: '2016-04-01',
      reason: 'Adopted from the what-if "Options for 2016/17"',
    });
    const versions = (await viewer.get(`${base()}/bases`)).json().versions;
    const first = versions.find(
      (v: { businessAreaId: null; versionNumber: number }) => v.versionNumber === 1 && !v.businessAreaId,
    );
    expect(first.effectiveTo).toBe('2016-03-31');
    const scenario = (await viewer.get(`${base()}/scenarios/${scenarioId}`)).json();
    expect(scenario.adoptedBasisId).toBe(adopted.id);
    const events = await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0);
    expect(events.map((e) => e.action)).toEqual(['finance.scenario_adopted']);
    const figures = (await viewer.get(`${base()}?year=2016`)).json().figures;
    const governed = figures.filter((f: { basis: { id: string } | null }) => f.basis?.id === adopted.id);
    expect(governed.length).toBeGreaterThan(0);
  });
});
