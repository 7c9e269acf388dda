import type { z } from 'zod';
import type { FieldError } from '../errors.ts';

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
