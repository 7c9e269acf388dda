/** A problem with one field of the user's input, in the user's words. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'validation_failed';
  constructor(
    readonly details: readonly FieldError[],
    message = details[0]?.message ?? 'Check your input',
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not_found';
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(message = 'You do not have permission to do this') {
    super(message);
  }
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly code = 'unauthenticated';
  constructor(message = 'Sign in to continue') {
    super(message);
  }
}

/** Another user saved first, or the record moved on: the caller's change was not applied. */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly code = 'too_many_requests';
}
