import { describe, expect, it } from 'vitest';
import {
  EXIT_CONTRIBUTION_LIMIT_MONTHS,
  addMonths,
  closeBefore,
  noticeEnds,
  termsProblems,
  terminationProblems,
  variationDateProblem,
  versionOn,
  type AgreementTerms,
  type Termination,
} from './agreement-terms.domain.ts';

const V1 = { versionNumber: 1, effectiveFrom: '2015-04-01', effectiveTo: '2017-03-31' };
const V2 = { versionNumber: 2, effectiveFrom: '2017-04-01', effectiveTo: null };

describe('the agreement as it stood on a date', () => {
  it.each([
    { on: '2015-03-31', version: undefined },
    { on: '2015-04-01', version: 1 },
    { on: '2017-03-31', version: 1 },
    { on: '2017-04-01', version: 2 },
    { on: '2030-01-01', version: 2 },
  ])('on $on: version $version', ({ on, version }) => {
    expect(versionOn([V1, V2], on)?.versionNumber).toBe(version);
  });
});

describe('variations never overlap', () => {
  const open = { ...V1, effectiveTo: null };
  it.each([
    { from: '2015-04-01', refused: true },
    { from: '2015-03-01', refused: true },
    { from: '2015-04-02', refused: false },
  ])('from $from', ({ from, refused }) => {
    const problem = variationDateProblem([open], from);
    expect(problem?.field === 'effectiveFrom').toBe(refused);
  });
  it('the varied version ends the day before the variation', () => {
    expect(closeBefore(open, '2016-03-01').effectiveTo).toBe('2016-02-29');
  });
});

describe('months and notice', () => {
  it.each([
    { from: '2018-10-01', months: 12, ends: '2019-09-30' },
    { from: '2016-02-29', months: 12, ends: '2017-02-27' },
    { from: '2018-08-31', months: 1, ends: '2018-09-29' },
    { from: '2018-01-31', months: 1, ends: '2018-02-27' },
    { from: '2018-10-01', months: 0, ends: '2018-09-30' },
  ])('$months months from $from end on $ends', ({ from, months, ends }) => {
    expect(noticeEnds(from, months)).toBe(ends);
  });
  it('a month past the last day of January is the last day of February in a leap year', () => {
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
  });
});

const TERMS: AgreementTerms = {
  title: 'Alliance agreement',
  objective: 'Joint services',
  functions: 'All',
  providesForOfficers: true,
  businessAreaIds: [],
  costSharingBasisId: null,
  hostOrganisationId: 'force',
  directionAndControlOrganisationId: 'force',
  reviewDate: '2018-04-01',
  noticeMonths: 12,
  exitContributionMonths: EXIT_CONTRIBUTION_LIMIT_MONTHS,
  insuranceAndLiabilities: 'Shared',
  disputeResolution: 'Executive board',
  operationallySensitive: false,
};

describe('the terms an agreement may set', () => {
  it.each([
    { name: 'two years of contribution', change: {}, variation: false, fields: [] },
    {
      name: 'more than two years',
      change: { exitContributionMonths: 25 },
      variation: false,
      fields: ['exitContributionMonths'],
    },
    {
      name: 'more than two years by variation',
      change: { exitContributionMonths: 36 },
      variation: true,
      fields: [],
    },
    {
      name: 'review on commencement',
      change: { reviewDate: '2015-04-01' },
      variation: false,
      fields: ['reviewDate'],
    },
    {
      name: 'officers without direction and control',
      change: { directionAndControlOrganisationId: null },
      variation: false,
      fields: ['directionAndControlOrganisationId'],
    },
  ])('$name', ({ change, variation, fields }) => {
    const problems = termsProblems({ ...TERMS, ...change }, '2015-04-01', { byVariation: variation });
    expect(problems.map((problem) => problem.field)).toEqual(fields);
  });
});

describe('termination', () => {
  const unilateral: Termination = {
    kind: 'unilateral',
    noticeGivenOn: '2018-10-01',
    terminatesOn: '2019-09-30',
    leavingOrganisationId: 'dorset',
  };
  it.each([
    { name: 'on the last day of notice', change: {}, field: undefined },
    { name: 'the day before the notice ends', change: { terminatesOn: '2019-09-29' }, field: 'terminatesOn' },
    {
      name: 'jointly, at once',
      change: { kind: 'joint', terminatesOn: '2018-10-01', leavingOrganisationId: null },
      field: undefined,
    },
    {
      name: 'before notice was given',
      change: { kind: 'joint', terminatesOn: '2018-09-30' },
      field: 'terminatesOn',
    },
    {
      name: 'leaving, by a non-party',
      change: { leavingOrganisationId: 'elsewhere' },
      field: 'leavingOrganisationId',
    },
  ] as const)('$name', ({ change, field }) => {
    const problems = terminationProblems({ ...unilateral, ...change }, 12, ['dorset', 'devon']);
    expect(problems[0]?.field).toBe(field);
  });
});
