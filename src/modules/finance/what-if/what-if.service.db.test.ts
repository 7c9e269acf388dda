import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { BasisInput } from '../cost-sharing/cost-sharing.domain.ts';
import { createCostSharingService } from '../cost-sharing/cost-sharing.service.ts';
import {
  auditEventsAfter,
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../finance-service.testing.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';
import { createWhatIfService, type Candidate, type WhatIfService } from './what-if.service.ts';

const YEAR = 2016 as FinancialYear;

let t: DemoFinance;
let whatIf: WhatIfService;

beforeAll(async () => {
  t = await setUpDemoFinance();
  whatIf = createWhatIfService({ db: t.db, clock: t.clock });
});
afterAll(() => t.database.close());

const fixed = (dc: number, dorset: number): BasisInput => ({
  kind: 'fixed',
  factors: [
    { organisationId: t.forceId('Devon & Cornwall Police'), value: dc },
    { organisationId: t.forceId('Dorset Police'), value: dorset },
  ],
});
const sumOf = (
  forces: readonly { contribution: number; saving: number }[],
  pick: 'contribution' | 'saving',
) => forces.reduce((sum, f) => sum + f[pick], 0);

describe('compare', () => {
  it('shows each candidate beside the live basis for one year, and saves nothing', async () => {
    const before = await financeState(t.db);
    const comparison = await whatIf.compare(t.allianceId, YEAR, [
      { label: 'Half each', input: fixed(5000, 5000) },
      { label: 'The same as now', input: { kind: 'budget', financialYear: 2015 as FinancialYear } },
      { label: 'Does not add up', input: fixed(6000, 3000) },
    ]);
    expect(await financeState(t.db)).toEqual(before);

    expect(comparison.live).toMatchObject({
      label: 'In proportion to the size of each force (version 1, in use)',
      description: 'In proportion to net revenue budget (2015/16)',
      problems: [],
    });
    const model = await createSavingsModelService({ db: t.db, clock: t.clock }).model(t.allianceId);
    const liveLines = model.forceLines.filter((l) => l.financialYear === YEAR);
    expect(comparison.live.forces.map((f) => [f.organisationId, f.contribution, f.saving])).toEqual(
      comparison.parties.map((p) => {
        const line = liveLines.find((l) => l.organisationId === p.organisationId);
        return [p.organisationId, line?.contribution, line?.saving];
      }),
    );

    const [half, same, broken] = comparison.candidates;
    expect(half?.forces.map((f) => f.sharePercent)).toEqual([50, 50]);
    expect(sumOf(half?.forces ?? [], 'contribution')).toBe(sumOf(comparison.live.forces, 'contribution'));
    expect(sumOf(half?.forces ?? [], 'saving')).toBe(sumOf(comparison.live.forces, 'saving'));
    expect(half?.forces[1]?.contribution).toBeGreaterThan(comparison.live.forces[1]?.contribution ?? 0);
    expect(same?.forces).toEqual(comparison.live.forces);
    expect(broken).toMatchObject({
      label: 'Does not add up',
      definition: null,
      forces: [],
      problems: [{ field: 'factors', message: 'The percentages must add up to 100; they add up to 90' }],
    });
  });

  it('says when no basis is in effect on 1 April of the year', async () => {
    const comparison = await whatIf.compare(t.allianceId, 2014 as FinancialYear, []);
    expect(comparison.live).toMatchObject({
      label: 'No basis in use',
      description: 'No basis is in effect on 1 April of this year',
    });
  });

  it('compares at most six bases at once', async () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({
      label: `Option ${i + 1}`,
      input: fixed(5000, 5000),
    }));
    await expect(whatIf.compare(t.allianceId, YEAR, seven)).rejects.toMatchObject({
      details: [{ field: 'candidates', message: 'Compare at most 6 bases at once' }],
    });
  });
});

