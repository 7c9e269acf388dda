import { z } from 'zod';
import { parseFinancialYear, parseIsoDate, type FinancialYear, type IsoDate } from '../../platform/dates.ts';
import { capitalise, requiredText } from '../../platform/validation.ts';
import { MEASURE_MAX } from './cost-sharing/basis-form.ts';
import {
  type BasisDefinition,
  type BasisInput,
  type SimpleBasis,
  type SimpleBasisInput,
} from './cost-sharing/cost-sharing.domain.ts';

/**
 * The finance API's shapes. Money is whole pence in fields named …Pence; a financial year is
 * the calendar year it starts in (2015 is 2015/16), and "2015/16" is accepted wherever one is sent.
 */

/** As the typed forms: a larger amount is certainly a mistake. */
const PENCE_MAX = 100_000_000_000_00;
const MAX_FIGURES = 50;
const MAX_PARTS = 10;

export function penceField(label: string, options: { positive?: boolean } = {}) {
  const Label = capitalise(label);
  const whole = `${Label} must be a whole number of pence, like 123456 for £1,234.56`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : whole) })
    .int(whole)
    .min(
      options.positive ? 1 : 0,
      options.positive ? `${Label} must be more than £0` : `${Label} must not be negative`,
    )
    .max(PENCE_MAX, `${Label} must be less than £100 billion`)
    .meta({ description: `${Label}, in whole pence: 123456 is £1,234.56` });
}

export function yearField(label = 'the financial year') {
  const bad = `${capitalise(label)} must be a financial year, like 2015/16`;
  return z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? `Enter ${label}` : bad),
    })
    .transform((raw, ctx): FinancialYear => {
      const parsed = String(raw).length <= 20 ? parseFinancialYear(String(raw)) : undefined;
      if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: bad });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ description: `${capitalise(label)}: the year it starts, 2015, or "2015/16"` });
}

export function dateField(label: string) {
  const bad = `${capitalise(label)} must be a real date, like 2016-03-31`;
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : bad) })
    .max(20, bad)
    .transform((raw, ctx): IsoDate => {
      const parsed = parseIsoDate(raw);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: bad });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ description: `${capitalise(label)}, 'YYYY-MM-DD'` });
}

export const idParams = z.object({ id: z.string().max(100) });

const organisationId = z
  .string({ error: 'Give the organisation id of a member force' })
  .max(100, 'Give the organisation id of a member force')
  .transform((id) => id.toLowerCase())
  .meta({ description: 'The organisation id of a member police force' });

