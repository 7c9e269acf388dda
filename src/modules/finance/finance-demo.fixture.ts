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
  const session = await t.signIn(grants, `uploader-${crypto.randomUUID().slice(0, 8)}@alliance.test`);
  return {
    get: (url) => session.get(url),
    upload: (pageUrl, url, file) => session.submitMultipart(url, {}, file, { pageUrl }),
  };
}