describe('saving and adopting a what-if', () => {
  const candidates = (): Candidate[] => [
    { label: 'Half each', input: fixed(5000, 5000) },
    { label: 'By population', input: { kind: 'population' } },
  ];

  it('saves a scenario with one audit event', async () => {
    const { lastAuditSeq } = await financeState(t.db);
    const scenario = await whatIf.save(t.context('finance.what_if_saved'), t.allianceId, {
      name: 'Options for 2016/17',
      financialYear: YEAR,
      candidates: candidates(),
    });
    const events = await auditEventsAfter(t.db, lastAuditSeq);
    expect(events.map((e) => [e.action, e.summary])).toEqual([
      ['finance.what_if_saved', 'Saved the what-if "Options for 2016/17" for 2016/17'],
    ]);
    expect(await whatIf.get(t.allianceId, scenario.id)).toMatchObject({
      name: 'Options for 2016/17',
      financialYear: 2016,
      candidates: candidates(),
      adoptedBasisId: null,
    });
    expect((await whatIf.list(t.allianceId)).map((s) => s.id)).toContain(scenario.id);
  });

  it.each<[string, () => Candidate[], object[]]>([
    ['no candidates', () => [], [{ field: 'candidates', message: 'Add at least one basis to compare' }]],
    [
      'a candidate that does not add up',
      () => [candidates()[0] as Candidate, { label: 'Bad', input: fixed(6000, 3000) }],
      [{ field: 'candidates.1.factors', message: 'The percentages must add up to 100; they add up to 90' }],
    ],
  ])('refuses to save %s, and saves nothing', async (_case, list, details) => {
    const before = await financeState(t.db);
    const refusal = await whatIf
      .save(t.context(), t.allianceId, { name: 'Refused', financialYear: YEAR, candidates: list() })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ details });
    expect(await financeState(t.db)).toEqual(before);
  });

  it('adopts a candidate as the next version of the alliance’s basis and marks the scenario', async () => {
    const scenario = await whatIf.save(t.context(), t.allianceId, {
      name: 'Adopt half each',
      financialYear: YEAR,
      candidates: candidates(),
    });
    const { lastAuditSeq } = await financeState(t.db);
    const basis = await whatIf.adopt(t.context('finance.basis_adopted'), t.allianceId, scenario.id, {
      candidate: 0,
      effectiveFrom: '2016-04-01' as IsoDate,
    });
    expect(basis).toMatchObject({
      versionNumber: 2,
      label: 'Half each',
      reason: 'Adopted from the what-if "Adopt half each"',
      effectiveFrom: '2016-04-01',
    });
    expect((await auditEventsAfter(t.db, lastAuditSeq)).map((e) => e.action)).toEqual([
      'finance.basis_adopted',
    ]);
    expect((await whatIf.get(t.allianceId, scenario.id)).adoptedBasisId).toBe(basis.id);
    const { versions } = await createCostSharingService({ db: t.db, clock: t.clock }).history(t.allianceId);
    expect(
      versions.filter((v) => v.businessAreaId === null).map((v) => [v.versionNumber, v.effectiveTo]),
    ).toEqual([
      [2, null],
      [1, '2016-03-31'],
    ]);
    const model = await createSavingsModelService({ db: t.db, clock: t.clock }).model(t.allianceId);
    const dogs = (year: number) =>
      model.figures.find((f) => f.businessAreaId === t.areaId('Dogs') && f.financialYear === year)?.basis;
    expect(dogs(2016)).toMatchObject({ id: basis.id, versionNumber: 2, label: 'Half each' });
    expect(dogs(2015)).toMatchObject({ versionNumber: 1 });
    const marine = model.figures.find(
      (f) => f.businessAreaId === t.areaId('Marine section') && f.financialYear === 2016,
    );
    expect(marine?.basis?.label).toBe('Marine section: the split of its baselines');
    const again = whatIf.adopt(t.context(), t.allianceId, scenario.id, {
      candidate: 0,
      effectiveFrom: '2017-04-01' as IsoDate,
    });
    await expect(again).rejects.toThrow('"Adopt half each" has already been adopted');
    const after = await createCostSharingService({ db: t.db, clock: t.clock }).history(t.allianceId);
    expect(after.versions.filter((v) => v.businessAreaId === null)).toHaveLength(2);
  });

  it('refuses an adoption whose dates overlap, or with no candidate chosen, and leaves the scenario as it was', async () => {
    const scenario = await whatIf.save(t.context(), t.allianceId, {
      name: 'Too late',
      financialYear: YEAR,
      candidates: candidates(),
    });
    const before = await financeState(t.db);
    for (const choice of [
      { candidate: 1, effectiveFrom: '2016-04-01' as IsoDate },
      { candidate: 5, effectiveFrom: '2017-04-01' as IsoDate },
    ]) {
      await expect(whatIf.adopt(t.context(), t.allianceId, scenario.id, choice)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect(await financeState(t.db)).toEqual(before);
    expect((await whatIf.get(t.allianceId, scenario.id)).adoptedBasisId).toBeNull();
  });

  it('answers not found for a what-if of another alliance or none at all', async () => {
    const [scenario] = await whatIf.list(t.allianceId);
    await expect(whatIf.get(t.southWestId, scenario?.id ?? '')).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      whatIf.adopt(t.context(), t.allianceId, crypto.randomUUID(), {
        candidate: 0,
        effectiveFrom: '2017-04-01' as IsoDate,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
