import type { LightMyRequestResponse } from 'fastify';
import { count, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/database.ts';
import { runUseCase } from '../../../platform/usecase/use-case.ts';
import type { RoleGrant } from '../../../platform/http/access.ts';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import { loadDemoAlliances } from '../../../demo/demo-alliances.ts';
import { loadDemoOrganisations } from '../../../demo/demo-organisations.ts';
import type { BusinessArea } from './business-areas.domain.ts';
import { addBusinessArea } from './use-cases/add-business-area.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import {
  businessAreaBaselines,
  businessAreas,
  businessCaseDocuments,
  businessCaseSections,
  documentVersions,
} from '../business-areas.tables.ts';

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

/** A signed-in session that uploads to an area's documents page as its form does. */
export async function uploaderFor(t: TestApp, grants: readonly RoleGrant[]) {
  const session = await t.signIn(grants, `uploader-${crypto.randomUUID().slice(0, 8)}@alliance.test`);
  return {
    get: (url: string): Promise<LightMyRequestResponse> => session.get(url),
    upload: (
      areaId: string,
      fields: Record<string, string>,
      file?: { filename: string; content: Buffer; contentType?: string },
      options: { withToken?: boolean } = {},
    ): Promise<LightMyRequestResponse> =>
      session.submitMultipart(`/business-areas/${areaId}/documents`, fields, file, options),
  };
}

/** A business area added as a person would add it, through its use case, for tests of what follows. */
export async function addTestArea(
  deps: { db: Db; clock: Clock },
  allianceId: string,
  details: { name: string; functionGroup: 'support' | 'operational' },
): Promise<BusinessArea> {
  const asker = { actor: { userId: null, label: 'Test' }, requestId: 'test', now: deps.clock.now() };
  return runUseCase(addBusinessArea, { ...details, inScope: true, allianceId }, deps, asker);
}
