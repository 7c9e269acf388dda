import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { parseFinancialYear, type FinancialYear, type IsoDate } from '../../platform/dates.ts';
import { ValidationError, type FieldError } from '../../platform/errors.ts';
import { formErrors, parseForm, type FormErrors, type FormResult } from '../../platform/http/forms.ts';
import { formatMoneyForInput, pence, type Pence } from '../../platform/money.ts';
import {
  capitalise,
  dateFromParts,
  dateInput,
  money,
  optionalText,
  requiredText,
} from '../../platform/validation.ts';
import type { Party } from './cost-sharing/cost-sharing.domain.ts';

/** The finance forms, as typed: every value a bounded string, so a refused form shows it again. */
export type Fields = Record<string, string>;
export type DateParts = { day: string; month: string; year: string };

const MAX_TYPED = 2_100;

export function typedFields(body: unknown, names: readonly string[]): Fields {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_TYPED) : '');
  return Object.fromEntries(names.map((name) => [name, text(fields[name])]));
}

export function typedDate(body: unknown, name: string): DateParts {
  return dateFromParts((body ?? {}) as Record<string, unknown>, name);
}

/** GOV.UK asks the error summary to link to the first box of a date. */
export function pageErrors(details: readonly FieldError[], dateFields: readonly string[] = []): FormErrors {
  const errors = formErrors(details);
  const dates = new Set(dateFields.map((field) => `#${field}`));
  return {
    ...errors,
    errorList: errors.errorList.map((item) =>
      dates.has(item.href) ? { ...item, href: `${item.href}-day` } : item,
    ),
  };
}

/** An amount typed into a box that shows the £ outside it: "1234.56", or blank for nothing yet. */
export function moneyField(amount: Pence | number | null | undefined): string {
  return amount === null || amount === undefined ? '' : formatMoneyForInput(amount);
}

function optionalMoney(label: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): Pence | null => {
      if (!raw?.trim()) return null;
      const parsed = money(label).safeParse(raw);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    });
}

/** Empty is "enter it"; anything typed that is not a year is "must be a financial year". */
function yearField(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .transform((raw, ctx): FinancialYear => {
      const year = parseFinancialYear(raw);
      if (year !== undefined) return year;
      ctx.addIssue({
        code: 'custom',
        message: `${capitalise(label)} must be a financial year, like 2015/16`,
      });
      return z.NEVER;
    });
}

function wholePercent(label: string) {
  const message = `${capitalise(label)} must be a whole number from 0 to 200`;
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .refine((value) => value <= 200, message);
}

function positiveMoney(label: string) {
  return money(label).refine((amount) => amount > 0, `${capitalise(label)} must be more than £0`);
}

/** A business area chosen from a list, or none: anything else is refused by the service. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const optionalArea = z
  .string()
  .optional()
  .refine((value) => !value || UUID.test(value), 'Select a business area of this alliance')
  .transform((value) => (value ? value.toLowerCase() : null));

export const baselineField = (organisationId: string) => `baseline-${organisationId}`;

export interface CostsValue {
  readonly financialYear: FinancialYear;
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
  readonly baselines: readonly { readonly organisationId: string; readonly amount: Pence }[];
}

/** One area's costs for one year: a box per member force, named by the force so a reorder cannot mix them. */
export function parseCostsForm(fields: Fields, forces: readonly Party[]): FormResult<CostsValue> {
  const shape: Record<string, z.ZodType> = {
    financialYear: yearField('the financial year'),
    targetCost: optionalMoney('the target operating model cost'),
    implementationCost: money('the implementation cost'),
  };
  for (const force of forces)
    shape[baselineField(force.organisationId)] = money(`the baseline of ${force.name}`);
  const form = parseForm(z.object(shape), fields);
  if (!form.ok) return form;
  const value = form.value as Record<string, unknown>;
  return {
    ok: true,
    value: {
      financialYear: value.financialYear as FinancialYear,
      targetCost: value.targetCost as Pence | null,
      implementationCost: value.implementationCost as Pence,
      baselines: forces.map((f) => ({
        organisationId: f.organisationId,
        amount: pence(value[baselineField(f.organisationId)] as number),
      })),
    },
  };
}

export const actualForm = z.object({
  financialYear: yearField('the financial year'),
  recordedOn: dateInput('the date recorded', true),
  amount: positiveMoney('the amount saved'),
  cashable: z.enum(['yes', 'no'], { error: 'Select whether the saving is cashable' }),
  evidence: requiredText('the evidence', 2000),
  owner: requiredText('the owner', 200),
});

export const forecastForm = z.object({
  financialYear: yearField('the financial year'),
  amount: money('the forecast saving'),
  note: optionalText('the note', 2000),
});

export const benefitForm = z.object({
  title: requiredText('the benefit', 200),
  measure: requiredText('how the benefit is measured', 200),
  baselineValue: optionalText('the baseline', 200),
  targetValue: optionalText('the target', 200),
  currentValue: optionalText('the current value', 200),
  owner: requiredText('the owner', 200),
  dueOn: dateInput('the due date', false),
  businessAreaId: optionalArea,
});

export const reinvestmentForm = z.object({
  financialYear: yearField('the financial year'),
  amount: positiveMoney('the amount reinvested'),
  purpose: requiredText('what the money was reinvested in', 500),
  decidedOn: dateInput('the date decided', true),
  businessAreaId: optionalArea,
});

export const thresholdsForm = z.object({
  amberBelowPercent: wholePercent('the amber percentage'),
  redBelowPercent: wholePercent('the red percentage'),
});

/** A date that has not happened yet cannot be when something was recorded or decided. */
export function notInFuture(date: IsoDate | undefined, today: IsoDate, field: string, label: string) {
  return date !== undefined && date > today
    ? [{ field, message: `${capitalise(label)} must be today or in the past` }]
    : [];
}

/** Checks that need the value as a whole (or the clock) run once the fields themselves are valid. */
export function alsoRefuse<T>(form: FormResult<T>, problems: (value: T) => FieldError[]): FormResult<T> {
  if (!form.ok) return form;
  const found = problems(form.value);
  return found.length > 0 ? { ok: false, errors: found } : form;
}

/**
 * The end of every finance form: refused input is shown again with its errors (status 400) and
 * nothing is saved; saved input goes back to the page it belongs to.
 */
export async function saveOrRefuse<T>(
  reply: FastifyReply,
  options: {
    readonly form: FormResult<T>;
    readonly refuse: (errors: readonly FieldError[]) => Promise<FastifyReply> | FastifyReply;
    readonly save: (value: T) => Promise<unknown>;
    readonly redirectTo: string;
  },
): Promise<FastifyReply> {
  if (!options.form.ok) return options.refuse(options.form.errors);
  try {
    await options.save(options.form.value);
  } catch (error) {
    if (error instanceof ValidationError) return options.refuse(error.details);
    throw error;
  }
  return reply.redirect(options.redirectTo, 303);
}
