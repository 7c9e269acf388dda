import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/module.ts';
import { UnauthenticatedError } from '../../platform/errors.ts';
import { requireUuid } from '../../platform/http/api.ts';
import { changeContext } from '../../platform/http/change-context.ts';
import { formErrors, parseForm, type FormErrors } from '../../platform/http/forms.ts';
import { apiTokenForm } from './accounts.schemas.ts';
import type { AccountsService } from './accounts.service.ts';
import { formBody, rolesText } from './users.view.ts';

type Deps = ModuleDeps & { accounts: AccountsService };

/** "Your account": who you are, and the API tokens you have made. */
export function registerAccountPages(app: FastifyInstance, deps: Deps): void {
  const { accounts } = deps;

  async function renderAccount(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { errors?: FormErrors; tokenName?: string; revoked?: boolean } = {},
    status = 200,
  ) {
    const principal = request.principal;
    if (!principal) throw new UnauthenticatedError();
    const [tokens, names] = await Promise.all([
      accounts.listApiTokens(principal.id),
      accounts.organisationNames(principal.roles),
    ]);
    return reply.render(
      'accounts/views/account.njk',
      {
        pageTitle: 'Your account',
        me: { name: principal.name, email: principal.email, roleLabels: rolesText(principal.roles, names) },
        tokens: tokens.reverse(),
        ...extra,
      },
      status,
    );
  }

  app.get<{ Querystring: { revoked?: string } }>(
    '/account',
    { config: { access: 'signed-in' } },
    async (request, reply) => renderAccount(request, reply, { revoked: request.query.revoked === '1' }),
  );

  app.post(
    '/account/tokens',
    { config: { access: 'signed-in', audit: 'api-token.created' } },
    async (request, reply) => {
      const body = formBody(request);
      const form = parseForm(apiTokenForm, body);
      if (!form.ok) {
        const tokenName = typeof body.name === 'string' ? body.name.slice(0, 100) : '';
        return renderAccount(request, reply, { errors: formErrors(form.errors), tokenName }, 400);
      }
      const context = changeContext(request, deps.clock);
      const token = await accounts.createApiToken(context, context.actor.userId ?? '', form.value.name);
      // Shown once: no copy is kept, so no cache may keep one either.
      reply.header('cache-control', 'no-store');
      return reply.render('accounts/views/token-created.njk', {
        pageTitle: 'Your new API token',
        token,
        name: form.value.name,
      });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/account/tokens/:id/revoke',
    { config: { access: 'signed-in', audit: 'api-token.revoked' } },
    async (request, reply) => {
      const tokenId = requireUuid(request.params.id, 'API token');
      const context = changeContext(request, deps.clock);
      await accounts.revokeApiToken(context, context.actor.userId ?? '', tokenId);
      return reply.redirect('/account?revoked=1', 303);
    },
  );
}
