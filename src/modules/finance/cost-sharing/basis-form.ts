import { formatFinancialYear, parseFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { capitalise } from '../../../platform/validation.ts';
import type { FieldError } from '../../../platform/errors.ts';
import {
  BASIS_KINDS,
  type BasisInput,
  type BasisKind,
  type Factor,
  type Party,
  type SimpleBasisInput,
  type SimpleBasisKind,
} from './cost-sharing.domain.ts';
import { FIRST_FINANCE_YEAR, YEARS_AHEAD, financeYearProblems } from '../savings/finance-records.domain.ts';

/**
 * One form for every kind of basis. Field names carry a prefix, so one page can hold several
 * bases (a what-if's candidates are `c1-`, `c2-` …). The parts of a weighted mix have their own
 * boxes, under `mix-`, so they never share a name with the simple kinds' boxes on the same form.
 */

/** The parts of a weighted mix, in the order the form shows them. */
export const MIX_PARTS = ['budget', 'population', 'demand', 'fixed'] as const satisfies SimpleBasisKind[];

export const MEASURE_MAX = 100;
const VALUE_MAX = 30;
/** More figures than this on one form is not a person typing: refuse rather than read them all. */
const FACTORS_MAX = 50;
const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export type FormBody = Readonly<Record<string, unknown>>;

export interface BasisFormContext {
  readonly parties: readonly Party[];
  readonly currentYear: FinancialYear;
}

export type BasisFormResult = { ok: true; input: BasisInput } | { ok: false; errors: FieldError[] };

/** The name (and id) of each box: `base` is the form's prefix, or the prefix of its mix's parts. */
export const FIELD = {
  kind: (prefix: string) => `${prefix}kind`,
  weight: (prefix: string, part: SimpleBasisKind) => `${prefix}weight-${part}`,
  mix: (prefix: string) => `${prefix}mix-`,
  fixed: (base: string, organisationId: string) => `${base}fixed-${organisationId}`,
  budgetYear: (base: string) => `${base}budgetYear`,
  demandMeasure: (base: string) => `${base}demandMeasure`,
  demand: (base: string, organisationId: string) => `${base}demand-${organisationId}`,
};

/** A submitted value as text: a repeated or missing field reads as empty. */
export function textOf(body: FormBody, name: string, max = VALUE_MAX * 10): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

type Percent = { ok: true; basisPoints: number } | { ok: false; problem: string };

/**
 * "70", "70.5" or "70.25" (a "%" may follow) as basis points, read from the text so that no
 * floating-point rounding ever enters a share.
 */
export function parsePercent(text: string): Percent {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text.trim());
  if (!match) {
    if (/^-/.test(text.trim())) return { ok: false, problem: 'must not be negative' };
    if (/^\d+\.\d{3,}\s*%?$/.test(text.trim())) {
      return { ok: false, problem: 'must have no more than 2 decimal places' };
    }
    return { ok: false, problem: 'must be a number, like 70 or 70.25' };
  }
  const [, whole = '0', fraction = ''] = match;
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints > 10_000) return { ok: false, problem: 'must be 100 or less' };
  return { ok: true, basisPoints };
}

