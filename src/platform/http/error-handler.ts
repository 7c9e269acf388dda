import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.ts';
import { isApiRequest } from './api.ts';

interface ErrorBody {
  error: { code: string; message: string; details: readonly FieldError[] };
}

export function apiError(code: string, message: string, details: readonly FieldError[] = []): ErrorBody {
  return { error: { code, message, details } };
}

const PAGE_TITLES: Record<number, { title: string; message: string }> = {
  400: {
    title: 'There is a problem with what you entered',
    message: 'Nothing was saved. Go back to the form, correct it and try again.',
  },
  403: {
    title: 'You do not have permission to see this page',
    message: 'Ask an administrator if you need access.',
  },
  404: { title: 'Page not found', message: 'If you typed the web address, check it is correct.' },
  409: { title: 'This record has changed', message: 'Someone else changed it. Go back and try again.' },
  413: { title: 'The file or form is too large', message: 'Go back and try something smaller.' },
  429: { title: 'Too many attempts', message: 'Wait a few minutes and try again.' },
};

/** The one place errors become responses: no stack trace or SQL ever reaches the user. */
export function setUpErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = mapError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    if (mapped.status === 401 && !isApiRequest(request)) {
      return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`);
    }
    return respond(request, reply, mapped.status, mapped.body);
  });
  app.setNotFoundHandler((request, reply) =>
    respond(request, reply, 404, apiError('not_found', 'There is nothing at this address')),
  );
}

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: ErrorBody,
): FastifyReply {
  if (isApiRequest(request)) return reply.status(status).send(body);
  const page = PAGE_TITLES[status] ?? {
    title: 'Sorry, there is a problem with the service',
    message: 'Try again later.',
  };
  const message = status === 403 && body.error.code === 'csrf' ? body.error.message : page.message;
  const problems = status === 400 ? body.error.details.map((detail) => ({ text: detail.message })) : [];
  const backHref = problems.length > 0 ? sameSiteReferrer(request) : undefined;
  return reply.render('error.njk', { title: page.title, message, status, problems, backHref }, status);
}

/** Back to the form the user came from; only an address on this site, never one a header points elsewhere. */
function sameSiteReferrer(request: FastifyRequest): string {
  const referrer = request.headers.referer;
  if (!referrer) return request.method === 'GET' ? '/' : request.url.split('?')[0] || '/';
  try {
    const url = new URL(referrer, `http://${request.host}`);
    return url.host === request.host ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}

function mapError(error: FastifyError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const details = 'details' in error ? (error.details as FieldError[]) : [];
    return { status: error.status, body: apiError(error.code, error.message, details) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      field:
        issue.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
        String(issue.params?.['missingProperty'] ?? ''),
      message: issue.message ?? 'Not valid',
    }));
    return { status: 400, body: apiError('validation_failed', 'The request is not valid', details) };
  }
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
    const message = 'Your form had expired. Go back, reload the page and try again.';
    return { status: 403, body: apiError('csrf', message) };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: apiError('too_large', 'The request is too large') };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 415, body: apiError('unsupported_media_type', 'Send the request body as JSON') };
  }
  if (error.statusCode === 400) {
    return { status: 400, body: apiError('bad_request', 'The request could not be read') };
  }
  return { status: 500, body: apiError('internal_error', 'Sorry, there is a problem with the service') };
}
