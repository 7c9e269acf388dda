import { and, asc, count, desc, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { allianceMembers } from '../alliances/alliances.tables.ts';
import { businessAreas } from '../business-areas/business-areas.tables.ts';
import { costSharingBases } from '../finance/finance.tables.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import {
  agreementMoves,
  agreementParties,
  agreementSignatures,
  agreementVersionAreas,
  agreementVersions,
  agreements,
} from './agreements.tables.ts';
import type { AgreementState } from './agreements.workflow.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type PartyRow = typeof agreementParties.$inferInsert;
export type VersionRow = typeof agreementVersions.$inferSelect;
export type VersionValues = typeof agreementVersions.$inferInsert;
export type AreaValues = typeof agreementVersionAreas.$inferInsert;
export type SignatureRow = typeof agreementSignatures.$inferSelect;
export type SignatureValues = typeof agreementSignatures.$inferInsert;
export type MoveRow = typeof agreementMoves.$inferSelect;
export type MoveValues = typeof agreementMoves.$inferInsert;

/** Each write takes many rows: a change writes a few, the demo writes every agreement in one go. */
export async function insertAgreements(db: Db, rows: (typeof agreements.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreements).values(rows);
}
export async function insertParties(db: Db, rows: PartyRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreementParties).values(rows);
}
export async function insertVersions(db: Db, rows: VersionValues[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreementVersions).values(rows);
}
export async function insertVersionAreas(db: Db, rows: AreaValues[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreementVersionAreas).values(rows);
}
export async function insertSignatures(db: Db, rows: SignatureValues[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreementSignatures).values(rows);
}
export async function insertMoves(db: Db, rows: MoveValues[]): Promise<void> {
  if (rows.length > 0) await db.insert(agreementMoves).values(rows);
}

export async function endVersion(db: Db, versionId: string, effectiveTo: string): Promise<void> {
  await db.update(agreementVersions).set({ effectiveTo }).where(eq(agreementVersions.id, versionId));
}

/** Takes the row for this change if nobody changed it since `version` was read. */
export async function claimAgreement(
  db: Db,
  id: string,
  version: number,
  changes: { state?: AgreementState; terminatedOn?: string },
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(agreements)
    .set({ ...changes, version: version + 1, updatedAt: now })
    .where(and(eq(agreements.id, id), eq(agreements.version, version)))
    .returning({ id: agreements.id });
  return updated.length === 1;
}

export function findAgreements(db: Db, ids: readonly string[]): Promise<AgreementRow[]> {
  return db
    .select()
    .from(agreements)
    .where(inArray(agreements.id, [...ids]));
}

export function partiesOf(db: Db, agreementIds: readonly string[]) {
  return db
    .select({
      agreementId: agreementParties.agreementId,
      organisationId: agreementParties.organisationId,
      office: agreementParties.office,
      organisationName: organisations.name,
    })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(inArray(agreementParties.agreementId, [...agreementIds]))
    .orderBy(asc(agreementParties.position));
}

export function versionsOf(db: Db, agreementIds: readonly string[]): Promise<VersionRow[]> {
  return db
    .select()
    .from(agreementVersions)
    .where(inArray(agreementVersions.agreementId, [...agreementIds]))
    .orderBy(asc(agreementVersions.versionNumber));
}

export function areasOf(db: Db, versionIds: readonly string[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .select({ versionId: agreementVersionAreas.versionId, id: businessAreas.id, name: businessAreas.name })
    .from(agreementVersionAreas)
    .innerJoin(businessAreas, eq(businessAreas.id, agreementVersionAreas.businessAreaId))
    .where(inArray(agreementVersionAreas.versionId, [...versionIds]))
    .orderBy(asc(businessAreas.name));
}

export function signaturesOf(db: Db, versionIds: readonly string[]): Promise<SignatureRow[]> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(agreementSignatures)
    .where(inArray(agreementSignatures.versionId, [...versionIds]))
    .orderBy(asc(agreementSignatures.signedOn));
}