/** A percentage typed with at most two decimals, as exact basis points (70.25 → 7025). */
function percentageField(label: string) {
  const Label = capitalise(label);
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter ${label}` : `${Label} must be a number, like 70 or 70.25`,
    })
    .transform((value, ctx): number => {
      const basisPoints = Math.round(value * 100);
      const problem =
        value < 0
          ? 'must not be negative'
          : value > 100
            ? 'must be 100 or less'
            : basisPoints / 100 !== value
              ? 'can have at most 2 decimal places, like 70.25'
              : undefined;
      if (problem === undefined) return basisPoints;
      ctx.addIssue({ code: 'custom', message: `${Label} ${problem}` });
      return z.NEVER;
    })
    .meta({ description: `${Label}: 0 to 100, at most 2 decimal places (70.25 is 70.25%)` });
}

const figureValue = z
  .number({ error: 'The demand figure must be a whole number, like 120000' })
  .int('The demand figure must be a whole number, like 120000')
  .min(0, 'The demand figure must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'The demand figure is too large');

function listOf<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: `List ${what}` })
    .min(1, `List ${what}`)
    .max(MAX_FIGURES, `List at most ${MAX_FIGURES} forces`);
}

const fixedInput = z.object({
  kind: z.literal('fixed'),
  percentages: listOf(
    z.object({ organisationId, percentage: percentageField('the percentage') }),
    'each force with its percentage',
  ).meta({ description: 'Every member force with its percentage; together they add up to 100' }),
});
const budgetInput = z.object({ kind: z.literal('budget'), financialYear: yearField('the budget year') });
const populationInput = z.object({ kind: z.literal('population') });
const demandInput = z.object({
  kind: z.literal('demand'),
  measure: requiredText('what the demand measure counts', MEASURE_MAX).meta({
    description: 'What is counted, like "incidents" or "calls"',
  }),
  figures: listOf(z.object({ organisationId, value: figureValue }), 'each force with its demand figure'),
});

const KIND_MESSAGE = 'Choose the kind of basis: fixed, budget, population, demand or weighted';
const kindError = (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? 'Give the basis as an object with a kind' : KIND_MESSAGE;

const simpleApiBasis = z.discriminatedUnion('kind', [fixedInput, budgetInput, populationInput, demandInput], {
  error: kindError,
});
const weightedInput = z.object({
  kind: z.literal('weighted'),
  components: z
    .array(z.object({ weightPercentage: percentageField('the weight'), basis: simpleApiBasis }), {
      error: 'List the parts of the mix',
    })
    .max(MAX_PARTS, `A mix can have at most ${MAX_PARTS} parts`)
    .meta({ description: 'Two or more parts; their weights add up to 100' }),
});

type SimpleApiBasis = z.output<typeof simpleApiBasis>;

function toSimpleInput(basis: SimpleApiBasis): SimpleBasisInput {
  switch (basis.kind) {
    case 'fixed':
      return {
        kind: 'fixed',
        factors: basis.percentages.map((p) => ({ organisationId: p.organisationId, value: p.percentage })),
      };
    case 'demand':
      return { kind: 'demand', measure: basis.measure, factors: basis.figures };
    default:
      return basis;
  }
}

/**
 * What a person asks for: fixed percentages, in proportion to each force's net revenue budget
 * for a year or to population (the figures are copied in when the version is made), to a demand
 * measure, or a weighted mix of those.
 */
export const basisInputSchema = z
  .discriminatedUnion('kind', [fixedInput, budgetInput, populationInput, demandInput, weightedInput], {
    error: kindError,
  })
  .transform((basis): BasisInput =>
    basis.kind === 'weighted'
      ? {
          kind: 'weighted',
          components: basis.components.map((c) => ({
            weight: c.weightPercentage,
            basis: toSimpleInput(c.basis),
          })),
        }
      : toSimpleInput(basis),
  );

/**
 * The service names a basis's problems by its own fields (`factors.<organisation id>`,
 * `components.1.weight`); the API names the field that was sent (`basis.percentages.0.percentage`).
 */
function simpleFieldInApiTerms(rest: readonly string[], basis: SimpleBasisInput | undefined, prefix: string) {
  if (!basis || basis.kind === 'population') return prefix;
  if (basis.kind === 'budget') return `${prefix}.financialYear`;
  const [organisation] = rest;
  if (organisation === 'measure') return `${prefix}.measure`;
  const list = basis.kind === 'fixed' ? 'percentages' : 'figures';
  const index = basis.factors.findIndex((f) => f.organisationId === organisation);
  if (index < 0) return `${prefix}.${list}`;
  return `${prefix}.${list}.${index}.${basis.kind === 'fixed' ? 'percentage' : 'value'}`;
}

export function basisFieldInApiTerms(field: string, basis: BasisInput, prefix = 'basis'): string {
  const [head, ...rest] = field.split('.');
  if (head === 'kind') return `${prefix}.kind`;
  if (head === 'factors' && basis.kind !== 'weighted') return simpleFieldInApiTerms(rest, basis, prefix);
  if (head !== 'components' || basis.kind !== 'weighted') return field;
  const [part, ...tail] = rest;
  if (part === undefined) return `${prefix}.components`;
  if (tail[0] === 'weight') return `${prefix}.components.${part}.weightPercentage`;
  const component = basis.components[Number(part)]?.basis;
  return simpleFieldInApiTerms(tail, component, `${prefix}.components.${part}.basis`);
}

// What the API sends back: the same shapes, with the figures a stored version copied in.

const organisationIdOut = z.string();
const simpleBasisJson = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed'),
    percentages: z.array(z.object({ organisationId: organisationIdOut, percentage: z.number() })),
  }),
  z.object({
    kind: z.literal('budget'),
    financialYear: z.number().int(),
    budgets: z
      .array(z.object({ organisationId: organisationIdOut, netRevenueBudgetPence: z.number().int() }))
      .optional()
      .meta({ description: "Each force's net revenue budget for the year, as copied into a stored version" }),
  }),
  z.object({
    kind: z.literal('population'),
    populations: z
      .array(z.object({ organisationId: organisationIdOut, population: z.number().int() }))
      .optional()
      .meta({ description: "Each force's population, as copied into a stored version" }),
  }),
  z.object({
    kind: z.literal('demand'),
    measure: z.string(),
    figures: z.array(z.object({ organisationId: organisationIdOut, value: z.number().int() })),
  }),
]);

export const basisJsonSchema = z
  .discriminatedUnion('kind', [
    ...simpleBasisJson.options,
    z.object({
      kind: z.literal('weighted'),
      components: z.array(z.object({ weightPercentage: z.number(), basis: simpleBasisJson })),
    }),
  ])
  .meta({ id: 'CostSharingBasis' });

type BasisJson = z.infer<typeof basisJsonSchema>;

function simpleJson(basis: SimpleBasis | SimpleBasisInput): z.infer<typeof simpleBasisJson> {
  const figures = 'factors' in basis ? basis.factors : undefined;
  switch (basis.kind) {
    case 'fixed':
      return {
        kind: 'fixed',
        percentages: basis.factors.map((f) => ({
          organisationId: f.organisationId,
          percentage: f.value / 100,
        })),
      };
    case 'budget':
      return {
        kind: 'budget',
        financialYear: basis.financialYear,
        ...(figures && {
          budgets: figures.map((f) => ({ organisationId: f.organisationId, netRevenueBudgetPence: f.value })),
        }),
      };
    case 'population':
      return {
        kind: 'population',
        ...(figures && {
          populations: figures.map((f) => ({ organisationId: f.organisationId, population: f.value })),
        }),
      };
    case 'demand':
      return { kind: 'demand', measure: basis.measure, figures: basis.factors.map((f) => ({ ...f })) };
  }
}

/** A stored definition or a what-if candidate, in the API's terms (percentages, not basis points). */
export function basisJson(basis: BasisDefinition | BasisInput): BasisJson {
  if (basis.kind !== 'weighted') return simpleJson(basis);
  return {
    kind: 'weighted',
    components: basis.components.map((c) => ({
      weightPercentage: c.weight / 100,
      basis: simpleJson(c.basis),
    })),
  };
}
