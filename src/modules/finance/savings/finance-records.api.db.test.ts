import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import { useFinanceApi, type ApiClient } from '../finance-api.testing.ts';
import { auditEventsAfter, financeState, type DemoFinance } from '../finance-service.testing.ts';

type Client = ApiClient;

let demo: DemoFinance;
let t: TestApp;
let finance: Client;
let viewer: Client;

const api = useFinanceApi();
beforeAll(() => ({ demo, t, finance, viewer } = api));

const alliance = (rest: string, id = demo.allianceId) => `/api/v1/alliances/${id}/finance${rest}`;
const actualsOf = (areaName: string) => `/api/v1/business-areas/${demo.areaId(areaName)}/finance/actuals`;

async function expectRefused(send: () => Promise<{ statusCode: number; json(): unknown }>, field: string) {
  const before = await financeState(demo.db);
  const response = await send();
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; details: unknown[] } };
  expect(error.code).toBe('validation_failed');
  expect(error.details).toContainEqual({ field, message: expect.any(String) });
  expect(await financeState(demo.db)).toEqual(before);
}

/** Saves something and returns the actions audited while doing it. */
async function audited(send: () => Promise<{ statusCode: number }>, status: number) {
  const before = await financeState(demo.db);
  const response = await send();
  expect(response.statusCode).toBe(status);
  return (await auditEventsAfter(demo.db, before.lastAuditSeq ?? 0)).map((e) => e.action);
}

describe('realised savings', () => {
  const actual = () => ({
    financialYear: '2015/16',
    recordedOn: '2016-03-01',
    amountPence: 12_345_67,
    cashable: true,
    evidence: 'Payroll report for February',
    owner: 'Head of finance',
  });

  it('records one for an area and lists it for the alliance', async () => {
    const actions = await audited(() => finance.post(actualsOf('Fleet services'), actual()), 201);
    expect(actions).toEqual(['finance.actual_recorded']);
    const list = (await viewer.get(alliance('/actuals'))).json().actuals;
    expect(list).toContainEqual(
      expect.objectContaining({
        businessAreaId: demo.areaId('Fleet services'),
        areaName: 'Fleet services',
        financialYear: 2015,
        amountPence: 12_345_67,
        cashable: true,
      }),
    );
  });

  it.each<[string, object, string]>([
    ['a year not yet begun', { financialYear: 2016 }, 'financialYear'],
    ['a year out of range', { financialYear: 1999 }, 'financialYear'],
    ['a negative amount', { amountPence: -1 }, 'amountPence'],
    ['nothing saved', { amountPence: 0 }, 'amountPence'],
    ['an amount in words', { amountPence: 'a million' }, 'amountPence'],
    ['a date in the future', { recordedOn: '2016-03-16' }, 'recordedOn'],
    ['an impossible date', { recordedOn: '2016-02-30' }, 'recordedOn'],
    ['no evidence', { evidence: ' ' }, 'evidence'],
    ['too long an owner', { owner: 'x'.repeat(201) }, 'owner'],
    ['cashable as text', { cashable: 'yes' }, 'cashable'],
  ])('refuses %s, saving nothing', async (_case, change, field) => {
    await expectRefused(() => finance.post(actualsOf('Fleet services'), { ...actual(), ...change }), field);
  });
});

describe('benefits that are not cash', () => {
  const benefit = () => ({
    title: 'Resilience of the firearms licensing team',
    measure: 'Days with cover below minimum',
    baselineValue: '24',
    targetValue: '0',
    owner: 'Head of firearms licensing',
    dueOn: '2017-03-31',
    businessAreaId: demo.areaId('Firearms licensing'),
  });

  it('adds one and lists it', async () => {
    const actions = await audited(() => finance.post(alliance('/benefits'), benefit()), 201);
    expect(actions).toEqual(['finance.benefit_added']);
    const list = (await viewer.get(alliance('/benefits'))).json().benefits;
    expect(list).toContainEqual(expect.objectContaining({ ...benefit(), currentValue: null }));
  });

  it.each<[string, object, string]>([
    ['no title', { title: '' }, 'title'],
    ['no measure', { measure: undefined }, 'measure'],
    ['an area that is not an id', { businessAreaId: 'Firearms licensing' }, 'businessAreaId'],
    ['an area of no alliance', { businessAreaId: crypto.randomUUID() }, 'businessAreaId'],
    ['an impossible due date', { dueOn: '31/03/2017' }, 'dueOn'],
  ])('refuses %s, saving nothing', async (_case, change, field) => {
    await expectRefused(() => finance.post(alliance('/benefits'), { ...benefit(), ...change }), field);
  });
});

