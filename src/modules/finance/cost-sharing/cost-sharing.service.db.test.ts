import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeContext } from '../../../platform/context.ts';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { pence } from '../../../platform/money.ts';
import { runUseCase } from '../../../platform/usecase/use-case.ts';
import { setBudget } from '../../organisations/use-cases/set-budget.ts';
import { TIE_RULE } from './apportion.domain.ts';
import type { BasisInput } from './cost-sharing.domain.ts';
import { createCostSharingService, type CostSharingService, type NewBasis } from './cost-sharing.service.ts';
import {
  auditEventsAfter,
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../finance-service.testing.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';

const date = (text: string) => text as IsoDate;
const BY_BUDGET_2015: BasisInput = { kind: 'budget', financialYear: 2015 as FinancialYear };

let t: DemoFinance;
let service: CostSharingService;

beforeAll(async () => {
  t = await setUpDemoFinance();
  service = createCostSharingService({ db: t.db, clock: t.clock });
});
afterAll(() => t.database.close());

const evenly = (ids: readonly string[]): BasisInput => ({
  kind: 'fixed',
  factors: ids.map((organisationId, i) => ({
    organisationId,
    value: Math.floor(10_000 / ids.length) + (i < 10_000 % ids.length ? 1 : 0),
  })),
});

const scopeVersions = async (allianceId: string, businessAreaId: string | null) =>
  (await service.history(allianceId)).versions
    .filter((v) => v.businessAreaId === businessAreaId)
    .sort((a, b) => a.versionNumber - b.versionNumber);

async function expectRefusedAndNothingSaved(change: () => Promise<unknown>, expected: object) {
  const before = await financeState(t.db);
  const refusal = await change().catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(ValidationError);
  expect(refusal).toMatchObject(expected);
  expect(await financeState(t.db)).toEqual(before);
}

describe('adding versions', () => {
  it('numbers an alliance’s versions 1, 2, 3 and closes each on the day before the next starts', async () => {
    const forces = ['Avon and Somerset Constabulary', 'Gloucestershire Constabulary', 'Wiltshire Police'];
    const ids = [...forces, 'Devon & Cornwall Police', 'Dorset Police'].map(t.forceId);
    const add = (label: string, input: BasisInput, from: string) =>
      service.addVersion(t.context('finance.basis_adopted'), t.southWestId, {
        label,
        input,
        effectiveFrom: date(from),
      });
    const first = await add('Shared equally', evenly(ids), '2015-04-01');
    const second = await add('By budget', BY_BUDGET_2015, '2016-04-01');
    const third = await add('By population', { kind: 'population' }, '2017-04-01');
    expect([first, second, third].map((v) => v.versionNumber)).toEqual([1, 2, 3]);
    expect(first.shares.map((s) => s.sharePercent)).toEqual([20, 20, 20, 20, 20]);
    const stored = await scopeVersions(t.southWestId, null);
    expect(stored.map((v) => [v.versionNumber, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, '2015-04-01', '2016-03-31'],
      [2, '2016-04-01', '2017-03-31'],
      [3, '2017-04-01', null],
    ]);
    expect(stored.map((v) => v.shares.length)).toEqual([5, 5, 5]);
  });

  it('keeps a business area’s own versions apart from the alliance’s', async () => {
    const dogs = t.areaId('Dogs');
    const own = await service.addVersion(t.context(), t.allianceId, {
      businessAreaId: dogs,
      label: 'Dogs: 60:40',
      input: {
        kind: 'fixed',
        factors: [
          { organisationId: t.forceId('Devon & Cornwall Police'), value: 6000 },
          { organisationId: t.forceId('Dorset Police'), value: 4000 },
        ],
      },
      effectiveFrom: date('2016-04-01'),
    });
    expect(own).toMatchObject({ businessAreaId: dogs, versionNumber: 1 });
    expect((await scopeVersions(t.allianceId, null)).map((v) => [v.versionNumber, v.effectiveTo])).toEqual([
      [1, null],
    ]);
  });

  it('copies the budgets into a budget basis: a later change to a budget leaves the stored shares alone', async () => {
    const devon = t.forceId('Devon & Cornwall Police');
    const stored = async () => (await scopeVersions(t.southWestId, null)).find((v) => v.versionNumber === 2);
    const figureOf = (v: Awaited<ReturnType<typeof stored>>) =>
      v?.definition.kind === 'budget'
        ? v.definition.factors.find((f) => f.organisationId === devon)?.value
        : 0;
    const before = await stored();
    expect(figureOf(before)).toBe(286_000_000_00);
    const budget = { organisationId: devon, financialYear: 2015, netRevenueBudgetPence: 300_000_000_00 };
    await runUseCase(setBudget, budget, { db: t.db, clock: t.clock }, t.context());
    const after = await stored();
    expect(figureOf(after)).toBe(286_000_000_00);
    expect(after?.shares).toEqual(before?.shares);
    const model = await createSavingsModelService({ db: t.db, clock: t.clock }).model(t.allianceId);
    const ict = model.figures.find((f) => f.businessAreaId === t.areaId('ICT') && f.financialYear === 2016);
    expect(ict?.forces.map((f) => f.sharePercent)).toEqual([72.2222, 27.7778]);
    // A basis made now reads the new budget.
    const next = await service.addVersion(t.context(), t.southWestId, {
      label: 'By budget again',
      input: BY_BUDGET_2015,
      effectiveFrom: date('2018-04-01'),
    });
    expect(
      next.definition.kind === 'budget' &&
        next.definition.factors.find((f) => f.organisationId === devon)?.value,
    ).toBe(300_000_000_00);
    expect(next.shares).not.toEqual(before?.shares);
  });

  it('writes one audit event with the new version, in the same transaction as the change', async () => {
    const { lastAuditSeq } = await financeState(t.db);
    const basis = await service.addVersion(t.context('finance.basis_adopted'), t.allianceId, {
      label: 'By population from 2018/19',
      input: { kind: 'population' },
      effectiveFrom: date('2018-04-01'),
      reason: 'Agreed at the alliance executive board',
    });
    const events = await auditEventsAfter(t.db, lastAuditSeq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'finance.basis_adopted',
      entityType: 'alliance',
      entityId: t.allianceId,
      summary:
        'Adopted version 2 of the alliance cost-sharing basis, "By population from 2018/19", from 1 April 2018',
      before: { versionNumber: 1, effectiveTo: null },
      after: { id: basis.id, versionNumber: 2, reason: 'Agreed at the alliance executive board' },
    });
    // An audit event that cannot be written takes the change back with it.
    const broken: ChangeContext = { ...t.context(), actor: { userId: 'not-a-user', label: 'Nobody' } };
    const before = await financeState(t.db);
    await expect(
      service.addVersion(broken, t.allianceId, {
        label: 'Never saved',
        input: { kind: 'population' },
        effectiveFrom: date('2019-04-01'),
      }),
    ).rejects.toThrow();
    expect(await financeState(t.db)).toEqual(before);
    expect((await scopeVersions(t.allianceId, null)).map((v) => v.effectiveTo)).toEqual(['2018-03-31', null]);
  });
});

