import type { FastifyRequest } from 'fastify';
import type { Authenticate } from '../../platform/http/access.ts';
import { isApiRequest } from '../../platform/http/api.ts';
import type { AccountsService } from './accounts.service.ts';

export const SESSION_COOKIE = 'alliance_session';

/** The API takes bearer tokens only and pages take the session cookie only: no CSRF exposure for the API. */
export function authenticator(accounts: AccountsService): Authenticate {
  return async (request: FastifyRequest) => {
    if (isApiRequest(request)) {
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      return match?.[1] ? accounts.principalFromApiToken(match[1]) : undefined;
    }
    const token = request.cookies[SESSION_COOKIE];
    return token && token.length <= 100 ? accounts.principalFromSession(token) : undefined;
  };
}