describe('reinvestment', () => {
  const reinvestment = () => ({
    financialYear: 2015,
    amountPence: 250_000_00,
    purpose: 'Cyber crime unit',
    decidedOn: '2016-02-01',
  });

  it('records money put back and lists it', async () => {
    const actions = await audited(() => finance.post(alliance('/reinvestments'), reinvestment()), 201);
    expect(actions).toEqual(['finance.reinvestment_added']);
    const list = (await viewer.get(alliance('/reinvestments'))).json().reinvestments;
    expect(list).toContainEqual(expect.objectContaining({ ...reinvestment(), businessAreaId: null }));
  });

  it.each<[string, object, string]>([
    ['nothing reinvested', { amountPence: 0 }, 'amountPence'],
    ['a year out of range', { financialYear: '2077/78' }, 'financialYear'],
    ['a decision not yet taken', { decidedOn: '2017-01-01' }, 'decidedOn'],
    ['no purpose', { purpose: '' }, 'purpose'],
  ])('refuses %s, saving nothing', async (_case, change, field) => {
    await expectRefused(
      () => finance.post(alliance('/reinvestments'), { ...reinvestment(), ...change }),
      field,
    );
  });
});

describe('RAG thresholds', () => {
  it('sets them, and the model uses them', async () => {
    const response = await finance.put(alliance('/thresholds'), {
      amberBelowPercent: 95,
      redBelowPercent: 80,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ amberBelowPercent: 95, redBelowPercent: 80, isDefault: false });
    const thresholds = (await viewer.get(alliance(''))).json().thresholds;
    expect(thresholds).toEqual({ amberBelowPercent: 95, redBelowPercent: 80, isDefault: false });
  });

  it.each<[string, object, string]>([
    ['red above amber', { amberBelowPercent: 80, redBelowPercent: 90 }, 'redBelowPercent'],
    ['more than 200%', { amberBelowPercent: 250, redBelowPercent: 90 }, 'amberBelowPercent'],
    ['a fraction', { amberBelowPercent: 90.5, redBelowPercent: 80 }, 'amberBelowPercent'],
  ])('refuses %s, saving nothing', async (_case, body, field) => {
    await expectRefused(() => finance.put(alliance('/thresholds'), body), field);
  });
});

describe('access', () => {
  it('lets a viewer read but not change; 404 for an alliance that does not exist', async () => {
    const before = await financeState(demo.db);
    const forbidden = await viewer.put(alliance('/thresholds'), {
      amberBelowPercent: 90,
      redBelowPercent: 80,
    });
    expect(forbidden.statusCode).toBe(403);
    expect((await viewer.post(alliance('/benefits'), {})).statusCode).toBe(403);
    expect(await financeState(demo.db)).toEqual(before);
    const unknown = crypto.randomUUID();
    expect((await viewer.get(alliance('/benefits', unknown))).statusCode).toBe(404);
    const missing = await finance.post(alliance('/reinvestments', unknown), {
      financialYear: 2015,
      amountPence: 1,
      purpose: 'x',
      decidedOn: '2016-01-01',
    });
    expect(missing.statusCode).toBe(404);
    expect(await financeState(demo.db)).toEqual(before);
    expect((await t.anonymous().get(alliance('/actuals'))).statusCode).toBe(401);
  });
});
