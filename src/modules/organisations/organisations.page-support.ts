import type { FastifyRequest } from 'fastify';
import { ValidationError, type FieldError } from '../../platform/errors.ts';
import { formErrors, type FormErrors } from '../../platform/http/forms.ts';
import { dateFromParts } from '../../platform/validation.ts';
import { KIND_LABELS, OFFICE_DEFINITIONS, ORGANISATION_KINDS, type Office } from './organisations.domain.ts';

/** Only strings, each cut to a length no form field needs, so a form is redisplayed as typed but bounded. */
export function typedValues(body: unknown, max = 2000): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && key !== '_csrf') values[key] = value.slice(0, max);
  }
  return values;
}

export function bodyOf(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

/** The body with each GOV.UK date input's three boxes gathered under its name, as the form schemas expect. */
export function withDates(body: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return { ...body, ...Object.fromEntries(names.map((name) => [name, dateFromParts(body, name)])) };
}

/**
 * Error summary links go to the first box of a date input (GOV.UK pattern); the inline message
 * stays keyed by the date's name.
 */
export function pageErrors(details: readonly FieldError[], dateNames: readonly string[] = []): FormErrors {
  const errors = formErrors(details);
  return {
    fields: errors.fields,
    errorList: errors.errorList.map((item) =>
      dateNames.includes(item.href.slice(1)) ? { ...item, href: `${item.href}-day` } : item,
    ),
  };
}

/** Runs a change; a ValidationError becomes the field errors the form shows. */
export async function attempt<T>(
  change: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldError[] }> {
  try {
    return { ok: true, value: await change() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, errors: [...error.details] };
    throw error;
  }
}

export const kindItems = ORGANISATION_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind] }));

export function officeItems(offices: readonly Office[]) {
  return offices.map((office) => {
    const definition = OFFICE_DEFINITIONS[office];
    return {
      value: office,
      text: definition.label,
      hint: definition.corporationSole ? { text: 'A corporation sole' } : undefined,
    };
  });
}
