import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import { fixedClock, type Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import type { RoleGrant } from '../http/access.ts';
import { createAccountsService } from '../../modules/accounts/accounts.service.ts';
import { createTestDatabase } from './test-database.ts';
import { multipartBody } from './multipart.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly clock: ReturnType<typeof fixedClock>;
  /** Adds a user with these roles and signs them in through the sign-in form. */
  signIn(grants: readonly RoleGrant[], email?: string): Promise<TestSession>;
  /** A client with no session: the public (from 127.0.0.1 unless another address is given). */
  anonymous(client?: ClientOptions): TestSession;
  close(): Promise<void>;
}

/** The app on a fresh database, driven through Fastify inject with real cookies and CSRF tokens. */
export async function createTestApp(
  options: {
    database?: Database;
    now?: string;
    trustProxy?: Config['trustProxy'];
    /** Routes of a test's own, added beside the app's before it starts. */
    extraRoutes?: (app: FastifyInstance, deps: { db: Database['db']; clock: Clock }) => void;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const clock = fixedClock(options.now ?? '2016-03-15T10:00:00Z');
  const app = await buildApp({
    config: {
      environment: 'test',
      sessionSecret: 'x'.repeat(32),
      sessionIdleMinutes: 120,
      logLevel: 'silent',
      trustProxy: options.trustProxy ?? false,
    },
    database,
    clock,
    logger: false,
  });
  options.extraRoutes?.(app, { db: database.db, clock });
  await app.ready();
  let userCount = 0;
  return {
    app,
    database,
    clock,
    anonymous: (client) => new TestSession(app, client),
    async signIn(grants, email) {
      userCount += 1;
      const address = email ?? `user${userCount}@alliance.test`;
      const accounts = createAccountsService({ db: database.db, clock, sessionIdleMinutes: 120 });
      const context = {
        actor: { userId: null, label: 'Test' },
        requestId: 'test',
        action: 'user.created',
        now: clock.now(),
      };
      await accounts.createUser(context, {
        email: address,
        name: `Test user ${userCount}`,
        roles: grants,
        password: TEST_PASSWORD,
      });
      const session = new TestSession(app);
      const response = await session.submit('/sign-in', { email: address, password: TEST_PASSWORD });
      if (response.statusCode !== 303) throw new Error(`sign-in failed: ${response.statusCode}`);
      return session;
    },
    async close() {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

/** Where a client's requests come from, and headers it sends with every request. */
export interface ClientOptions {
  readonly remoteAddress?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export class TestSession {
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly client: ClientOptions = {},
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request('GET', url, undefined, headers);
  }

  /** Posts a form as a browser would: first loads `pageUrl` (default: the form's own address) for its CSRF token. */
  async submit(
    url: string,
    fields: Record<string, string | string[]>,
    pageUrl = url,
  ): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get(pageUrl);
    return this.postForm(url, { _csrf: this.csrfToken, ...fields });
  }

  async postForm(url: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
    return this.request('POST', url, body.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
  }

  /** Posts a body of any type, as something other than a browser's form might. */
  async postRaw(url: string, payload: string, contentType: string): Promise<LightMyRequestResponse> {
    return this.request('POST', url, payload, { 'content-type': contentType });
  }

  /**
   * Posts a file as a browser does: loads `pageUrl` for its CSRF token and sends it in the
   * address, since a multipart body is not parsed before the token is checked.
   */
  async submitMultipart(
    url: string,
    fields: Record<string, string>,
    file?: { filename: string; content: Buffer; contentType?: string },
    options: { pageUrl?: string; withToken?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    await this.get(options.pageUrl ?? url);
    const body = multipartBody(fields, file && { name: 'file', ...file });
    const query = options.withToken === false ? '' : `?_csrf=${encodeURIComponent(this.csrfToken)}`;
    return this.request('POST', `${url}${query}`, body.payload, { 'content-type': body.contentType });
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    payload: string | Buffer | undefined,
    headers: Record<string, string>,
  ) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      payload,
      ...(this.client.remoteAddress ? { remoteAddress: this.client.remoteAddress } : {}),
      headers: { ...this.client.headers, ...headers, ...(cookie ? { cookie } : {}) },
    });
    for (const set of response.cookies) {
      if (set.value === '' || (set.expires && set.expires.getTime() < Date.now()))
        this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
      // A new CSRF secret (at sign-in) voids the tokens of pages loaded before it, as in a browser.
      if (set.name === 'alliance_csrf') this.csrfToken = '';
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }
}

/** The messages in a page's GOV.UK error summary. */
export function errorSummary(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g)].map((match) =>
    decodeEntities(match[1] ?? '').trim(),
  );
}

export function decodeEntities(text: string): string {
  return text
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}
