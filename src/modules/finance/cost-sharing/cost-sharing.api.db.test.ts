import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import { useFinanceApi, type ApiClient } from '../finance-api.testing.ts';
import { TIE_RULE } from './apportion.domain.ts';
import { auditEventsAfter, financeState, type DemoFinance } from '../finance-service.testing.ts';

type Client = ApiClient;
type Version = {
  id: string;
  versionNumber: number;
  businessAreaId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  shares: { name: string; sharePercent: number }[];
};
type Portion = { organisationId: string; name: string; amountPence: number };

let demo: DemoFinance;
let t: TestApp;
let finance: Client;
let viewer: Client;
const DC = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const SOUTH_WEST = [
  'Avon and Somerset Constabulary',
  'Devon & Cornwall Police',
  'Dorset Police',
  'Gloucestershire Constabulary',
  'Wiltshire Police',
];

const api = useFinanceApi();
beforeAll(() => ({ demo, t, finance, viewer } = api));

const bases = (allianceId = demo.allianceId) => `/api/v1/alliances/${allianceId}/finance/bases`;
const apportion = (basisId: string) => `/api/v1/finance/bases/${basisId}/apportion`;
const fixed = (dc: unknown, dorset: unknown) => ({
  kind: 'fixed',
  percentages: [
    { organisationId: demo.forceId(DC), percentage: dc },
    { organisationId: demo.forceId(DORSET), percentage: dorset },
  ],
});
const versions = async (allianceId = demo.allianceId) =>
  (await viewer.get(bases(allianceId))).json().versions as Version[];
const allianceDefault = async (n: number) =>
  (await versions()).find((v) => v.businessAreaId === null && v.versionNumber === n) as Version;

async function expectRefused(send: () => Promise<{ statusCode: number; json(): unknown }>, field: string) {
  const before = await financeState(demo.db);
  const response = await send();
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; message: string; details: unknown[] } };
  expect(error.code).toBe('validation_failed');
  expect(error.details).toContainEqual({ field, message: expect.any(String) });
  expect(await financeState(demo.db)).toEqual(before);
  return error;
}

describe('the versions of a basis', () => {
  it('lists the demo’s basis in proportion to budget, with the budgets copied into it', async () => {
    const body = (await viewer.get(bases())).json();
    expect(body.tieRule).toBe(TIE_RULE);
    const first = body.versions.find((v: Version) => v.businessAreaId === null && v.versionNumber === 1);
    expect(first.basis).toMatchObject({ kind: 'budget', financialYear: 2015 });
    expect(first.basis.budgets).toHaveLength(2);
    expect(first.shares.find((s: { name: string }) => s.name === DC).sharePercent).toBeCloseTo(72.2, 0);
  });

  it('adopts fixed percentages as the next version and closes the one before the day before', async () => {
    const before = await financeState(demo.db);
    const response = await finance.post(bases(), {
      label: 'Agreed split',
      basis: fixed(70.25, 29.75),
      effectiveFrom: '2017-04-01',
      reason: 'Executive board, 1 March 2017',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      versionNumber: 2,
      description: 'Fixed percentages',
      basis: fixed(70.25, 29.75),
      effectiveFrom: '2017-04-01',
      effectiveTo: null,
      shares: [
        { name: DC, sharePercent: 70.25 },
        { name: DORSET, sharePercent: 29.75 },
      ],
    });
    expect((await allianceDefault(1)).effectiveTo).toBe('2017-03-31');
    const events = await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0);
    expect(events.map((e) => e.action)).toEqual(['finance.basis_adopted']);
  });

  it('adopts a weighted mix of population and budget', async () => {
    const response = await finance.post(bases(), {
      label: 'Half people, half money',
      basis: {
        kind: 'weighted',
        components: [
          { weightPercentage: 50, basis: { kind: 'population' } },
          { weightPercentage: 50, basis: { kind: 'budget', financialYear: '2015/16' } },
        ],
      },
      effectiveFrom: '2018-04-01',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().versionNumber).toBe(3);
    expect(response.json().basis.components[0].basis.populations).toHaveLength(2);
    expect((await allianceDefault(2)).effectiveTo).toBe('2018-03-31');
  });

  it('gives one business area its own basis on a demand measure', async () => {
    const response = await finance.post(bases(), {
      label: 'By calls',
      businessAreaId: demo.areaId('Contact management'),
      basis: {
        kind: 'demand',
        measure: 'calls',
        figures: [
          { organisationId: demo.forceId(DC), value: 700_000 },
          { organisationId: demo.forceId(DORSET), value: 300_000 },
        ],
      },
      effectiveFrom: '2016-04-01',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      versionNumber: 1,
      businessAreaId: demo.areaId('Contact management'),
      description: 'In proportion to calls',
    });
  });

  const input = (change: object) => ({
    label: 'Bad',
    basis: fixed(70, 30),
    effectiveFrom: '2025-04-01',
    ...change,
  });
  const mix = (...parts: [number, object][]) => ({
    basis: {
      kind: 'weighted',
      components: parts.map(([weightPercentage, basis]) => ({ weightPercentage, basis })),
    },
  });
  it.each<[string, () => object, string]>([
    ['percentages that add up to 99', () => ({ basis: fixed(70, 29) }), 'basis.percentages'],
    [
      'a percentage with 3 decimals',
      () => ({ basis: fixed(70.005, 29.995) }),
      'basis.percentages.0.percentage',
    ],
    ['a negative percentage', () => ({ basis: fixed(130, -30) }), 'basis.percentages.1.percentage'],
    ['a percentage in words', () => ({ basis: fixed('seventy', 30) }), 'basis.percentages.0.percentage'],
    [
      'a basis with an unknown force',
      () => ({
        basis: {
          kind: 'fixed',
          percentages: [
            { organisationId: demo.forceId(DC), percentage: 70 },
            { organisationId: crypto.randomUUID(), percentage: 30 },
          ],
        },
      }),
      'basis.percentages',
    ],
    [
      'a weighted mix whose weights add up to 90',
      () => mix([60, { kind: 'population' }], [30, { kind: 'budget', financialYear: 2015 }]),
      'basis.components',
    ],
    ['a mix of one part', () => mix([100, { kind: 'population' }]), 'basis.components'],
    [
      'a part of a mix that does not add up',
      () => mix([50, { kind: 'population' }], [50, fixed(50, 40)]),
      'basis.components.1.basis.percentages',
    ],
    [
      'a year with no budgets',
      () => ({ basis: { kind: 'budget', financialYear: 2030 } }),
      'basis.financialYear',
    ],
    [
      'a budget year that is not a year',
      () => ({ basis: { kind: 'budget', financialYear: '15/16' } }),
      'basis.financialYear',
    ],
    [
      'a demand measure with a negative figure',
      () => ({ basis: { kind: 'demand', measure: 'calls', figures: [{ organisationId: 'x', value: -1 }] } }),
      'basis.figures.0.value',
    ],
    ['an unknown kind of basis', () => ({ basis: { kind: 'vibes' } }), 'basis.kind'],
    ['dates that overlap version 1', () => ({ effectiveFrom: '2014-04-01' }), 'effectiveFrom'],
    ['an end before the start', () => ({ effectiveTo: '2025-01-01' }), 'effectiveTo'],
    ['an impossible start date', () => ({ effectiveFrom: '2025-02-29' }), 'effectiveFrom'],
    ['no name', () => ({ label: '  ' }), 'label'],
    ['an area outside the alliance', () => ({ businessAreaId: crypto.randomUUID() }), 'businessAreaId'],
  ])('refuses %s, saving nothing', async (_case, change, field) => {
    await expectRefused(() => finance.post(bases(), input(change())), field);
  });

  it('lets a viewer read but not adopt, and refuses anyone without a token', async () => {
    const before = await financeState(demo.db);
    const forbidden = await viewer.post(bases(), input({}));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    expect((await t.anonymous().get(bases())).statusCode).toBe(401);
    expect(await financeState(demo.db)).toEqual(before);
    expect((await viewer.get(bases(crypto.randomUUID()))).statusCode).toBe(404);
  });
});

