import { z } from 'zod';
import { parseMoney, type Pence } from './money.ts';
import {
  isoDateFromParts,
  parseFinancialYear,
  parseIsoDate,
  type FinancialYear,
  type IsoDate,
} from './dates.ts';

/**
 * Zod building blocks that speak the user's language: every message names the field as the form
 * labels it. Every string is bounded.
 */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : undefined));
}

export function money(label: string, options: { allowNegative?: boolean } = {}) {
  return z.union([z.string(), z.number()], { error: `Enter ${label}` }).transform((raw, ctx): Pence => {
    const text = String(raw).trim();
    if (!text) {
      ctx.addIssue({ code: 'custom', message: `Enter ${label}` });
      return z.NEVER;
    }
    const parsed = parseMoney(text);
    if (!parsed.ok) {
      const message =
        parsed.reason === 'too-large'
          ? `${capitalise(label)} must be less than £100 billion`
          : `${capitalise(label)} must be an amount of money, like £1,234.56`;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (parsed.value < 0 && !options.allowNegative) {
      ctx.addIssue({ code: 'custom', message: `${capitalise(label)} must not be negative` });
      return z.NEVER;
    }
    return parsed.value;
  });
}

export function isoDate(label: string) {
  return z.string({ error: `Enter ${label}` }).transform((raw, ctx): IsoDate => {
    const parsed = parseIsoDate(raw);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `${capitalise(label)} must be a real date, like 2016-03-31` });
      return z.NEVER;
    }
    return parsed;
  });
}

/** The three boxes of a GOV.UK date input, named `${name}-day`, `${name}-month`, `${name}-year`. */
export function dateFromParts(
  body: Record<string, unknown>,
  name: string,
): { day: string; month: string; year: string } {
  const part = (suffix: string) => String(body[`${name}-${suffix}`] ?? '').slice(0, 10);
  return { day: part('day'), month: part('month'), year: part('year') };
}

export function dateInput(label: string, required: boolean) {
  return z
    .object({ day: z.string().max(10), month: z.string().max(10), year: z.string().max(10) })
    .transform((parts, ctx): IsoDate | undefined => {
      const empty = !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
      if (empty) {
        if (required) ctx.addIssue({ code: 'custom', message: `Enter ${label}` });
        return undefined;
      }
      const date = isoDateFromParts(parts.day, parts.month, parts.year);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `${capitalise(label)} must be a real date` });
        return z.NEVER;
      }
      return date;
    });
}

export function financialYear(label: string) {
  return z
    .union([z.string(), z.number()], { error: `Enter ${label}` })
    .transform((raw, ctx): FinancialYear => {
      const parsed = parseFinancialYear(String(raw));
      if (parsed === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${capitalise(label)} must be a financial year, like 2015/16`,
        });
        return z.NEVER;
      }
      return parsed;
    });
}

export function wholeNumber(label: string, options: { min?: number; max?: number } = {}) {
  const { min = 0, max = 1_000_000_000 } = options;
  return z.union([z.string(), z.number()], { error: `Enter ${label}` }).transform((raw, ctx): number => {
    const text = String(raw).trim().replaceAll(',', '');
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) {
      ctx.addIssue({ code: 'custom', message: `${capitalise(label)} must be a whole number, like 750000` });
      return z.NEVER;
    }
    if (value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${capitalise(label)} must be between ${min.toLocaleString('en-GB')} and ${max.toLocaleString('en-GB')}`,
      });
      return z.NEVER;
    }
    return value;
  });
}

export const uuidParam = z.object({ id: z.uuid({ error: 'Not a valid id' }) });

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The hidden `version` of an edit form: anything else means the page is stale or was tampered with. */
export function formVersion() {
  return z
    .string({ error: 'Reload the page and try again' })
    .regex(/^\d{1,9}$/, 'Reload the page and try again')
    .transform(Number);
}

/** Checkboxes and repeated query values arrive as nothing, one string or several: always a bounded list. */
export function listOf(value: unknown, max = 100): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string').slice(0, max);
}

/** The largest value a PostgreSQL `integer` column holds: beyond it the database would fail, not the form. */
export const INT4_MAX = 2_147_483_647;

/** A whole number in a JSON body, bounded by its column (an `integer` unless `max` says otherwise). */
export function apiInteger(label: string, options: { min?: number; max?: number; missing?: string } = {}) {
  const { min = 0, max = INT4_MAX } = options;
  const Label = capitalise(label);
  return z
    .number({ error: options.missing ?? `Give ${label} as a whole number` })
    .int(`${Label} must be a whole number`)
    .min(min, `${Label} must be ${min.toLocaleString('en-GB')} or more`)
    .max(max, `${Label} must be ${max.toLocaleString('en-GB')} or less`);
}

/** The same in a query string, where every value arrives as text. */
export function queryInteger(label: string, options: { min?: number; max?: number } = {}) {
  const { min = 0, max = INT4_MAX } = options;
  const Label = capitalise(label);
  return z.coerce
    .number({ error: `${Label} must be a whole number` })
    .int(`${Label} must be a whole number`)
    .min(min, `${Label} must be ${min.toLocaleString('en-GB')} or more`)
    .max(max, `${Label} must be ${max.toLocaleString('en-GB')} or less`);
}

/** The version of a record the client read, sent back with its change: a stale one is refused (409). */
export function apiVersion(options: { min?: number } = {}) {
  return apiInteger('the version', { min: options.min ?? 1, missing: 'Give the version you read' });
}
