import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { Pence } from '../../../platform/money.ts';
import type { Stage } from '../pipeline/business-case.domain.ts';
import type { Baseline, BusinessArea, Confidence, FunctionGroup } from './business-areas.domain.ts';
import { businessAreaBaselines, businessAreas } from '../business-areas.tables.ts';

export type AreaRow = typeof businessAreas.$inferSelect;

/** The columns a person edits on the area's form. */
export interface AreaValues {
  readonly name: string;
  readonly functionGroup: FunctionGroup;
  readonly inScope: boolean;
  readonly exclusionReason: string | null;
  readonly hostOrganisationId: string | null;
  readonly seniorResponsibleOfficer: string | null;
  readonly leadName: string | null;
  readonly description: string | null;
}

export interface ConfidenceValues {
  readonly confidence: Confidence;
  readonly confidenceCommentary: string;
  readonly confidenceAssessedOn: string;
}

/** An area with the sum of its baselines, as the portfolio lists it. */
export interface AreaWithTotals extends BusinessArea {
  readonly budgetPence: Pence;
  readonly officers: number;
  readonly staff: number;
}

export function toArea(row: AreaRow): BusinessArea {
  return {
    ...row,
    functionGroup: row.functionGroup as FunctionGroup,
    stage: row.stage as Stage,
    confidence: row.confidence as Confidence | null,
  };
}

export async function findArea(db: Db, id: string): Promise<BusinessArea | undefined> {
  const [row] = await db.select().from(businessAreas).where(eq(businessAreas.id, id));
  return row && toArea(row);
}

export async function findAreaIdByName(
  db: Db,
  allianceId: string,
  name: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: businessAreas.id })
    .from(businessAreas)
    .where(and(eq(businessAreas.allianceId, allianceId), sql`lower(${businessAreas.name}) = lower(${name})`));
  return row?.id;
}

/** Every area of one alliance with its baseline totals, in one query, by name. */
export async function listAreasWithTotals(db: Db, allianceId: string): Promise<AreaWithTotals[]> {
  const baseline = businessAreaBaselines;
  const rows = await db
    .select({
      area: businessAreas,
      budgetPence: sql<string>`coalesce(sum(${baseline.budgetPence}), 0)`,
      officers: sql<string>`coalesce(sum(${baseline.officers}), 0)`,
      staff: sql<string>`coalesce(sum(${baseline.staff}), 0)`,
    })
    .from(businessAreas)
    .leftJoin(baseline, eq(baseline.businessAreaId, businessAreas.id))
    .where(eq(businessAreas.allianceId, allianceId))
    .groupBy(businessAreas.id)
    .orderBy(asc(sql`lower(${businessAreas.name})`));
  return rows.map((row) => ({
    ...toArea(row.area),
    budgetPence: Number(row.budgetPence) as Pence,
    officers: Number(row.officers),
    staff: Number(row.staff),
  }));
}

export async function insertArea(
  db: Db,
  area: AreaValues & { id: string; allianceId: string; stage: Stage; now: Date },
): Promise<void> {
  const { now, ...values } = area;
  await db
    .insert(businessAreas)
    .values({ ...values, stageChangedAt: now, version: 1, createdAt: now, updatedAt: now });
}

/** Updates only if nobody else saved since `version` was read; returns false when they had. */
export async function updateArea(
  db: Db,
  id: string,
  version: number,
  values: Partial<AreaValues> | ConfidenceValues,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(businessAreas)
    .set({ ...values, version: version + 1, updatedAt: now })
    .where(and(eq(businessAreas.id, id), eq(businessAreas.version, version)))
    .returning({ id: businessAreas.id });
  return updated.length === 1;
}

export async function baselinesOf(db: Db, businessAreaId: string): Promise<Baseline[]> {
  const rows = await db
    .select({
      organisationId: businessAreaBaselines.organisationId,
      budgetPence: businessAreaBaselines.budgetPence,
      officers: businessAreaBaselines.officers,
      staff: businessAreaBaselines.staff,
    })
    .from(businessAreaBaselines)
    .where(eq(businessAreaBaselines.businessAreaId, businessAreaId));
  return rows.map((row) => ({ ...row, budgetPence: row.budgetPence as Pence }));
}

export async function replaceBaselines(
  db: Db,
  businessAreaId: string,
  baselines: readonly Baseline[],
): Promise<void> {
  await db.delete(businessAreaBaselines).where(eq(businessAreaBaselines.businessAreaId, businessAreaId));
  if (baselines.length === 0) return;
  await db.insert(businessAreaBaselines).values(
    baselines.map((baseline) => ({
      businessAreaId,
      organisationId: baseline.organisationId.toLowerCase(),
      budgetPence: baseline.budgetPence,
      officers: baseline.officers,
      staff: baseline.staff,
    })),
  );
}
