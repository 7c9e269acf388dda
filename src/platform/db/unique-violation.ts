import { ValidationError } from '../errors.ts';

/** PostgreSQL's "unique_violation". */
const UNIQUE_VIOLATION = '23505';

function codeOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'code' in value ? value.code : undefined;
}

function causeOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'cause' in value ? value.cause : undefined;
}

/** The driver's error, or the query error wrapping it. */
export function isUniqueViolation(error: unknown): boolean {
  return (codeOf(causeOf(error)) ?? codeOf(error)) === UNIQUE_VIOLATION;
}

/**
 * Two people adding the same name at once: the second passes the check for a duplicate and meets
 * the unique index instead, which is still a bad value of that field, not a failure of the service.
 */
export function uniqueViolationAs(error: unknown, field: string, message: string): unknown {
  return isUniqueViolation(error) ? new ValidationError([{ field, message }]) : error;
}

/** A write that may meet a unique index, whose refusal is a bad value of this field. */
export async function refusingDuplicate<T>(
  write: () => Promise<T>,
  field: string,
  message: string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw uniqueViolationAs(error, field, message);
  }
}
