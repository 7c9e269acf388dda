import { describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import {
  adoptionPlan,
  basisForYear,
  dayAfter,
  dayBefore,
  effectiveDateProblems,
  type BasisVersion,
} from './basis-versions.domain.ts';

const day = (date: string) => date as IsoDate;
const version = (versionNumber: number, from: string, to: string | null): BasisVersion => ({
  id: `v${versionNumber}`,
  businessAreaId: null,
  versionNumber,
  effectiveFrom: day(from),
  effectiveTo: to === null ? null : day(to),
});

/** The versions of a scope after adopting [from, to] the way the service does. */
function adopt(existing: readonly BasisVersion[], from: string, to: string | null): BasisVersion[] {
  const plan = adoptionPlan(existing, day(from), to === null ? null : day(to));
  const next = Math.max(0, ...existing.map((v) => v.versionNumber)) + 1;
  const kept = existing.map((v) => (v === plan.closes ? { ...v, effectiveTo: dayBefore(day(from)) } : v));
  const added = version(next, from, to);
  const resumed = plan.resumes
    ? [{ ...version(next + 1, plan.resumes.from, null), id: `${plan.resumes.version.id}-resumed` }]
    : [];
  return [...kept, added, ...resumed];
}

const open = version(1, '2015-04-01', null);

describe('adopting a version that ends inside the open-ended one splits it', () => {
  it.each([
    {
      name: 'a one-year 60/40 version for 2018/19 inside the demo basis',
      from: '2018-04-01',
      to: '2019-03-31',
      closesOn: '2018-03-31',
      resumesFrom: '2019-04-01',
    },
    {
      name: 'a version for one day',
      from: '2016-06-01',
      to: '2016-06-01',
      closesOn: '2016-05-31',
      resumesFrom: '2016-06-02',
    },
    {
      name: 'a version ending on a leap day',
      from: '2015-04-02',
      to: '2016-02-29',
      closesOn: '2015-04-01',
      resumesFrom: '2016-03-01',
    },
    {
      name: 'an open-ended version only follows',
      from: '2017-04-01',
      to: null,
      closesOn: '2017-03-31',
      resumesFrom: undefined,
    },
  ])('$name', ({ from, to, closesOn, resumesFrom }) => {
    expect(effectiveDateProblems([open], day(from), to === null ? null : day(to))).toEqual([]);
    const plan = adoptionPlan([open], day(from), to === null ? null : day(to));
    expect(plan.closes).toBe(open);
    expect(dayBefore(day(from))).toBe(closesOn);
    expect(plan.resumes?.from).toBe(resumesFrom);
    if (resumesFrom) expect(plan.resumes?.version).toBe(open);
  });

  it('leaves alone versions it neither follows nor interrupts', () => {
    const closed = version(1, '2015-04-01', '2016-03-31');
    expect(adoptionPlan([closed], day('2016-04-01'), day('2017-03-31'))).toEqual({
      closes: undefined,
      resumes: undefined,
    });
    const later = version(2, '2018-04-01', null);
    expect(adoptionPlan([later], day('2016-04-01'), day('2018-03-31'))).toEqual({
      closes: undefined,
      resumes: undefined,
    });
  });

  it('governs every year after the split: the default before, the new version, the default again', () => {
    const versions = adopt([open], '2018-04-01', '2019-03-31');
    const governing = (year: number) => basisForYear(versions, year as FinancialYear, null)?.id;
    expect([2015, 2017, 2018, 2019, 2020, 2030].map(governing)).toEqual([
      'v1',
      'v1',
      'v2',
      'v1-resumed',
      'v1-resumed',
      'v1-resumed',
    ]);
  });

  it('never leaves a year that had a basis without one, however versions are added', () => {
    const steps: [string, string | null][] = [
      ['2016-04-01', '2017-03-31'],
      ['2019-04-01', '2020-03-31'],
      ['2021-04-01', null],
      ['2022-04-01', '2022-04-30'],
      ['2025-04-01', '2026-03-31'],
    ];
    let versions: BasisVersion[] = [open];
    for (const [from, to] of steps) {
      expect(effectiveDateProblems(versions, day(from), to === null ? null : day(to))).toEqual([]);
      versions = adopt(versions, from, to);
      for (let year = 2015; year <= 2040; year += 1) {
        expect(basisForYear(versions, year as FinancialYear, null), `${year} after ${from}`).toBeDefined();
      }
    }
  });
});

describe('a version that cannot split the open-ended one is refused, saying why', () => {
  it.each([
    {
      name: 'it starts on the same day',
      from: '2015-04-01',
      to: '2016-03-31',
      message:
        'The dates overlap version 1, in effect from 1 April 2015: it cannot be split, because a version can interrupt it only by starting after 1 April 2015',
    },
    {
      name: 'it starts before and ends inside',
      from: '2014-04-01',
      to: '2016-03-31',
      message:
        'The dates overlap version 1, in effect from 1 April 2015: it cannot be split, because a version can interrupt it only by starting after 1 April 2015',
    },
    {
      name: 'it has no end and starts the same day',
      from: '2015-04-01',
      to: null,
      message: 'The dates overlap version 1, in effect from 1 April 2015',
    },
  ])('$name', ({ from, to, message }) => {
    expect(effectiveDateProblems([open], day(from), to === null ? null : day(to))).toEqual([
      { field: 'effectiveFrom', message },
    ]);
  });

  it('asks for no end date rather than the last day there is', () => {
    expect(effectiveDateProblems([open], day('2016-04-01'), day('9999-12-31'))).toEqual([
      { field: 'effectiveTo', message: 'Leave the end date empty for a version with no end' },
    ]);
  });
});

describe('dayAfter', () => {
  it.each([
    ['2019-03-31', '2019-04-01'],
    ['2016-02-28', '2016-02-29'],
    ['2016-02-29', '2016-03-01'],
    ['2100-02-28', '2100-03-01'],
    ['2015-12-31', '2016-01-01'],
  ])('the day after %s is %s', (date, expected) => {
    expect(dayAfter(day(date))).toBe(expected);
    expect(dayBefore(dayAfter(day(date)))).toBe(date);
  });
});
