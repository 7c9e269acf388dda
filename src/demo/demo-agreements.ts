import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ChangeContext } from '../platform/context.ts';
import type { Db } from '../platform/db/database.ts';
import { appendAuditEvents, type PendingAuditEvent } from '../modules/audit/index.ts';
import { businessAreas } from '../modules/business-areas/business-areas.tables.ts';
import { costSharingBases } from '../modules/finance/finance.tables.ts';
import { officeHolders } from '../modules/organisations/organisations.tables.ts';
import {
  agreementMoves,
  agreementParties,
  agreementSignatures,
  agreementVersionAreas,
  agreementVersions,
  agreements,
} from '../modules/agreements/agreements.tables.ts';
import type { DemoOrganisationIds } from './demo-organisations.ts';
import { DEMO_AGREEMENT_TEXT, DEMO_DELEGATES, DEMO_SIGNING, type DemoParty } from './demo-agreements.data.ts';

type Rows<T extends { $inferInsert: unknown }> = T['$inferInsert'][];

/** Business cases approved for consultation or beyond: each has its own Section 22A agreement. */
const APPROVED_STAGES = ['formal_consultation', 'implementation', 'live'];

/**
 * The overarching agreement (2015) and one Section 22A agreement per approved business area, each
 * signed by the four corporation soles (some by delegates), and one variation. Known to be valid,
 * so written in bulk: one multi-row insert per table and one pass of the audit chain (ADR 0014).
 */
export async function loadDemoAgreements(
  db: Db,
  context: ChangeContext,
  organisationIds: DemoOrganisationIds,
  allianceId: string,
): Promise<void> {
  const parties = DEMO_SIGNING.parties.map((party) => ({
    ...party,
    organisationId: idOf(organisationIds, party.organisation),
  }));
  const holders = await db
    .select()
    .from(officeHolders)
    .where(
      inArray(
        officeHolders.organisationId,
        parties.map((p) => p.organisationId),
      ),
    );
  const areas = await db
    .select({ id: businessAreas.id, name: businessAreas.name, host: businessAreas.hostOrganisationId })
    .from(businessAreas)
    .where(and(eq(businessAreas.allianceId, allianceId), inArray(businessAreas.stage, APPROVED_STAGES)))
    .orderBy(businessAreas.name);
  const [basis] = await db
    .select({ id: costSharingBases.id })
    .from(costSharingBases)
    .where(and(eq(costSharingBases.allianceId, allianceId), isNull(costSharingBases.businessAreaId)))
    .orderBy(costSharingBases.versionNumber)
    .limit(1);
  const batch = createBatch(context, parties, holders);
  const hostId = idOf(organisationIds, DEMO_SIGNING.overarchingHost);
  const overarching = batch.add({
    allianceId,
    kind: 'overarching',
    ...DEMO_AGREEMENT_TEXT.overarching,
    hostId,
    basisId: basis?.id ?? null,
    areaIds: areas.map((a) => a.id),
    sensitive: false,
    delegates: 1,
  });
  for (const [index, area] of areas.entries()) {
    const text = DEMO_AGREEMENT_TEXT.area(area.name);
    const sensitive = DEMO_AGREEMENT_TEXT.sensitive.test(area.name);
    batch.add({
      allianceId,
      kind: 'section_22a',
      ...text,
      hostId: area.host ?? hostId,
      basisId: basis?.id ?? null,
      areaIds: [area.id],
      sensitive,
      delegates: index % 4,
    });
  }
  batch.vary(overarching, DEMO_AGREEMENT_TEXT.variation);
  await batch.flush(db);
}

function idOf(ids: DemoOrganisationIds, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`The demo agreements need the organisation "${name}"`);
  return id;
}

interface DemoAgreement {
  readonly allianceId: string;
  readonly kind: 'overarching' | 'section_22a';
  readonly title: string;
  readonly objective: string;
  readonly functions: string;
  readonly commencement: string;
  readonly signedOn: string;
  readonly reviewDate: string;
  readonly hostId: string;
  readonly basisId: string | null;
  readonly areaIds: readonly string[];
  readonly sensitive: boolean;
  /** How many of the parties (from the first) signed through a named delegate. */
  readonly delegates: number;
}

