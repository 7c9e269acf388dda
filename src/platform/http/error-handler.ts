import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type nunjucks from 'nunjucks';
import { AppError, type FieldError } from '../errors.ts';
import { isApiRequest } from './api.ts';
import { createTemplateEnvironment } from './views.ts';

interface ErrorBody {
  error: { code: string; message: string; details: readonly FieldError[] };
}

export function apiError(code: string, message: string, details: readonly FieldError[] = []): ErrorBody {
  return { error: { code, message, details } };
}

/**
 * Fastify answers a longer path parameter itself, in its own shape; its router takes up to this
 * many characters so that the check below, which answers in ours, sees the parameter first.
 */
export const ROUTER_MAX_PARAM_LENGTH = 1000;
const MAX_PARAM_LENGTH = 100;

class UriTooLongError extends AppError {
  readonly status = 414;
  readonly code = 'uri_too_long';
}

const PAGE_TITLES: Record<number, { title: string; message: string }> = {
  400: { title: 'The request could not be read', message: 'Go back and try again.' },
  403: {
    title: 'You do not have permission to see this page',
    message: 'Ask an administrator if you need access.',
  },
  404: { title: 'Page not found', message: 'If you typed the web address, check it is correct.' },
  409: { title: 'This record has changed', message: 'Someone else changed it. Go back and try again.' },
  413: { title: 'The file or form is too large', message: 'Go back and try something smaller.' },
  414: {
    title: 'The web address is too long',
    message: 'If you typed the web address, check it is correct.',
  },
  415: { title: 'The form could not be read', message: 'Go back, reload the page and try again.' },
  429: { title: 'Too many attempts', message: 'Wait a few minutes and try again.' },
};

const CSRF_MESSAGE = 'Your form had expired. Go back, reload the page and try again.';

/** Errors Fastify and its plugins raise, in the API's words. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_CSRF_INVALID_TOKEN: { status: 403, code: 'csrf', message: CSRF_MESSAGE },
  FST_CSRF_MISSING_SECRET: { status: 403, code: 'csrf', message: CSRF_MESSAGE },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'too_large', message: 'The request is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the request body as JSON',
  },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: 'The address is too long' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_request', message: 'The address could not be read' },
};

/** The one place errors become responses: no stack trace or SQL ever reaches the user. */
export function setUpErrorHandling(app: FastifyInstance): void {
  // After onRequest (cookies, nonces, sign-in) so that the error page can be drawn as any other.
  app.addHook('preParsing', async (request) => {
    const params = Object.entries((request.params ?? {}) as Record<string, unknown>);
    if (params.some(([name, value]) => name !== '*' && String(value).length > MAX_PARAM_LENGTH))
      throw new UriTooLongError('The address is too long');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = mapError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    if (mapped.status === 401 && !isApiRequest(request)) {
      return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`);
    }
    return respond(request, reply, mapped.status, mapped.body);
  });
  // An unknown method on a known address is answered 404 like an unknown address (documented in
  // the OpenAPI description): it tells a caller nothing about which addresses exist.
  app.setNotFoundHandler((request, reply) =>
    respond(request, reply, 404, apiError('not_found', 'There is nothing at this address')),
  );
}

/**
 * Fastify's errors raised before a request reaches a route (an address it cannot decode). The
 * reply has none of the app's decorations or hooks, so the page is rendered here and the
 * headers the hooks would add are set by hand.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const mapped = mapError(error);
  reply.status(mapped.status).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
  if (isApiRequest(request)) {
    void reply.send(mapped.body);
    return;
  }
  templates ??= createTemplateEnvironment();
  const html = templates.render('error.njk', {
    ...pageTitle(mapped.status, mapped.body),
    status: mapped.status,
  });
  void reply.type('text/html; charset=utf-8').send(html);
}

let templates: nunjucks.Environment | undefined;

/** A 400 that names fields is about what was typed; one without, about a request that was garbled. */
const FIELD_PROBLEMS = {
  title: 'There is a problem with what you entered',
  message: 'Nothing was saved. Go back to the form, correct it and try again.',
};

function pageTitle(status: number, body: ErrorBody): { title: string; message: string } {
  if (status === 400 && body.error.details.length > 0) return FIELD_PROBLEMS;
  const page = PAGE_TITLES[status] ?? {
    title: 'Sorry, there is a problem with the service',
    message: 'Try again later.',
  };
  return status === 403 && body.error.code === 'csrf' ? { ...page, message: body.error.message } : page;
}

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: ErrorBody,
): FastifyReply {
  if (isApiRequest(request)) return reply.status(status).send(body);
  const problems = status === 400 ? body.error.details.map((detail) => ({ text: detail.message })) : [];
  const backHref = problems.length > 0 ? sameSiteReferrer(request) : undefined;
  return reply.render('error.njk', { ...pageTitle(status, body), status, problems, backHref }, status);
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
  const known = FRAMEWORK_ERRORS[error.code];
  if (known) return { status: known.status, body: apiError(known.code, known.message) };
  // Any other client error a plugin raises (a malformed body, a bad Content-Length …) keeps its status.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: apiError('bad_request', 'The request could not be read') };
  }
  return { status: 500, body: apiError('internal_error', 'Sorry, there is a problem with the service') };
}
