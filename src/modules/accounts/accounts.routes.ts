import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { formErrors, parseForm } from '../../platform/http/forms.ts';
import { rotateCsrfSecret } from '../../platform/http/security.ts';
import type { AccountsService } from './accounts.service.ts';
import { safeReturnPath, signInForm } from './accounts.schemas.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { registerAccountPages } from './account.pages.ts';
import { registerAccountsApi } from './accounts.api.ts';
import { registerUserPages } from './users.pages.ts';

const WRONG_DETAILS = 'Enter a correct email address and password';

export function registerAccounts(
  app: FastifyInstance,
  deps: ModuleDeps & { accounts: AccountsService },
): void {
  registerSignIn(app, deps);
  registerAccountPages(app, deps);
  registerUserPages(app, deps);
  registerAccountsApi(app, deps);
}

function registerSignIn(app: FastifyInstance, deps: ModuleDeps & { accounts: AccountsService }): void {
  const { accounts } = deps;

  app.get<{ Querystring: { returnTo?: string } }>(
    '/sign-in',
    { config: { access: 'public' } },
    async (request, reply) => {
      if (request.principal) return reply.redirect('/');
      return reply.render('accounts/views/sign-in.njk', { returnTo: safeReturnPath(request.query.returnTo) });
    },
  );

  app.post(
    '/sign-in',
    { config: { access: 'public', audit: 'account.signed-in' } },
    async (request, reply) => {
      const form = parseForm(signInForm, request.body);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = { email: typeof body.email === 'string' ? body.email.slice(0, 320) : '' };
      const returnTo = safeReturnPath(typeof body.returnTo === 'string' ? body.returnTo : undefined);
      if (!form.ok) {
        return reply.render(
          'accounts/views/sign-in.njk',
          { errors: formErrors(form.errors), values, returnTo },
          400,
        );
      }
      const result = await accounts.signIn({ ...form.value, ipAddress: request.ip, requestId: request.id });
      if (result.outcome !== 'signed-in') {
        const message =
          result.outcome === 'blocked'
            ? 'There have been too many attempts to sign in. Wait 15 minutes and try again.'
            : WRONG_DETAILS;
        const errors = formErrors([{ field: 'email', message }]);
        return reply.render(
          'accounts/views/sign-in.njk',
          { errors, values, returnTo },
          result.outcome === 'blocked' ? 429 : 401,
        );
      }
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
      });
      rotateCsrfSecret(request, reply);
      return reply.redirect(returnTo, 303);
    },
  );

  app.post(
    '/sign-out',
    { config: { access: 'signed-in', audit: 'account.signed-out' } },
    async (request, reply) => {
      const sessionId = request.principal?.sessionId;
      if (sessionId) await accounts.signOut(changeContext(request, deps.clock), sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/sign-in?signedOut=1', 303);
    },
  );
}
