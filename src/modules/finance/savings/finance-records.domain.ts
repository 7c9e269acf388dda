import {
  financialYearBounds,
  financialYearOf,
  formatFinancialYear,
  type FinancialYear,
  type IsoDate,
} from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';

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

/** Longest text kept in a record's fields: a sentence or two of evidence, a name. */
export const TEXT_LIMITS = {
  evidence: 2000,
  owner: 200,
  title: 200,
  measure: 500,
  value: 200,
  purpose: 500,
  note: 1000,
} as const;

function textProblems(
  fields: Record<string, { value: string | null; label: string; required: boolean; max: number }>,
): FieldError[] {
  return Object.entries(fields).flatMap(([field, { value, label, required, max }]) => {
    const text = value?.trim() ?? '';
    if (required && !text) return [{ field, message: `Enter ${label}` }];
    if (text.length > max)
      return [
        {
          field,
          message: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`,
        },
      ];
    return [];
  });
}

/**
 * A realised saving is money already saved: more than £0, recorded no earlier than its year
 * began and no later than today, with its evidence and owner (HM Treasury benefits practice).
 */
export function actualProblems(
  input: {
    financialYear: FinancialYear;
    recordedOn: IsoDate;
    amount: number;
    evidence: string;
    owner: string;
  },
  today: IsoDate,
): FieldError[] {
  const yearProblems = actualYearProblems(input.financialYear, financialYearOf(today));
  const problems = [...yearProblems];
  if (input.amount <= 0)
    problems.push({ field: 'amount', message: 'The saving realised must be more than £0' });
  if (input.recordedOn > today)
    problems.push({ field: 'recordedOn', message: 'The date recorded must be today or in the past' });
  else if (yearProblems.length === 0 && input.recordedOn < financialYearBounds(input.financialYear).start) {
    problems.push({
      field: 'recordedOn',
      message: `The date recorded must be on or after the start of ${formatFinancialYear(input.financialYear)}, 1 April ${input.financialYear}`,
    });
  }
  return [
    ...problems,
    ...textProblems({
      evidence: { value: input.evidence, label: 'the evidence', required: true, max: TEXT_LIMITS.evidence },
      owner: { value: input.owner, label: 'the owner', required: true, max: TEXT_LIMITS.owner },
    }),
  ];
}

export function forecastProblems(input: { amount: number; note: string | null }): FieldError[] {
  const problems: FieldError[] =
    input.amount < 0 ? [{ field: 'amount', message: 'The forecast saving must not be negative' }] : [];
  return [
    ...problems,
    ...textProblems({
      note: { value: input.note, label: 'the note', required: false, max: TEXT_LIMITS.note },
    }),
  ];
}

export function benefitProblems(input: {
  title: string;
  measure: string;
  owner: string;
  baselineValue: string | null;
  targetValue: string | null;
  currentValue: string | null;
}): FieldError[] {
  const value = (v: string | null, label: string) => ({
    value: v,
    label,
    required: false,
    max: TEXT_LIMITS.value,
  });
  return textProblems({
    title: { value: input.title, label: 'the benefit', required: true, max: TEXT_LIMITS.title },
    measure: { value: input.measure, label: 'how it is measured', required: true, max: TEXT_LIMITS.measure },
    owner: { value: input.owner, label: 'the owner', required: true, max: TEXT_LIMITS.owner },
    baselineValue: value(input.baselineValue, 'the baseline'),
    targetValue: value(input.targetValue, 'the target'),
    currentValue: value(input.currentValue, 'the current value'),
  });
}

export function reinvestmentProblems(
  input: { financialYear: FinancialYear; amount: number; purpose: string; decidedOn: IsoDate },
  today: IsoDate,
): FieldError[] {
  const problems = financeYearProblems(input.financialYear, financialYearOf(today));
  if (input.amount <= 0)
    problems.push({ field: 'amount', message: 'The amount reinvested must be more than £0' });
  if (input.decidedOn > today)
    problems.push({ field: 'decidedOn', message: 'The date decided must be today or in the past' });
  return [
    ...problems,
    ...textProblems({
      purpose: {
        value: input.purpose,
        label: 'what it was reinvested in',
        required: true,
        max: TEXT_LIMITS.purpose,
      },
    }),
  ];
}

/** Forms check these too; the service checks again so no caller can store a negative cost or a force twice. */
export function areaYearAmountProblems(input: {
  targetCost: number | null;
  implementationCost: number;
  baselines: readonly { organisationId: string; amount: number }[];
}): FieldError[] {
  const problems: FieldError[] = [];
  if (input.targetCost !== null && input.targetCost < 0) {
    problems.push({ field: 'targetCost', message: 'The target operating model cost must not be negative' });
  }
  if (input.implementationCost < 0) {
    problems.push({ field: 'implementationCost', message: 'The implementation cost must not be negative' });
  }
  for (const baseline of input.baselines.filter((b) => b.amount < 0)) {
    problems.push({
      field: `baselines.${baseline.organisationId}`,
      message: 'A baseline must not be negative',
    });
  }
  if (new Set(input.baselines.map((b) => b.organisationId)).size !== input.baselines.length) {
    problems.push({ field: 'baselines', message: 'Give each force one baseline' });
  }
  return problems;
}

/** A bulk save is checked as a whole: no negative amount, no row twice (one statement cannot upsert a key twice). */
export function bulkAmountProblems(costs: {
  areaYears: readonly {
    businessAreaId: string;
    financialYear: number;
    targetCost: number | null;
    implementationCost: number;
  }[];
  baselines: readonly {
    businessAreaId: string;
    financialYear: number;
    organisationId: string;
    baseline: number;
  }[];
}): FieldError[] {
  const negative =
    costs.areaYears.some((r) => (r.targetCost ?? 0) < 0 || r.implementationCost < 0) ||
    costs.baselines.some((r) => r.baseline < 0);
  const areaYearKeys = new Set(costs.areaYears.map((r) => `${r.businessAreaId}|${r.financialYear}`));
  const baselineKeys = new Set(
    costs.baselines.map((r) => `${r.businessAreaId}|${r.financialYear}|${r.organisationId}`),
  );
  const repeated =
    areaYearKeys.size !== costs.areaYears.length || baselineKeys.size !== costs.baselines.length;
  return [
    ...(negative ? [{ field: 'amount', message: 'An amount is negative: costs must be £0 or more' }] : []),
    ...(repeated
      ? [{ field: 'rows', message: 'The same business area, year and force appear more than once' }]
      : []),
  ];
}
