import { ValidationError, type FieldError } from '../errors.ts';

/**
 * How one adapter names the domain's fields: `{ 'baselines.*.budgetPence': 'baselines-*-budget' }`.
 * A `*` stands for one segment of the path and is carried across. A path no entry matches keeps its
 * name, written with `separator` between segments (`-` for form ids, `.` for the API's paths).
 */
export type FieldNames = Readonly<Record<string, string>>;

function matches(pattern: readonly string[], path: readonly string[]): string[] | undefined {
  if (pattern.length !== path.length) return undefined;
  const captured: string[] = [];
  for (const [index, part] of pattern.entries()) {
    if (part === '*') captured.push(path[index]!);
    else if (part !== path[index]) return undefined;
  }
  return captured;
}

export function renameField(field: string, names: FieldNames, separator: string): string {
  const path = field.split('.');
  for (const [domain, adapted] of Object.entries(names)) {
    const captured = matches(domain.split('.'), path);
    if (captured) return adapted.replace(/\*/g, () => captured.shift() ?? '*');
  }
  return path.join(separator);
}

export function renameFields(
  details: readonly FieldError[],
  names: FieldNames,
  separator: string,
): FieldError[] {
  return details.map((detail) => ({ ...detail, field: renameField(detail.field, names, separator) }));
}

/** A ValidationError as one adapter names its fields; anything else unchanged. */
export function inAdapterTerms(error: unknown, names: FieldNames, separator: string): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(renameFields(error.details, names, separator), error.message);
}
