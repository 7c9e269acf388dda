import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { FinancialYear } from '../../platform/dates.ts';
import type { Pence } from '../../platform/money.ts';
import { organisationsFound } from '../../platform/http/scope.ts';
import { allianceMembers, alliances } from './alliances.tables.ts';
import type { Alliance, AllianceStatus, AllianceSummary } from './alliances.domain.ts';

type AllianceRow = typeof alliances.$inferSelect;

/** An alliance as stored, before its members are described. */
export type AllianceRecord = Omit<Alliance, 'members'>;

export interface MembershipRecord {
  readonly organisationId: string;
  readonly joinedOn: string | null;
}

/** The columns a person edits. */
export type AllianceValues = Pick<
  AllianceRecord,
  | 'name'
  | 'shortName'
  | 'description'
  | 'status'
  | 'formedOn'
  | 'endedOn'
  | 'savingsTargetPence'
  | 'savingsTargetYear'
>;

function toRecord(row: AllianceRow): AllianceRecord {
  return {
    ...row,
    status: row.status as AllianceStatus,
    savingsTargetPence: row.savingsTargetPence as Pence | null,
    savingsTargetYear: row.savingsTargetYear as FinancialYear | null,
  };
}

export async function listAlliances(db: Db): Promise<AllianceSummary[]> {
  const rows = await db
    .select({
      id: alliances.id,
      name: alliances.name,
      shortName: alliances.shortName,
      status: alliances.status,
      formedOn: alliances.formedOn,
      memberCount: count(allianceMembers.organisationId),
    })
    .from(alliances)
    .leftJoin(allianceMembers, eq(allianceMembers.allianceId, alliances.id))
    .groupBy(alliances.id)
    .orderBy(asc(alliances.name));
  return rows.map((row) => ({ ...row, status: row.status as AllianceStatus }));
}

/**
 * An alliance with its memberships, in one round trip: nearly every page of an alliance or a
 * business area reads it, and on the embedded database each query waits behind every other
 * request's.
 */
export async function findAllianceWithMembers(
  db: Db,
  id: string,
): Promise<{ record: AllianceRecord; memberships: MembershipRecord[] } | undefined> {
  const [row] = await db
    .select({
      alliance: alliances,
      memberships: sql<[string, string | null][]>`coalesce((
        select json_agg(json_build_array(${allianceMembers.organisationId}, ${allianceMembers.joinedOn}))
        from ${allianceMembers} where ${allianceMembers.allianceId} = ${alliances.id}), '[]')`,
    })
    .from(alliances)
    .where(eq(alliances.id, id));
  if (!row) return undefined;
  const memberships = row.memberships.map(([organisationId, joinedOn]) => ({ organisationId, joinedOn }));
  return { record: toRecord(row.alliance), memberships };
}

export async function findAllianceIdByName(db: Db, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: alliances.id })
    .from(alliances)
    .where(sql`lower(${alliances.name}) = lower(${name})`);
  return row?.id;
}

export async function insertAlliance(
  db: Db,
  alliance: AllianceValues & { id: string; now: Date },
): Promise<void> {
  const { now, ...values } = alliance;
  await db.insert(alliances).values({ ...values, version: 1, createdAt: now, updatedAt: now });
}

/** Updates only if nobody else saved since `version` was read; returns false when they had. */
export async function updateAlliance(
  db: Db,
  id: string,
  version: number,
  values: Partial<AllianceValues>,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(alliances)
    .set({ ...values, version: version + 1, updatedAt: now })
    .where(and(eq(alliances.id, id), eq(alliances.version, version)))
    .returning({ id: alliances.id });
  return updated.length === 1;
}

export async function insertMembers(
  db: Db,
  allianceId: string,
  members: readonly MembershipRecord[],
): Promise<void> {
  if (members.length === 0) return;
  await db.insert(allianceMembers).values(members.map((member) => ({ allianceId, ...member })));
}

export async function deleteMembers(
  db: Db,
  allianceId: string,
  organisationIds: readonly string[],
): Promise<void> {
  if (organisationIds.length === 0) return;
  await db
    .delete(allianceMembers)
    .where(
      and(
        eq(allianceMembers.allianceId, allianceId),
        inArray(allianceMembers.organisationId, [...organisationIds]),
      ),
    );
}

/** The members of an alliance: the organisations whose grants reach it and everything in it. */
export async function allianceOrganisations(db: Db, id: string): Promise<readonly string[] | undefined> {
  const rows = await db
    .select({ organisationId: allianceMembers.organisationId })
    .from(alliances)
    .leftJoin(allianceMembers, eq(allianceMembers.allianceId, alliances.id))
    .where(eq(alliances.id, id));
  return organisationsFound(rows);
}
