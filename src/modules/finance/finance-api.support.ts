import type { FinancialYear } from '../../platform/dates.ts';
import { ValidationError } from '../../platform/errors.ts';
import { API_PREFIX } from '../../platform/http/api.ts';
import { financeYearProblems } from './savings/finance-records.domain.ts';

/** What every finance API file shares: its tag, its addresses, and its way of naming fields. */
export const tags = ['Finance'];
export const ALLIANCES = `${API_PREFIX}/alliances`;
export const AREAS = `${API_PREFIX}/business-areas`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An id sent in a body must look like one before any query uses it: a malformed one fails the query. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** The services name money by what it is (`amount`); the API by its unit (`amountPence`). */
const PENCE_FIELDS: Record<string, string> = {
  amount: 'amountPence',
  targetCost: 'targetCostPence',
  implementationCost: 'implementationCostPence',
};

export const recordFieldInApiTerms = (field: string): string => PENCE_FIELDS[field] ?? field;

/** Runs a service call and renames the fields of any refusal to the names the API was sent. */
export async function inApiTerms<T>(work: () => Promise<T>, rename: (field: string) => string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.details.map((d) => ({ ...d, field: rename(d.field) }));
    throw new ValidationError(details, error.message);
  }
}

/** A year asked about, checked against the years alliance finance covers. */
export function checkYear(year: FinancialYear, currentYear: FinancialYear, field = 'financialYear'): void {
  const problems = financeYearProblems(year, currentYear, field);
  if (problems.length > 0) throw new ValidationError(problems);
}