function createBatch(
  context: ChangeContext,
  parties: readonly (DemoParty & { organisationId: string })[],
  holders: readonly (typeof officeHolders.$inferSelect)[],
) {
  const rows = {
    agreements: [] as Rows<typeof agreements>,
    parties: [] as Rows<typeof agreementParties>,
    versions: [] as Rows<typeof agreementVersions>,
    areas: [] as Rows<typeof agreementVersionAreas>,
    signatures: [] as Rows<typeof agreementSignatures>,
    moves: [] as Rows<typeof agreementMoves>,
  };
  const events: PendingAuditEvent[] = [];
  const now = context.now;
  const holderOn = (party: (typeof parties)[number], on: string) => {
    const holder = holders.find(
      (h) =>
        h.organisationId === party.organisationId &&
        h.office === party.office &&
        h.startDate <= on &&
        (h.endDate === null || h.endDate >= on),
    );
    if (!holder)
      throw new Error(`Nobody held the office of ${party.office} of ${party.organisation} on ${on}`);
    return holder;
  };
  function sign(versionId: string, on: string, delegates: number) {
    for (const [index, party] of parties.entries()) {
      const holder = holderOn(party, on);
      const delegate = index < delegates ? DEMO_DELEGATES[index] : undefined;
      rows.signatures.push({
        versionId,
        organisationId: party.organisationId,
        office: party.office,
        signedOn: on,
        signedAs: delegate ? 'delegate' : 'office_holder',
        signatoryName: delegate?.name ?? holder.holderName,
        delegateRole: delegate?.role ?? null,
        officeHolderId: holder.id,
        createdAt: now,
      });
    }
  }
  function move(
    agreementId: string,
    fromState: string,
    toState: string,
    mover: string,
    reason: string | null = null,
  ) {
    const { userId, label } = context.actor;
    rows.moves.push({
      id: crypto.randomUUID(),
      agreementId,
      fromState,
      toState,
      mover,
      reason,
      movedByUserId: userId,
      movedByLabel: label,
      movedAt: now,
    });
  }
  function version(
    agreementId: string,
    number: number,
    from: string,
    a: DemoAgreement,
    extra: Partial<Rows<typeof agreementVersions>[number]> = {},
  ) {
    const id = crypto.randomUUID();
    rows.versions.push({
      id,
      agreementId,
      versionNumber: number,
      effectiveFrom: from,
      effectiveTo: null,
      variationReason: null,
      title: a.title,
      objective: a.objective,
      functions: a.functions,
      providesForOfficers: true,
      costSharingBasisId: a.basisId,
      hostOrganisationId: a.hostId,
      directionAndControlOrganisationId: a.hostId,
      reviewDate: a.reviewDate,
      noticeMonths: DEMO_SIGNING.noticeMonths,
      exitContributionMonths: DEMO_SIGNING.exitContributionMonths,
      insuranceAndLiabilities: DEMO_AGREEMENT_TEXT.insurance,
      disputeResolution: DEMO_AGREEMENT_TEXT.disputes,
      operationallySensitive: a.sensitive,
      createdAt: now,
      ...extra,
    });
    rows.areas.push(...a.areaIds.map((businessAreaId) => ({ versionId: id, businessAreaId })));
    return id;
  }
  const made = new Map<string, { agreement: DemoAgreement; versionId: string }>();
  return {
    add(a: DemoAgreement): string {
      const id = crypto.randomUUID();
      rows.agreements.push({
        id,
        allianceId: a.allianceId,
        kind: a.kind,
        commencement: a.commencement,
        state: 'in_force',
        createdAt: now,
        updatedAt: now,
      });
      rows.parties.push(
        ...parties.map((p, position) => ({
          agreementId: id,
          organisationId: p.organisationId,
          office: p.office,
          position,
        })),
      );
      const versionId = version(id, 1, a.commencement, a);
      sign(versionId, a.signedOn, a.delegates);
      move(id, 'draft', 'signing', 'programme_team');
      move(id, 'signing', 'in_force', 'parties');
      made.set(id, { agreement: a, versionId });
      events.push({
        context,
        change: {
          entityType: 'agreement',
          entityId: id,
          summary: `Recorded and signed "${a.title}"`,
          after: { state: 'in_force', title: a.title },
        },
      });
      return id;
    },
    vary(id: string, v: { effectiveFrom: string; signedOn: string; reason: string; reviewDate: string }) {
      const first = made.get(id);
      if (!first) throw new Error('The demo variation needs its agreement');
      const previous = rows.versions.find((row) => row.id === first.versionId);
      if (previous) previous.effectiveTo = dayBefore(v.effectiveFrom);
      const versionId = version(id, 2, v.effectiveFrom, first.agreement, {
        variationReason: v.reason,
        reviewDate: v.reviewDate,
      });
      sign(versionId, v.signedOn, 0);
      const row = rows.agreements.find((a) => a.id === id);
      if (row) row.state = 'varied';
      move(id, 'in_force', 'varied', 'parties');
      events.push({
        context,
        change: {
          entityType: 'agreement',
          entityId: id,
          summary: `Variation of "${first.agreement.title}" recorded`,
          after: { state: 'varied' },
        },
      });
    },
    async flush(db: Db) {
      await db.insert(agreements).values(rows.agreements);
      await db.insert(agreementParties).values(rows.parties);
      await db.insert(agreementVersions).values(rows.versions);
      if (rows.areas.length > 0) await db.insert(agreementVersionAreas).values(rows.areas);
      await db.insert(agreementSignatures).values(rows.signatures);
      await db.insert(agreementMoves).values(rows.moves);
      await appendAuditEvents(db, events);
    },
  };
}

function dayBefore(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
}
