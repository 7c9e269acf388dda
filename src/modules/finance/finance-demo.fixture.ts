import { count, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { loadDemoAlliance } from '../../demo/demo-alliance.ts';
import { DEMO_ALLIANCE_NAME } from '../../demo/demo-business-areas.ts';
import { alliances } from '../alliances/alliances.tables.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { businessAreas } from '../business-areas/business-areas.tables.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import type { RoleGrant } from '../../platform/http/access.ts';
import { TEST_PASSWORD } from '../../platform/testing/test-app.ts';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { multipartBody } from '../business-areas/documents.testing.ts';

/** The page tests' starting point: the app on a fresh database holding the demo alliance. */
export interface FinanceDemo {
  readonly t: TestApp;
  readonly allianceId: string;
  readonly organisationId: (name: string) => Promise<string>;
  readonly areaId: (name: string) => Promise<string>;
  readonly rows: (table: PgTable) => Promise<number>;
  readonly auditActions: () => Promise<string[]>;
}

export async function startFinanceDemo(): Promise<FinanceDemo> {
  const t = await createTestApp();
  const db = t.database.db;
  const context = { actor: SYSTEM_ACTOR, requestId: 'demo', action: 'demo.loaded', now: t.clock.now() };
  await db.transaction((tx) => loadDemoAlliance(tx, context));
  const [alliance] = await db.select().from(alliances).where(eq(alliances.name, DEMO_ALLIANCE_NAME));
  if (!alliance) throw new Error('The demo alliance was not loaded');
  const idOf = async (table: typeof organisations | typeof businessAreas, name: string) => {
    const [row] = await db.select({ id: table.id }).from(table).where(eq(table.name, name));
    if (!row) throw new Error(`No demo record named ${name}`);
    return row.id;
  };
  return {
    t,
    allianceId: alliance.id,
    organisationId: (name) => idOf(organisations, name),
    areaId: (name) => idOf(businessAreas, name),
    rows: async (table) => (await db.select({ n: count() }).from(table))[0]?.n ?? 0,
    auditActions: async () =>
      (await db.select({ action: auditEvents.action }).from(auditEvents)).map((e) => e.action),
  };
}

export interface UploadSession {
  get(url: string): Promise<LightMyRequestResponse>;
  /** Loads `pageUrl` for its CSRF token, then posts a multipart form with the token in the address. */
  upload(
    pageUrl: string,
    url: string,
    file?: { filename: string; content: Buffer; contentType?: string },
  ): Promise<LightMyRequestResponse>;
}

/** A signed-in session that sends files as a browser does: multipart, CSRF token in the query string. */
export async function uploadSession(t: TestApp, grants: readonly RoleGrant[]): Promise<UploadSession> {
  const email = `uploader-${crypto.randomUUID().slice(0, 8)}@alliance.test`;
  const accounts = createAccountsService({ db: t.database.db, clock: t.clock, sessionIdleMinutes: 120 });
  const context = { actor: SYSTEM_ACTOR, requestId: 'test', action: 'user.created', now: t.clock.now() };
  await accounts.createUser(context, { email, name: 'Uploader', roles: grants, password: TEST_PASSWORD });
  const cookies = new Map<string, string>();
  let token = '';
  const send = async (method: 'GET' | 'POST', url: string, payload?: Buffer | string, type?: string) => {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = { ...(cookie ? { cookie } : {}), ...(type ? { 'content-type': type } : {}) };
    const response = await t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    for (const set of response.cookies) cookies.set(set.name, set.value);
    token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1] ?? token;
    return response;
  };
  await send('GET', '/sign-in');
  const form = new URLSearchParams({ _csrf: token, email, password: TEST_PASSWORD }).toString();
  const signedIn = await send('POST', '/sign-in', form, 'application/x-www-form-urlencoded');
  if (signedIn.statusCode !== 303) throw new Error(`sign-in failed: ${signedIn.statusCode}`);
  return {
    get: (url) => send('GET', url),
    async upload(pageUrl, url, file) {
      await send('GET', pageUrl);
      const body = multipartBody({}, file && { name: 'file', ...file });
      return send('POST', `${url}?_csrf=${encodeURIComponent(token)}`, body.payload, body.contentType);
    },
  };
}
