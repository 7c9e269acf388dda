import { describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import {
  FIRST_FINANCE_YEAR,
  YEARS_AHEAD,
  TEXT_LIMITS,
  actualProblems,
  actualYearProblems,
  benefitProblems,
  bulkAmountProblems,
  financeYearProblems,
  forecastProblems,
  reinvestmentProblems,
} from './finance-records.domain.ts';

const year = (y: number) => y as FinancialYear;
const CURRENT = year(2016);
const OUT_OF_RANGE = [
  { field: 'financialYear', message: 'The financial year must be between 2000/01 and 2036/37' },
];

describe('financeYearProblems', () => {
  it('accepts 2000/01 to twenty years after the current year', () => {
    expect(FIRST_FINANCE_YEAR).toBe(2000);
    expect(YEARS_AHEAD).toBe(20);
    for (const y of [2000, 2015, 2016, 2017, 2036]) expect(financeYearProblems(year(y), CURRENT)).toEqual([]);
  });

  it.each([1999, 2037, 0, -2016])('refuses %i, naming the range', (y) => {
    expect(financeYearProblems(year(y), CURRENT)).toEqual(OUT_OF_RANGE);
  });

  it('names the field it was given', () => {
    expect(financeYearProblems(year(1999), CURRENT, 'rows.3.financialYear')[0]?.field).toBe(
      'rows.3.financialYear',
    );
  });

  it('moves the last year on with the clock', () => {
    expect(financeYearProblems(year(2037), year(2017))).toEqual([]);
  });
});

describe('actualYearProblems', () => {
  it('accepts a realised saving for the current year or an earlier one', () => {
    expect(actualYearProblems(CURRENT, CURRENT)).toEqual([]);
    expect(actualYearProblems(year(2015), CURRENT)).toEqual([]);
    expect(actualYearProblems(year(2000), CURRENT)).toEqual([]);
  });

  it('refuses a realised saving for a year that has not begun: that is a forecast', () => {
    expect(actualYearProblems(year(2017), CURRENT)).toEqual([
      {
        field: 'financialYear',
        message:
          'A realised saving must be for this financial year or an earlier one; record a forecast for later years',
      },
    ]);
  });

  it('refuses a year before the range', () => {
    expect(actualYearProblems(year(1999), CURRENT)).toEqual(OUT_OF_RANGE);
  });
});

describe('the checks every caller of the records service meets', () => {
  const today = '2016-03-15' as IsoDate;
  const actual = {
    financialYear: year(2015),
    recordedOn: '2016-03-10' as IsoDate,
    amount: 100,
    evidence: 'Budget monitoring report, month 11',
    owner: 'Finance business partner',
  };

  it('accepts a realised saving with its evidence and owner, recorded in its year', () => {
    expect(actualProblems(actual, today)).toEqual([]);
  });

  it('refuses £0, a date to come, a date before the year began, and missing evidence or owner', () => {
    const fields = (input: Partial<typeof actual>) =>
      actualProblems({ ...actual, ...input }, today).map((p) => p.field);
    expect(fields({ amount: 0 })).toEqual(['amount']);
    expect(fields({ amount: -1 })).toEqual(['amount']);
    expect(fields({ recordedOn: '2016-03-16' as IsoDate })).toEqual(['recordedOn']);
    expect(fields({ recordedOn: '2015-03-31' as IsoDate })).toEqual(['recordedOn']);
    expect(fields({ evidence: '  ', owner: '' })).toEqual(['evidence', 'owner']);
    expect(fields({ evidence: 'x'.repeat(TEXT_LIMITS.evidence + 1) })).toEqual(['evidence']);
  });

  it('names only the year when a saving is for a year still to come', () => {
    expect(actualProblems({ ...actual, financialYear: year(2017) }, today).map((p) => p.field)).toEqual([
      'financialYear',
    ]);
  });

  it('allows a forecast of £0 but not a negative one', () => {
    expect(forecastProblems({ amount: 0, note: null })).toEqual([]);
    expect(forecastProblems({ amount: -5, note: null })).toEqual([
      { field: 'amount', message: 'The forecast saving must not be negative' },
    ]);
  });

  it('needs a benefit’s name, measure and owner', () => {
    const problems = benefitProblems({
      title: '',
      measure: '',
      owner: '',
      baselineValue: null,
      targetValue: 'x'.repeat(TEXT_LIMITS.value + 1),
      currentValue: null,
    });
    expect(problems.map((p) => p.field)).toEqual(['title', 'measure', 'owner', 'targetValue']);
  });

  it('refuses a reinvestment of £0 or decided in the future', () => {
    const input = {
      financialYear: year(2016),
      amount: 0,
      purpose: 'Cyber crime',
      decidedOn: '2016-04-01' as IsoDate,
    };
    expect(reinvestmentProblems(input, today).map((p) => p.field)).toEqual(['amount', 'decidedOn']);
  });

  it('refuses a bulk save with a negative amount or the same row twice', () => {
    const row = { businessAreaId: 'a', financialYear: 2016, organisationId: 'dc', baseline: 5 };
    const areaYear = { businessAreaId: 'a', financialYear: 2016, targetCost: null, implementationCost: 0 };
    expect(bulkAmountProblems({ areaYears: [areaYear], baselines: [row] })).toEqual([]);
    expect(bulkAmountProblems({ areaYears: [areaYear], baselines: [row, row] }).map((p) => p.field)).toEqual([
      'rows',
    ]);
    expect(
      bulkAmountProblems({ areaYears: [{ ...areaYear, targetCost: -1 }], baselines: [] }).map((p) => p.field),
    ).toEqual(['amount']);
  });
});
