import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError, type FieldError } from '../errors.ts';
import { checkAndNormalise, fieldLabel, textProblemMessage, type TextIssue } from '../text.ts';
import { isApiRequest } from './api.ts';

/**
 * Every request's text is checked once, here, before any schema or handler sees it: the query
 * string, the path parameters and the parsed body (JSON or form). Registered after the CSRF check,
 * which also runs in preValidation, so a forged form is refused as forged. Multipart bodies are
 * read by their routes, which pass each field through `multipartText`.
 */
export function setUpTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const issues: TextIssue[] = [];
    request.params = checkAndNormalise(request.params, [], issues).value as typeof request.params;
    request.query = checkAndNormalise(request.query, [], issues).value as typeof request.query;
    request.body = checkAndNormalise(request.body, [], issues).value;
    if (issues.length > 0) throw new ValidationError(textFieldErrors(request, issues));
  });
}

/** The API names a field by its path (`conditions.0.description`); a page, in words. */
export function textFieldErrors(request: FastifyRequest, issues: readonly TextIssue[]): FieldError[] {
  const api = isApiRequest(request);
  return issues.map(({ path, problem }) => ({
    field: api ? path.map(String).join('.') : path.map(String).join('-'),
    message: textProblemMessage(fieldLabel(path), problem),
  }));
}

/**
 * A multipart form's text fields and file names, checked as the edge checks every other field: its
 * route reads the parts itself, after the hooks have run. `labels` names a field in the user's words
 * where its name does not (the file input's value is the file's name).
 */
export function checkMultipartText(
  request: FastifyRequest,
  fields: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> = {},
): { values: Record<string, string>; errors: FieldError[] } {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const issues: TextIssue[] = [];
    values[field] = checkAndNormalise(value, [field], issues).value as string;
    const label = labels[field];
    for (const error of textFieldErrors(request, issues)) {
      errors.push(label ? { field, message: textProblemMessage(label, issues[0]!.problem) } : error);
    }
  }
  return { values, errors };
}
