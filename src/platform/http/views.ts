import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import nunjucks from 'nunjucks';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDateTime, formatFinancialYear } from '../dates.ts';
import { isAllowed } from './access.ts';
import { formatMoney, formatMoneyShort } from '../money.ts';

const require = createRequire(import.meta.url);
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOVUK = path.dirname(require.resolve('govuk-frontend/package.json'));
const MOJ = path.dirname(require.resolve('@ministryofjustice/frontend/package.json'));

export const SERVICE_NAME = 'Alliance';

/** Made once: building an Intl.NumberFormat costs far more than formatting with one. */
const wholeNumbers = new Intl.NumberFormat('en-GB');

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page with what every page needs: who is signed in, the CSRF token, the CSP nonce. */
    render(template: string, data?: Record<string, unknown>, status?: number): FastifyReply;
  }
}

export function createTemplateEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(
      [path.join(SRC, 'views'), path.join(SRC, 'modules'), path.join(GOVUK, 'dist'), MOJ],
      {
        noCache: false,
      },
    ),
    { autoescape: true, throwOnUndefined: false },
  );
  env.addFilter('date', (value: unknown) => (value ? formatDate(String(value)) : ''));
  env.addFilter('dateTime', (value: unknown) => (value instanceof Date ? formatDateTime(value) : ''));
  // The MOJ timeline formats its ISO timestamps through this filter: GOV.UK style, UK time.
  env.addFilter('mojDate', (value: unknown) => {
    const instant = typeof value === 'string' ? new Date(value) : value;
    return instant instanceof Date && !Number.isNaN(instant.getTime()) ? formatDateTime(instant) : '';
  });
  env.addFilter('money', (value: unknown) => (typeof value === 'number' ? formatMoney(value) : ''));
  env.addFilter('moneyShort', (value: unknown) => (typeof value === 'number' ? formatMoneyShort(value) : ''));
  env.addFilter('financialYear', (value: unknown) =>
    typeof value === 'number' ? formatFinancialYear(value) : '',
  );
  env.addFilter('number', (value: unknown) => (typeof value === 'number' ? wholeNumbers.format(value) : ''));
  env.addGlobal('serviceName', SERVICE_NAME);
  return env;
}

/** Every template of the service, by the name pages render it with. */
export function templateNames(): string[] {
  return [path.join(SRC, 'views'), path.join(SRC, 'modules')].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.njk'))
      .map((file) => file.split(path.sep).join('/')),
  );
}

/**
 * Compiles every template once the service listens, one a turn of the event loop so requests are
 * served meanwhile. The environment keeps them (noCache is off and nothing watches the files), so
 * no page's first request reads and compiles its templates: about 0.6 s of CPU for all of them.
 * onListen never fires under inject, so tests compile only what they render.
 */
function compileAfterListening(app: FastifyInstance, env: nunjucks.Environment): void {
  app.addHook('onListen', async () => {
    const names = templateNames();
    const compileFrom = (index: number): void => {
      const name = names[index];
      if (name === undefined) return;
      try {
        env.getTemplate(name, true);
      } catch (error) {
        app.log.error({ err: error, template: name }, 'A template does not compile');
      }
      setImmediate(() => compileFrom(index + 1));
    };
    setImmediate(() => compileFrom(0));
  });
}

export async function setUpViews(app: FastifyInstance): Promise<void> {
  // MOJ's stylesheet refers to its images under /assets/images, so both libraries share one prefix.
  await app.register(fastifyStatic, {
    root: [
      path.join(GOVUK, 'dist/govuk/assets'),
      path.join(GOVUK, 'dist/govuk'),
      path.join(MOJ, 'moj/assets'),
      path.join(MOJ, 'moj'),
    ],
    prefix: '/assets/',
    allowedPath: (pathName) => /\.(css|js|mjs|woff2?|png|svg|ico|json)$/.test(pathName),
    maxAge: '1h',
  });
  await app.register(fastifyStatic, {
    root: path.join(SRC, 'static'),
    prefix: '/static/',
    decorateReply: false,
    maxAge: '1h',
  });
  const env = createTemplateEnvironment();
  compileAfterListening(app, env);
  app.decorateReply('render', function render(this: FastifyReply, template, data = {}, status = 200) {
    const html = env.render(template, { ...pageContext(this.request, this), ...data });
    return this.status(status).type('text/html; charset=utf-8').send(html);
  });
}

function pageContext(request: FastifyRequest, reply: FastifyReply): Record<string, unknown> {
  return {
    principal: request.principal,
    csrfToken: reply.generateCsrf(),
    cspNonce: reply.cspNonce?.script,
    currentPath: request.url.split('?')[0],
    // Links shown only to those the routes would let in: the routes still check for themselves.
    navigation: {
      users: isAllowed(request.principal, { anyOf: ['administrator'] }),
      audit: isAllowed(request.principal, { anyOf: ['auditor'] }),
    },
    isProduction: process.env.NODE_ENV === 'production',
  };
}