describe('refusals save nothing', () => {
  const dc = () => t.forceId('Devon & Cornwall Police');
  const dorset = () => t.forceId('Dorset Police');
  const basis = (input: BasisInput, from = '2030-04-01', extra: Partial<NewBasis> = {}): NewBasis => ({
    label: 'Refused',
    input,
    effectiveFrom: date(from),
    ...extra,
  });
  const fixed = (a: number, b: number, third?: string): BasisInput => ({
    kind: 'fixed',
    factors: [
      { organisationId: dc(), value: a },
      { organisationId: dorset(), value: b },
      ...(third ? [{ organisationId: third, value: 0 }] : []),
    ],
  });

  it.each<[string, () => NewBasis, object]>([
    [
      'percentages that do not add up to 100',
      () => basis(fixed(7000, 2000)),
      { details: [{ field: 'factors', message: 'The percentages must add up to 100; they add up to 90' }] },
    ],
    [
      'a force of another alliance',
      () => basis(fixed(7000, 3000, t.forceId('Wiltshire Police'))),
      {
        details: [
          { field: 'factors', message: 'The basis names a force that is not a member of this alliance' },
        ],
      },
    ],
    [
      'a budget year with no budgets',
      () => basis({ kind: 'budget', financialYear: 2019 as FinancialYear }),
      {
        details: [
          {
            field: expect.stringMatching(/^factors\.[0-9a-f-]{36}$/),
            message: 'Devon & Cornwall Police has no net revenue budget for the chosen year',
          },
          {
            field: expect.stringMatching(/^factors\.[0-9a-f-]{36}$/),
            message: 'Dorset Police has no net revenue budget for the chosen year',
          },
        ],
      },
    ],
    [
      'a mix whose weights do not add up',
      () =>
        basis({
          kind: 'weighted',
          components: [
            { weight: 5000, basis: BY_BUDGET_2015 },
            { weight: 4000, basis: { kind: 'population' } },
          ],
        }),
      { details: [{ field: 'components', message: 'The weights must add up to 100; they add up to 90' }] },
    ],
    [
      'dates that overlap the version in use',
      () => basis(fixed(5000, 5000), '2015-04-01', { effectiveTo: date('2016-03-31') }),
      {
        details: [
          { field: 'effectiveFrom', message: expect.stringContaining('The dates overlap version 1') },
        ],
      },
    ],
    [
      'an end before the start',
      () => basis(fixed(5000, 5000), '2030-04-01', { effectiveTo: date('2030-03-31') }),
      {
        details: [
          { field: 'effectiveTo', message: 'The end date must be the same as or after the start date' },
        ],
      },
    ],
  ])('refuses %s', async (_case, input, expected) => {
    await expectRefusedAndNothingSaved(
      () => service.addVersion(t.context(), t.allianceId, input()),
      expected,
    );
  });

  it('refuses a business area of another alliance as not found', async () => {
    const before = await financeState(t.db);
    await expect(
      service.addVersion(t.context(), t.southWestId, {
        ...basis(fixed(5000, 5000)),
        businessAreaId: t.areaId('ICT'),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await financeState(t.db)).toEqual(before);
  });
});

describe('two people adding a version to one scope at once', () => {
  const input = (): BasisInput => ({ kind: 'population' });
  const attempt = (areaId: string, from: string) =>
    service
      .addVersion(t.context(), t.allianceId, {
        businessAreaId: areaId,
        label: `From ${from}`,
        input: input(),
        effectiveFrom: date(from),
      })
      .then(
        (v) => ({ ok: true as const, versionNumber: v.versionNumber }),
        (error: unknown) => ({ ok: false as const, error }),
      );

  it('on different days: both succeed with distinct numbers, or the one that would overlap is refused cleanly', async () => {
    const area = t.areaId('Finance');
    const results = await Promise.all([attempt(area, '2016-04-01'), attempt(area, '2017-04-01')]);
    for (const r of results) if (!r.ok) expect(r.error).toBeInstanceOf(ValidationError);
    const numbers = results.flatMap((r) => (r.ok ? [r.versionNumber] : []));
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    expect(new Set(numbers).size).toBe(numbers.length);
    const stored = await scopeVersions(t.allianceId, area);
    expect(stored.map((v) => v.versionNumber)).toEqual(numbers.map((_n, i) => i + 1));
    // No day has two bases: each version ends before the next one starts, and only the last is open.
    const byStart = [...stored].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    byStart.slice(1).forEach((v, i) => {
      const previousEnd = byStart[i]?.effectiveTo ?? '9999-12-31';
      expect(previousEnd < v.effectiveFrom).toBe(true);
    });
  });

  it('on the same day: one succeeds and the other is refused with a message', async () => {
    const area = t.areaId('Procurement');
    const results = await Promise.all([attempt(area, '2016-04-01'), attempt(area, '2016-04-01')]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, versionNumber: 1 }]);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error).toBeInstanceOf(ValidationError);
    expect(await scopeVersions(t.allianceId, area)).toHaveLength(1);
  });
});

describe('apportionBy', () => {
  it('splits an amount by a stored version to the penny, with the tie rule', async () => {
    const [inUse] = await scopeVersions(t.allianceId, null);
    const result = await service.apportionBy(inUse?.id ?? '', pence(100_001));
    expect(result.tieRule).toBe(TIE_RULE);
    expect(result.portions).toEqual([
      {
        partyId: t.forceId('Devon & Cornwall Police'),
        name: 'Devon & Cornwall Police',
        amount: 72_223,
        sharePercent: 72.2222,
      },
      { partyId: t.forceId('Dorset Police'), name: 'Dorset Police', amount: 27_778, sharePercent: 27.7778 },
    ]);
  });

  it('answers not found for a basis that does not exist', async () => {
    await expect(service.apportionBy(crypto.randomUUID(), pence(100))).rejects.toBeInstanceOf(NotFoundError);
  });
});
