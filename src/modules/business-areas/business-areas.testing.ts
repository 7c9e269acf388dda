import type { LightMyRequestResponse } from 'fastify';
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { RoleGrant } from '../../platform/http/access.ts';
import { TEST_PASSWORD, type TestApp } from '../../platform/testing/test-app.ts';
import { loadDemoAlliances } from '../../demo/demo-alliances.ts';
import { loadDemoOrganisations } from '../../demo/demo-organisations.ts';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { createAlliancesService } from '../alliances/alliances.service.ts';
import {
  businessAreaBaselines,
  businessAreas,
  businessCaseDocuments,
  businessCaseSections,
  documentVersions,
} from './business-areas.tables.ts';
import { multipartBody } from './documents.testing.ts';

const DEMO_ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';

/** The demo organisations and alliances without their business areas, and the ids a portfolio test needs. */
export async function setUpPortfolio(t: TestApp) {
  const context = {
    actor: { userId: null, label: 'Test' },
    requestId: 'test',
    action: 'demo.loaded',
    now: t.clock.now(),
  };
  await loadDemoAlliances(t.database.db, context, await loadDemoOrganisations(t.database.db, context));
  const alliances = createAlliancesService({ db: t.database.db, clock: t.clock });
  const summary = (await alliances.list()).find((alliance) => alliance.name === DEMO_ALLIANCE);
  const alliance = await alliances.get(summary?.id as string);
  const member = (name: string) => alliance.members.find((m) => m.name === name)?.organisationId as string;
  const southWest = (await alliances.list()).find((a) => a.name !== DEMO_ALLIANCE)?.id as string;
  const wiltshire = (await alliances.get(southWest)).members.find((m) => m.name === 'Wiltshire Police');
  return {
    allianceId: alliance.id,
    devonId: member('Devon & Cornwall Police'),
    dorsetId: member('Dorset Police'),
    /** A police force, but of another alliance. */
    wiltshireId: wiltshire?.organisationId as string,
    /** A member of the alliance, but not a force. */
    policingBodyId: alliance.members.find((m) => m.kind === 'policing_body')?.organisationId as string,
  };
}

/** Row counts of everything a portfolio change could write: equal before and after means nothing was saved. */
export async function savedState(db: Db) {
  const rows = async (
    table:
      | typeof businessAreas
      | typeof businessAreaBaselines
      | typeof businessCaseSections
      | typeof businessCaseDocuments
      | typeof documentVersions,
  ) => (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [latest] = await db
    .select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)` })
    .from(auditEvents);
  return {
    areas: await rows(businessAreas),
    baselines: await rows(businessAreaBaselines),
    sections: await rows(businessCaseSections),
    documents: await rows(businessCaseDocuments),
    versions: await rows(documentVersions),
    lastAuditSeq: Number(latest?.seq ?? 0),
  };
}

export async function areaAuditEvents(db: Db, areaId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.entityType} = 'business_area' and ${auditEvents.entityId} = ${areaId}`)
    .orderBy(auditEvents.seq);
}

export async function areaVersion(db: Db, areaId: string): Promise<number> {
  const [row] = await db
    .select({ version: businessAreas.version })
    .from(businessAreas)
    .where(eq(businessAreas.id, areaId));
  return row?.version ?? 0;
}

/**
 * A signed-in browser that can also send multipart forms, which the shared test session cannot:
 * it keeps its cookies and reads each page's CSRF token as a browser would.
 */
export async function uploaderFor(t: TestApp, grants: readonly RoleGrant[]) {
  const email = `uploader-${crypto.randomUUID().slice(0, 8)}@alliance.test`;
  const accounts = createAccountsService({ db: t.database.db, clock: t.clock, sessionIdleMinutes: 120 });
  const context = {
    actor: { userId: null, label: 'Test' },
    requestId: 'test',
    action: 'user.created',
    now: t.clock.now(),
  };
  await accounts.createUser(context, { email, name: 'Uploader', roles: grants, password: TEST_PASSWORD });
  const cookies = new Map<string, string>();
  let token = '';
  const send = async (method: 'GET' | 'POST', url: string, payload?: Buffer | string, type?: string) => {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers: Record<string, string> = {
      ...(cookie ? { cookie } : {}),
      ...(type ? { 'content-type': type } : {}),
    };
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
    get: (url: string) => send('GET', url),
    /** Posts the upload form of an area's documents page, token in the address as the form sends it. */
    async upload(
      areaId: string,
      fields: Record<string, string>,
      file?: { filename: string; content: Buffer; contentType?: string },
      options: { withToken?: boolean } = {},
    ): Promise<LightMyRequestResponse> {
      await send('GET', `/business-areas/${areaId}/documents`);
      const body = multipartBody(fields, file && { name: 'file', ...file });
      const query = options.withToken === false ? '' : `?_csrf=${encodeURIComponent(token)}`;
      return send('POST', `/business-areas/${areaId}/documents${query}`, body.payload, body.contentType);
    },
  };
}
