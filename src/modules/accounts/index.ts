import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../../platform/http/access.ts';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { registerAccounts } from './accounts.routes.ts';
import { createAccountsService } from './accounts.service.ts';
import { authenticator } from './authenticate.ts';

export interface AccountsModule extends AppModule {
  /** Who a request is, from its session cookie or API token: the platform's access hook asks this. */
  readonly authenticate: Authenticate;
}

/** Users, roles, sign-in, sessions and API tokens. */
export function accountsModule(deps: ModuleDeps & { readonly sessionIdleMinutes: number }): AccountsModule {
  const accounts = createAccountsService(deps);
  return {
    name: 'accounts',
    register: (app: FastifyInstance) => registerAccounts(app, { ...deps, accounts }),
    authenticate: authenticator(accounts),
  };
}