describe('apportioning an amount by a version', () => {
  let southWestBasis: string;

  beforeAll(async () => {
    const response = await finance.post(bases(demo.southWestId), {
      label: 'Nearly even',
      basis: {
        kind: 'fixed',
        percentages: SOUTH_WEST.map((name, i) => ({
          organisationId: demo.forceId(name),
          percentage: [20.01, 19.99, 20, 20, 20][i],
        })),
      },
      effectiveFrom: '2016-04-01',
    });
    southWestBasis = response.json().id;
  });

  it.each([0, 1, 3, 7, 99_999, 1_000_001, 123_456_789])(
    'splits %i pence between five forces to the penny, saving nothing',
    async (amountPence) => {
      const before = await financeState(demo.db);
      const response = await viewer.post(apportion(southWestBasis), { amountPence });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ amountPence, tieRule: TIE_RULE, basis: { label: 'Nearly even' } });
      const portions = body.portions as Portion[];
      expect(portions.map((p) => p.name).sort()).toEqual(SOUTH_WEST);
      expect(portions.reduce((sum, p) => sum + p.amountPence, 0)).toBe(amountPence);
      expect(portions.every((p) => p.amountPence >= 0 && Number.isInteger(p.amountPence))).toBe(true);
      expect(await financeState(demo.db)).toEqual(before);
    },
  );

  it('gives a penny that splits evenly to the force whose name comes first', async () => {
    const even = await finance.post(bases(), {
      label: 'Even',
      basis: fixed(50, 50),
      effectiveFrom: '2030-04-01',
    });
    const portions = (await viewer.post(apportion(even.json().id), { amountPence: 1 })).json().portions;
    expect(portions).toEqual([
      expect.objectContaining({ name: DC, amountPence: 1 }),
      expect.objectContaining({ name: DORSET, amountPence: 0 }),
    ]);
  });

  it.each<[string, unknown]>([
    ['a negative amount', -100],
    ['part of a penny', 10.5],
    ['an amount in words', 'ten pounds'],
    ['no amount', undefined],
  ])('refuses %s', async (_case, amountPence) => {
    await expectRefused(() => viewer.post(apportion(southWestBasis), { amountPence }), 'amountPence');
  });

  it('answers 404 for a version that does not exist and 401 without a token', async () => {
    expect((await viewer.post(apportion(crypto.randomUUID()), { amountPence: 1 })).statusCode).toBe(404);
    expect((await viewer.post(apportion('version-1'), { amountPence: 1 })).statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: apportion(southWestBasis),
      payload: { amountPence: 1 },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
