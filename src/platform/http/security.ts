import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import { randomBytes } from 'node:crypto';
import { isApiRequest } from './api.ts';

export interface SecurityOptions {
  readonly cookieSecret: string | undefined;
  readonly secureCookies: boolean;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = 'alliance_csrf';
/** Public files that are the same for everyone: the only responses a browser or proxy may keep. */
const PUBLIC_ASSET_PREFIXES = ['/assets/', '/static/'];

export async function setUpSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: options.secureCookies,
  });
  // Outside production a secret per process is fine: signed-in sessions live in the database
  // and the signed cookie only carries the CSRF secret, which is re-issued on the next page.
  await app.register(fastifyCookie, { secret: options.cookieSecret ?? randomBytes(32).toString('hex') });
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    getToken: csrfToken,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: options.secureCookies, signed: true },
  });
  // In preValidation: in onRequest the form body has not been parsed yet.
  app.addHook('preValidation', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (!STATE_CHANGING.has(request.method) || isApiRequest(request)) return done();
    app.csrfProtection(request, reply, done);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!PUBLIC_ASSET_PREFIXES.some((prefix) => request.url.startsWith(prefix))) forbidStoring(reply);
    return payload;
  });
}

/**
 * Pages and API answers hold restricted data and CSRF tokens: a shared computer's browser cache or
 * a proxy must not keep them for the next person.
 */
function forbidStoring(reply: FastifyReply): void {
  const existing = reply.getHeader('cache-control');
  if (typeof existing === 'string' && existing.includes('no-store')) return;
  reply.header('cache-control', 'no-store');
}

/**
 * A new CSRF secret at sign-in: a token issued before it (seen by someone else, or planted with a
 * cookie of theirs) is worthless after it. The plugin keeps the secret in a signed cookie; removing
 * the one that came with the request makes it issue a new one.
 */
export function rotateCsrfSecret(request: FastifyRequest, reply: FastifyReply): void {
  delete request.cookies[CSRF_COOKIE];
  reply.generateCsrf();
}

/**
 * A multipart form's body is read by its route after this check, so upload forms send the token in
 * their address (`?_csrf=`); the session's signed secret is still needed to verify it.
 */
function csrfToken(request: FastifyRequest): string | undefined {
  const fromBody = (request.body as { _csrf?: unknown } | undefined)?._csrf;
  const fromQuery = (request.query as { _csrf?: unknown } | undefined)?._csrf;
  const headers = ['csrf-token', 'xsrf-token', 'x-csrf-token', 'x-xsrf-token'].map(
    (name) => request.headers[name],
  );
  for (const candidate of [fromBody, fromQuery, ...headers]) {
    if (typeof candidate === 'string' && candidate) return candidate;
  }
  return undefined;
}
