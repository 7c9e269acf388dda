import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { pence } from '../../../platform/money.ts';
import { createFinanceRecordsService, type FinanceRecordsService } from './finance-records.service.ts';
import {
  auditEventsAfter,
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../finance-service.testing.ts';
import { createSavingsModelService } from './savings-model.service.ts';

const year = (y: number) => y as FinancialYear;

let t: DemoFinance;
let records: FinanceRecordsService;
const model = () => createSavingsModelService({ db: t.db, clock: t.clock });

beforeAll(async () => {
  t = await setUpDemoFinance();
  records = createFinanceRecordsService({ db: t.db, clock: t.clock });
});
afterAll(() => t.database.close());

/** Runs a change that must be refused, and checks that no finance row or audit event was written. */
async function expectRefused(change: () => Promise<unknown>, details: unknown) {
  const before = await financeState(t.db);
  const refusal = await change().catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(ValidationError);
  expect((refusal as ValidationError).details).toEqual(details);
  expect(await financeState(t.db)).toEqual(before);
}

/** Runs a change that must be saved with exactly one audit event, and answers that event. */
async function expectOneAuditEvent(change: () => Promise<unknown>) {
  const { lastAuditSeq } = await financeState(t.db);
  await change();
  const events = await auditEventsAfter(t.db, lastAuditSeq);
  expect(events).toHaveLength(1);
  return events[0];
}

describe('an area’s costs for a year', () => {
  const baselines = (dc: number, dorset: number) => [
    { organisationId: t.forceId('Devon & Cornwall Police'), amount: pence(dc) },
    { organisationId: t.forceId('Dorset Police'), amount: pence(dorset) },
  ];

  it('saves the target cost and each force’s baseline with one audit event, and replaces them when changed', async () => {
    const dogs = t.areaId('Dogs');
    const input = (target: number) => ({
      financialYear: year(2020),
      targetCost: pence(target),
      implementationCost: pence(5_000_00),
      baselines: baselines(1_700_000_00, 700_000_00),
    });
    const event = await expectOneAuditEvent(() =>
      records.setAreaYear(t.context('finance.costs_changed'), dogs, input(2_200_000_00)),
    );
    expect(event).toMatchObject({
      action: 'finance.costs_changed',
      entityType: 'business_area',
      entityId: dogs,
      summary: 'Changed the 2020/21 costs of Dogs',
      before: { areaYears: [], baselines: [] },
    });
    const before = await financeState(t.db);
    await records.setAreaYear(t.context(), dogs, input(2_100_000_00));
    expect(await financeState(t.db)).toMatchObject({
      areaYears: before.areaYears,
      baselines: before.baselines,
    });
    const figures = (await model().areaModel(dogs)).figures.find((f) => f.financialYear === 2020);
    expect(figures).toMatchObject({
      targetCost: 2_100_000_00,
      baseline: 2_400_000_00,
      plannedSaving: 300_000_00,
    });
    expect(figures?.forces.reduce((sum, f) => sum + f.contribution, 0)).toBe(2_100_000_00);
  });

  it.each<[string, () => Parameters<FinanceRecordsService['setAreaYear']>[2], object[]]>([
    [
      'a year out of range',
      () => ({ financialYear: year(1999), targetCost: null, implementationCost: pence(0), baselines: [] }),
      [{ field: 'financialYear', message: 'The financial year must be between 2000/01 and 2035/36' }],
    ],
    [
      'a force that is not a member',
      () => ({
        financialYear: year(2016),
        targetCost: null,
        implementationCost: pence(0),
        baselines: [{ organisationId: t.forceId('Wiltshire Police'), amount: pence(1) }],
      }),
      [{ field: 'baselines', message: 'A baseline names a force that is not a member of this alliance' }],
    ],
    [
      'negative amounts',
      () => ({
        financialYear: year(2016),
        targetCost: pence(-1),
        implementationCost: pence(-1),
        baselines: baselines(-1, 0),
      }),
      [
        { field: 'targetCost', message: 'The target operating model cost must not be negative' },
        { field: 'implementationCost', message: 'The implementation cost must not be negative' },
        {
          field: expect.stringMatching(/^baselines\.[0-9a-f-]{36}$/),
          message: 'A baseline must not be negative',
        },
      ],
    ],
    [
      'a force given two baselines',
      () => ({
        financialYear: year(2016),
        targetCost: null,
        implementationCost: pence(0),
        baselines: [...baselines(1, 2), ...baselines(3, 4)],
      }),
      [{ field: 'baselines', message: 'Give each force one baseline' }],
    ],
  ])('refuses %s and saves nothing', async (_case, input, details) => {
    await expectRefused(() => records.setAreaYear(t.context(), t.areaId('Dogs'), input()), details);
  });

  it('answers not found for an area that does not exist', async () => {
    await expect(
      records.setAreaYear(t.context(), crypto.randomUUID(), {
        financialYear: year(2016),
        targetCost: null,
        implementationCost: pence(0),
        baselines: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('many areas’ costs at once', () => {
  const row = (businessAreaId: string, financialYear = 2021) => ({
    businessAreaId,
    financialYear: year(financialYear),
    targetCost: pence(100),
    implementationCost: pence(0),
  });

  it('saves every row with a single audit event', async () => {
    const ict = t.areaId('ICT');
    const dc = t.forceId('Devon & Cornwall Police');
    const event = await expectOneAuditEvent(() =>
      records.saveCosts(
        t.context('finance.imported'),
        t.allianceId,
        {
          areaYears: [row(ict), row(t.areaId('Dogs'))],
          baselines: [
            { businessAreaId: ict, organisationId: dc, financialYear: year(2021), baseline: pence(150) },
          ],
        },
        'Imported 2021/22',
      ),
    );
    expect(event).toMatchObject({ summary: 'Imported 2021/22', after: { areaYears: 2, baselines: 1 } });
  });

  it.each<[string, () => Parameters<FinanceRecordsService['saveCosts']>[2], object[]]>([
    [
      'an area of another alliance',
      () => ({ areaYears: [row(t.areaId('ICT')), row(crypto.randomUUID())], baselines: [] }),
      [{ field: 'businessAreaId', message: 'A row names a business area that is not in this alliance' }],
    ],
    [
      'a force that is not a member',
      () => ({
        areaYears: [],
        baselines: [
          {
            businessAreaId: t.areaId('ICT'),
            organisationId: t.forceId('Wiltshire Police'),
            financialYear: year(2016),
            baseline: pence(1),
          },
        ],
      }),
      [
        {
          field: 'organisationId',
          message: 'A baseline names a force that is not a member of this alliance',
        },
      ],
    ],
    [
      'a year out of range',
      () => ({ areaYears: [row(t.areaId('ICT'), 2040)], baselines: [] }),
      [{ field: 'financialYear', message: 'The financial year must be between 2000/01 and 2035/36' }],
    ],
  ])('refuses %s and saves none of the rows', async (_case, costs, details) => {
    await expectRefused(() => records.saveCosts(t.context(), t.allianceId, costs(), 'Refused'), details);
  });
});

describe('realised savings, forecasts, benefits, reinvestment and thresholds', () => {
  const actual = (financialYear: number, amount: number) => ({
    financialYear: year(financialYear),
    recordedOn: '2016-03-14' as IsoDate,
    amount: pence(amount),
    cashable: false,
    evidence: 'Overtime claims, February 2016',
    owner: 'Head of roads policing',
  });

  it('records a realised saving for the current year, which the model counts', async () => {
    const roads = t.areaId('Roads policing');
    const before = (await model().model(t.allianceId)).yearLines.find((l) => l.financialYear === 2015);
    const event = await expectOneAuditEvent(() =>
      records.recordActual(t.context(), roads, actual(2015, 12_345_67)),
    );
    expect(event?.summary).toBe('Recorded a non-cashable saving of £12,345.67 for Roads policing in 2015/16');
    const after = (await model().model(t.allianceId)).yearLines.find((l) => l.financialYear === 2015);
    expect((after?.realised ?? 0) - (before?.realised ?? 0)).toBe(12_345_67);
    expect(after?.realisedCashable).toBe(before?.realisedCashable);
    const listed = await records.actuals(t.allianceId, roads);
    expect(listed.map((a) => [a.areaName, a.amount, a.cashable])).toContainEqual([
      'Roads policing',
      12_345_67,
      false,
    ]);
  });

  it('refuses a realised saving for a year that has not begun', async () => {
    await expectRefused(
      () => records.recordActual(t.context(), t.areaId('Dogs'), actual(2016, 100)),
      expect.arrayContaining([
        {
          field: 'financialYear',
          message:
            'A realised saving must be for this financial year or an earlier one; record a forecast for later years',
        },
      ]),
    );
  });

  it('sets a forecast for this year or later, replacing the one before, and refuses a year that has ended', async () => {
    const ict = t.areaId('ICT');
    const set = (financialYear: number, amount: number) =>
      records.setForecast(t.context(), ict, {
        financialYear: year(financialYear),
        amount: pence(amount),
        note: null,
      });
    await expectOneAuditEvent(() => set(2016, 1_000_00));
    const count = (await financeState(t.db)).forecasts;
    await set(2016, 2_000_00);
    expect((await financeState(t.db)).forecasts).toBe(count);
    const line = (await model().areaModel(ict)).areaLines.find((l) => l.financialYear === 2016);
    expect(line?.forecast).toBe(2_000_00);
    await expectRefused(
      () => set(2014, 100),
      [{ field: 'financialYear', message: 'That year has ended: record what was realised instead' }],
    );
  });

  it('adds a benefit that is not cash, and refuses an area of another alliance', async () => {
    const benefit = {
      businessAreaId: t.areaId('Dogs'),
      title: 'Dog handlers on call',
      measure: 'General purpose dogs available at any hour',
      baselineValue: '4',
      targetValue: '6',
      currentValue: '5',
      owner: 'Head of dogs section',
      dueOn: '2017-03-31' as IsoDate,
    };
    await expectOneAuditEvent(() => records.addBenefit(t.context(), t.allianceId, benefit));
    expect((await records.benefits(t.allianceId)).map((b) => b.title)).toContain('Dog handlers on call');
    await expectRefused(
      () => records.addBenefit(t.context(), t.southWestId, benefit),
      [{ field: 'businessAreaId', message: 'Select a business area of this alliance' }],
    );
  });

  it('records reinvestment above £0 in a year in range', async () => {
    const input = (amount: number, financialYear = 2016) => ({
      businessAreaId: null,
      financialYear: year(financialYear),
      amount: pence(amount),
      purpose: 'Emerging threats: modern slavery',
      decidedOn: '2016-03-14' as IsoDate,
    });
    await expectOneAuditEvent(() => records.addReinvestment(t.context(), t.allianceId, input(250_000_00)));
    expect((await records.reinvestments(t.allianceId)).map((r) => r.amount)).toContain(250_000_00);
    await expectRefused(
      () => records.addReinvestment(t.context(), t.allianceId, input(0, 1999)),
      [
        { field: 'financialYear', message: 'The financial year must be between 2000/01 and 2035/36' },
        { field: 'amount', message: 'The amount reinvested must be more than £0' },
      ],
    );
  });

  it('sets the alliance’s RAG thresholds, which the model then uses, and refuses red above amber', async () => {
    await expectRefused(
      () => records.setThresholds(t.context(), t.allianceId, { amberBelowPercent: 90, redBelowPercent: 95 }),
      [{ field: 'redBelowPercent', message: 'Red must be at or below the amber percentage' }],
    );
    expect((await model().model(t.allianceId)).thresholdsAreDefault).toBe(true);
    await expectOneAuditEvent(() =>
      records.setThresholds(t.context(), t.allianceId, { amberBelowPercent: 95, redBelowPercent: 80 }),
    );
    const after = await model().model(t.allianceId);
    expect(after).toMatchObject({
      thresholdsAreDefault: false,
      thresholds: { amberBelowPercent: 95, redBelowPercent: 80 },
    });
  });

  it('knows the current financial year from the clock', () => {
    expect(records.currentYear()).toBe(2015);
  });
});