/** Every organisation the form names under `stem` (a tampered form may name one outside the alliance). */
function namedOrganisations(body: FormBody, stem: string, parties: readonly Party[]): string[] {
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${ID})$`);
  const named = Object.keys(body).flatMap((key) => pattern.exec(key)?.[1] ?? []);
  return [...new Set([...parties.map((p) => p.organisationId), ...named])];
}

interface Collected {
  factors: Factor[];
  errors: FieldError[];
}

function collect(
  body: FormBody,
  stem: string,
  parties: readonly Party[],
  read: (text: string, name: string) => { value: number } | { message: string },
): Collected {
  const result: Collected = { factors: [], errors: [] };
  const organisations = namedOrganisations(body, stem, parties);
  if (organisations.length > FACTORS_MAX) {
    return {
      factors: [],
      errors: [{ field: `${stem}${parties[0]?.organisationId}`, message: 'Too many figures' }],
    };
  }
  for (const organisationId of organisations) {
    const field = `${stem}${organisationId}`;
    const name = parties.find((p) => p.organisationId === organisationId)?.name ?? 'a force';
    const outcome = read(textOf(body, field, VALUE_MAX), name);
    if ('message' in outcome) result.errors.push({ field, message: outcome.message });
    else result.factors.push({ organisationId, value: outcome.value });
  }
  return result;
}

function readPercent(text: string, name: string): { value: number } | { message: string } {
  if (!text) return { message: `Enter a percentage for ${name}` };
  const parsed = parsePercent(text);
  return parsed.ok
    ? { value: parsed.basisPoints }
    : { message: `The percentage for ${name} ${parsed.problem}` };
}

function readWhole(measure: string) {
  return (text: string, name: string): { value: number } | { message: string } => {
    const what = `the ${measure || 'demand'} figure for ${name}`;
    if (!text) return { message: `Enter ${what}` };
    const digits = text.replaceAll(',', '');
    if (/^-\d/.test(digits)) return { message: `${capitalise(what)} must not be negative` };
    if (!/^\d{1,15}$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
      return { message: `${capitalise(what)} must be a whole number, like 12500` };
    }
    return { value: Number(digits) };
  };
}

type Simple = { input?: SimpleBasisInput; errors: FieldError[] };

function readBudget(body: FormBody, field: string, context: BasisFormContext): Simple {
  const text = textOf(body, field, VALUE_MAX);
  if (!text) return { errors: [{ field, message: 'Enter the financial year of the budgets, like 2015/16' }] };
  const year = parseFinancialYear(text);
  if (year === undefined) {
    return { errors: [{ field, message: 'The budget year must be a financial year, like 2015/16' }] };
  }
  if (financeYearProblems(year, context.currentYear).length > 0) {
    const last = formatFinancialYear(context.currentYear + YEARS_AHEAD);
    const range = `${formatFinancialYear(FIRST_FINANCE_YEAR)} and ${last}`;
    return { errors: [{ field, message: `The budget year must be between ${range}` }] };
  }
  return { input: { kind: 'budget', financialYear: year }, errors: [] };
}

function readDemand(body: FormBody, base: string, context: BasisFormContext): Simple {
  const measureField = FIELD.demandMeasure(base);
  const measure = textOf(body, measureField, MEASURE_MAX * 2);
  const errors: FieldError[] = [];
  if (!measure)
    errors.push({ field: measureField, message: 'Enter what the demand measure counts, like incidents' });
  else if (measure.length > MEASURE_MAX) {
    errors.push({
      field: measureField,
      message: `The demand measure must be ${MEASURE_MAX} characters or fewer`,
    });
  }
  const figures = collect(
    body,
    FIELD.demand(base, ''),
    context.parties,
    readWhole(measure.slice(0, MEASURE_MAX)),
  );
  errors.push(...figures.errors);
  return errors.length > 0
    ? { errors }
    : { input: { kind: 'demand', measure, factors: figures.factors }, errors };
}

/** One simple kind's own boxes, named from `base` (the form's prefix, or its mix prefix). */
function readSimple(body: FormBody, kind: SimpleBasisKind, base: string, context: BasisFormContext): Simple {
  switch (kind) {
    case 'population':
      return { input: { kind: 'population' }, errors: [] };
    case 'budget':
      return readBudget(body, FIELD.budgetYear(base), context);
    case 'demand':
      return readDemand(body, base, context);
    case 'fixed': {
      const { factors, errors } = collect(body, FIELD.fixed(base, ''), context.parties, readPercent);
      return errors.length > 0 ? { errors } : { input: { kind: 'fixed', factors }, errors };
    }
  }
}

const PART_NAMES: Record<SimpleBasisKind, string> = {
  budget: 'net revenue budget',
  population: 'population',
  demand: 'the demand measure',
  fixed: 'fixed percentages',
};

function readWeighted(body: FormBody, prefix: string, context: BasisFormContext): BasisFormResult {
  const errors: FieldError[] = [];
  const components: { weight: number; basis: SimpleBasisInput }[] = [];
  for (const part of MIX_PARTS) {
    const field = FIELD.weight(prefix, part);
    const text = textOf(body, field, VALUE_MAX);
    if (!text) continue;
    const weight = parsePercent(text);
    if (!weight.ok) {
      errors.push({ field, message: `The weight for ${PART_NAMES[part]} ${weight.problem}` });
      continue;
    }
    if (weight.basisPoints === 0) continue;
    const simple = readSimple(body, part, FIELD.mix(prefix), context);
    errors.push(...simple.errors);
    if (simple.input) components.push({ weight: weight.basisPoints, basis: simple.input });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input: { kind: 'weighted', components } };
}

/** Reads the basis part of a submitted form; every problem is named against the box it is about. */
export function parseBasisForm(body: FormBody, prefix: string, context: BasisFormContext): BasisFormResult {
  const kind = textOf(body, FIELD.kind(prefix), VALUE_MAX) as BasisKind;
  if (!BASIS_KINDS.includes(kind)) {
    return {
      ok: false,
      errors: [{ field: FIELD.kind(prefix), message: 'Select how the costs are shared' }],
    };
  }
  if (kind === 'weighted') return readWeighted(body, prefix, context);
  const simple = readSimple(body, kind, prefix, context);
  return simple.input ? { ok: true, input: simple.input } : { ok: false, errors: simple.errors };
}

/** The box a problem with one simple part is best shown against. */
function simpleTarget(
  kind: SimpleBasisKind,
  base: string,
  rest: string,
  parties: readonly Party[],
  populationField: string,
): string {
  const organisationId = parties.some((p) => p.organisationId === rest)
    ? rest
    : (parties[0]?.organisationId ?? '');
  switch (kind) {
    case 'fixed':
      return FIELD.fixed(base, organisationId);
    case 'demand':
      return rest === 'measure' ? FIELD.demandMeasure(base) : FIELD.demand(base, organisationId);
    case 'budget':
      return FIELD.budgetYear(base);
    case 'population':
      return populationField;
  }
}

/**
 * Moves the service's problems (named after the parts of a basis: `factors.<force>`,
 * `components.1.weight` …) onto the form's boxes, so the error summary's links land on them.
 */
export function basisFieldsOf(
  problems: readonly FieldError[],
  prefix: string,
  input: BasisInput,
  parties: readonly Party[],
): FieldError[] {
  return problems.map((problem) => {
    const [head, second = '', third = ''] = problem.field.split('.');
    if (head === 'kind') return { ...problem, field: FIELD.kind(prefix) };
    if (input.kind !== 'weighted') {
      if (head !== 'factors') return problem;
      return { ...problem, field: simpleTarget(input.kind, prefix, second, parties, FIELD.kind(prefix)) };
    }
    const used = input.components.map((c) => c.basis.kind);
    if (head !== 'components') return problem;
    const part = second === '' ? undefined : used[Number(second)];
    if (!part) return { ...problem, field: FIELD.weight(prefix, used[0] ?? MIX_PARTS[0]) };
    if (third === 'weight') return { ...problem, field: FIELD.weight(prefix, part) };
    return {
      ...problem,
      field: simpleTarget(part, FIELD.mix(prefix), third, parties, FIELD.weight(prefix, part)),
    };
  });
}

/** What was typed, by field name, to put back in the boxes when the form comes back with errors. */
export function basisFormValues(
  body: FormBody,
  prefix: string,
  parties: readonly Party[],
): Record<string, string> {
  const fields = [FIELD.kind(prefix), ...MIX_PARTS.map((part) => FIELD.weight(prefix, part))];
  for (const base of [prefix, FIELD.mix(prefix)]) {
    fields.push(FIELD.budgetYear(base), FIELD.demandMeasure(base));
    for (const p of parties)
      fields.push(FIELD.fixed(base, p.organisationId), FIELD.demand(base, p.organisationId));
  }
  return Object.fromEntries(
    fields.map((field) => [
      field,
      textOf(body, field, field.endsWith('demandMeasure') ? MEASURE_MAX * 2 : VALUE_MAX * 2),
    ]),
  );
}