export function movesOf(db: Db, agreementIds: readonly string[]): Promise<MoveRow[]> {
  return db
    .select()
    .from(agreementMoves)
    .where(inArray(agreementMoves.agreementId, [...agreementIds]))
    .orderBy(asc(agreementMoves.movedAt));
}

export function organisationNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}

export function allianceMemberIds(db: Db, allianceId: string) {
  return db
    .select({ id: allianceMembers.organisationId })
    .from(allianceMembers)
    .where(eq(allianceMembers.allianceId, allianceId))
    .then((rows) => rows.map((row) => row.id));
}

export function areasOfAlliance(db: Db, allianceId: string, ids?: readonly string[]) {
  const filter = ids
    ? and(eq(businessAreas.allianceId, allianceId), inArray(businessAreas.id, [...ids]))
    : eq(businessAreas.allianceId, allianceId);
  return db
    .select({ id: businessAreas.id, name: businessAreas.name })
    .from(businessAreas)
    .where(filter)
    .orderBy(asc(businessAreas.name));
}

export function basesOfAlliance(db: Db, allianceId: string) {
  return db
    .select({
      id: costSharingBases.id,
      label: costSharingBases.label,
      versionNumber: costSharingBases.versionNumber,
      effectiveFrom: costSharingBases.effectiveFrom,
    })
    .from(costSharingBases)
    .where(eq(costSharingBases.allianceId, allianceId))
    .orderBy(asc(costSharingBases.effectiveFrom), asc(costSharingBases.versionNumber));
}

/** The version in effect on a date, joined to its agreement: the register's rows. */
function onDate(asAt: string) {
  return and(
    lte(agreementVersions.effectiveFrom, asAt),
    or(isNull(agreementVersions.effectiveTo), gte(agreementVersions.effectiveTo, asAt)),
  );
}

export interface RegisterRow {
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  readonly commencement: string;
  readonly terminatedOn: string | null;
  readonly title: string;
  readonly objective: string;
  readonly versionNumber: number;
  readonly reviewDate: string | null;
  readonly operationallySensitive: boolean;
}

const REGISTER_COLUMNS = {
  id: agreements.id,
  kind: agreements.kind,
  state: agreements.state,
  commencement: agreements.commencement,
  terminatedOn: agreements.terminatedOn,
  title: agreementVersions.title,
  objective: agreementVersions.objective,
  versionNumber: agreementVersions.versionNumber,
  reviewDate: agreementVersions.reviewDate,
  operationallySensitive: agreementVersions.operationallySensitive,
};

/**
 * One page of the register, in the database (ADR 0016): each agreement as it stood on `asAt`
 * (the latest version of one not yet in effect), overarching agreements first, then by title.
 */
export async function registerPage(
  db: Db,
  options: { asAt: string; states?: readonly AgreementState[]; offset: number; limit: number },
): Promise<{ rows: RegisterRow[]; matching: number }> {
  const latest = sql`${agreementVersions.versionNumber} = (select max(v.version_number) from agreement_versions v where v.agreement_id = ${agreements.id} and v.effective_from <= greatest(${options.asAt}::date, ${agreements.commencement}))`;
  const where = and(
    latest,
    options.states ? inArray(agreements.state, [...options.states]) : undefined,
    options.states ? onDate(options.asAt) : undefined,
  );
  const base = db
    .select(REGISTER_COLUMNS)
    .from(agreements)
    .innerJoin(agreementVersions, eq(agreementVersions.agreementId, agreements.id));
  const [rows, [total]] = await Promise.all([
    base
      .where(where)
      .orderBy(
        desc(sql`${agreements.kind} = 'overarching'`),
        asc(sql`lower(${agreementVersions.title})`),
        asc(agreements.id),
      )
      .offset(options.offset)
      .limit(options.limit),
    db
      .select({ matching: count() })
      .from(agreements)
      .innerJoin(agreementVersions, eq(agreementVersions.agreementId, agreements.id))
      .where(where),
  ]);
  return { rows, matching: total?.matching ?? 0 };
}
