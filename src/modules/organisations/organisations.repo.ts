import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organisationsFound } from '../../platform/http/scope.ts';
import type { Office, OrganisationKind } from './organisations.domain.ts';
import { officeHolders, organisationBudgets, organisations } from './organisations.tables.ts';

export interface Organisation {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly shortName: string;
  readonly region: string | null;
  readonly population: number | null;
  readonly populationYear: number | null;
  readonly notes: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OfficeHolder {
  readonly id: string;
  readonly organisationId: string;
  readonly office: Office;
  readonly holderName: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

export interface OrganisationBudget {
  readonly organisationId: string;
  /** The calendar year the financial year starts in: 2015 is "2015/16". */
  readonly financialYear: number;
  readonly netRevenueBudgetPence: number;
  readonly source: string | null;
}

/** The fields a person edits. */
export interface OrganisationDetails {
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly shortName: string;
  readonly region: string | null;
  readonly population: number | null;
  readonly populationYear: number | null;
  readonly notes: string | null;
}

type OrganisationRow = typeof organisations.$inferSelect;
type OfficeHolderRow = typeof officeHolders.$inferSelect;

export function toOrganisation(row: OrganisationRow): Organisation {
  return { ...row, kind: row.kind as OrganisationKind };
}

function toOfficeHolder(row: OfficeHolderRow): OfficeHolder {
  return {
    id: row.id,
    organisationId: row.organisationId,
    office: row.office as Office,
    holderName: row.holderName,
    startDate: row.startDate,
    endDate: row.endDate,
  };
}

export async function listOrganisations(db: Db, kind?: OrganisationKind): Promise<Organisation[]> {
  const rows = await db
    .select()
    .from(organisations)
    .where(kind ? eq(organisations.kind, kind) : undefined)
    .orderBy(asc(organisations.name));
  return rows.map(toOrganisation);
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row && toOrganisation(row);
}

/** An organisation's own records (details, office holders, budgets) belong to it alone. */
export async function organisationItself(db: Db, id: string): Promise<readonly string[] | undefined> {
  const rows = await db
    .select({ organisationId: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id));
  return organisationsFound(rows);
}

export async function findOrganisationsByIds(db: Db, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
    .orderBy(asc(organisations.name));
  return rows.map(toOrganisation);
}

/** Names are unique whatever their case: "Dorset police" is the same organisation as "Dorset Police". */
export async function findOrganisationIdByName(db: Db, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${name})`)
    .limit(1);
  return row?.id;
}

export async function insertOrganisation(
  db: Db,
  organisation: OrganisationDetails & { id: string; now: Date },
): Promise<void> {
  const { now, ...values } = organisation;
  await db.insert(organisations).values({ ...values, version: 1, createdAt: now, updatedAt: now });
}

/** Updates only if nobody else saved since `version` was read; returns false when they had. */
export async function updateOrganisation(
  db: Db,
  id: string,
  version: number,
  details: OrganisationDetails,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(organisations)
    .set({ ...details, version: version + 1, updatedAt: now })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning({ id: organisations.id });
  return updated.length === 1;
}

export async function officeHoldersOf(db: Db, organisationIds: readonly string[]): Promise<OfficeHolder[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(officeHolders)
    .where(inArray(officeHolders.organisationId, [...organisationIds]))
    .orderBy(asc(officeHolders.office), asc(officeHolders.startDate));
  return rows.map(toOfficeHolder);
}

export async function findOfficeHolder(db: Db, id: string): Promise<OfficeHolder | undefined> {
  const [row] = await db.select().from(officeHolders).where(eq(officeHolders.id, id));
  return row && toOfficeHolder(row);
}

export async function insertOfficeHolder(db: Db, holder: OfficeHolder & { now: Date }): Promise<void> {
  const { now, ...values } = holder;
  await db.insert(officeHolders).values({ ...values, createdAt: now });
}

export async function setOfficeHolderEndDate(db: Db, id: string, endDate: string): Promise<void> {
  await db.update(officeHolders).set({ endDate }).where(eq(officeHolders.id, id));
}

/** Serialises changes to one organisation's office holders, so two overlapping terms cannot both pass the check. */
export async function lockOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row && toOrganisation(row);
}

export async function budgetsOf(
  db: Db,
  organisationIds: readonly string[],
  financialYear?: number,
): Promise<OrganisationBudget[]> {
  if (organisationIds.length === 0) return [];
  const byOrganisation = inArray(organisationBudgets.organisationId, [...organisationIds]);
  return db
    .select()
    .from(organisationBudgets)
    .where(
      financialYear === undefined
        ? byOrganisation
        : and(byOrganisation, eq(organisationBudgets.financialYear, financialYear)),
    )
    .orderBy(asc(organisationBudgets.financialYear));
}

export async function upsertBudget(db: Db, budget: OrganisationBudget): Promise<void> {
  await db
    .insert(organisationBudgets)
    .values(budget)
    .onConflictDoUpdate({
      target: [organisationBudgets.organisationId, organisationBudgets.financialYear],
      set: { netRevenueBudgetPence: budget.netRevenueBudgetPence, source: budget.source },
    });
}
