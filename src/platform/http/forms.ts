import type { z } from 'zod';
import type { FieldError } from '../errors.ts';
import { dateFromParts } from '../validation.ts';

/** What the GOV.UK error summary and the inline messages need. */
export interface FormErrors {
  readonly errorList: readonly { text: string; href: string }[];
  readonly fields: Readonly<Record<string, { text: string }>>;
}

export function formErrors(details: readonly FieldError[]): FormErrors {
  const fields: Record<string, { text: string }> = {};
  for (const detail of details) fields[detail.field] ??= { text: detail.message };
  return {
    errorList: Object.entries(fields).map(([field, { text }]) => ({ text, href: `#${field}` })),
    fields,
  };
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('-') || 'form',
    message: issue.message,
  }));
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: zodFieldErrors(result.error) };
}

/**
 * The GOV.UK error summary and inline messages; a summary link to a date input goes to its first
 * box (GOV.UK pattern), while the inline message stays keyed by the date's name.
 */
export function errorSummary(details: readonly FieldError[], dateFields: readonly string[] = []): FormErrors {
  const errors = formErrors(details);
  return {
    fields: errors.fields,
    errorList: errors.errorList.map((item) =>
      dateFields.includes(item.href.slice(1)) ? { ...item, href: `${item.href}-day` } : item,
    ),
  };
}

/** Only strings, each cut to a length no form field needs, so a form is redisplayed as typed but bounded. */
export function typedValues(body: unknown, max = 2000): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fieldsOf(body))) {
    if (typeof value === 'string' && key !== '_csrf') values[key] = value.slice(0, max);
  }
  return values;
}

/** A parsed body's fields; anything that is not an object has none. */
export function fieldsOf(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' ? { ...body } : {};
}

/** The body with each GOV.UK date input's three boxes gathered under its name, as the form schemas expect. */
export function withDates(body: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return { ...body, ...Object.fromEntries(names.map((name) => [name, dateFromParts(body, name)])) };
}
