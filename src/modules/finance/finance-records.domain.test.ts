import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../platform/dates.ts';
import {
  FIRST_FINANCE_YEAR,
  YEARS_AHEAD,
  actualYearProblems,
  financeYearProblems,
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
