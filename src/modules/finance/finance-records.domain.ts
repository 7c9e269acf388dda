import { formatFinancialYear, type FinancialYear } from '../../platform/dates.ts';
import type { FieldError } from '../../platform/errors.ts';

/** Alliance finance starts with this century's collaborations and plans at most this far ahead. */
export const FIRST_FINANCE_YEAR = 2000;
export const YEARS_AHEAD = 20;

/** A financial year a person could mean for alliance figures, given the year the clock is in. */
export function financeYearProblems(
  year: FinancialYear,
  currentYear: FinancialYear,
  field = 'financialYear',
): FieldError[] {
  const last = currentYear + YEARS_AHEAD;
  if (year < FIRST_FINANCE_YEAR || year > last) {
    const range = `${formatFinancialYear(FIRST_FINANCE_YEAR)} and ${formatFinancialYear(last)}`;
    return [{ field, message: `The financial year must be between ${range}` }];
  }
  return [];
}

/** A realised saving counts only once its year has begun: a saving in the future is a forecast. */
export function actualYearProblems(year: FinancialYear, currentYear: FinancialYear): FieldError[] {
  if (year > currentYear) {
    return [
      {
        field: 'financialYear',
        message:
          'A realised saving must be for this financial year or an earlier one; record a forecast for later years',
      },
    ];
  }
  return financeYearProblems(year, currentYear);
}
