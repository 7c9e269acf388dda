import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { FinancialYear, IsoDate } from '../../platform/dates.ts';
import { pence, type Pence } from '../../platform/money.ts';
import { businessAreas } from '../business-areas/business-areas.tables.ts';
import type { BasisDefinition, BasisKind } from './cost-sharing/cost-sharing.domain.ts';
import type { RagThresholds } from './savings/savings-model.domain.ts';
import type { RealisedSavings, SavingsForecast } from './savings/savings-trajectory.domain.ts';
import {
  costSharingBases,
  financeAreaYears,
  financeBaselines,
  financeSettings,
  savingsActuals,
  savingsForecasts,
} from './finance.tables.ts';

export interface StoredBasis {
  readonly id: string;
  readonly allianceId: string;
  readonly businessAreaId: string | null;
  readonly versionNumber: number;
  readonly label: string;
  readonly kind: BasisKind;
  readonly definition: BasisDefinition;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly reason: string | null;
  /** The version whose figures this one carries on, after a shorter version interrupted it. */
  readonly resumesVersionNumber: number | null;
  readonly createdAt: Date;
}

type BasisRow = typeof costSharingBases.$inferSelect;

function toBasis(row: BasisRow): StoredBasis {
  return {
    ...row,
    kind: row.kind as BasisKind,
    definition: row.definition as BasisDefinition,
    effectiveFrom: row.effectiveFrom as IsoDate,
    effectiveTo: row.effectiveTo as IsoDate | null,
  };
}

/** Every version of every basis of the alliance, newest first within each scope. */
export async function basesOf(db: Db, allianceId: string): Promise<StoredBasis[]> {
  const rows = await db
    .select()
    .from(costSharingBases)
    .where(eq(costSharingBases.allianceId, allianceId))
    .orderBy(asc(costSharingBases.businessAreaId), desc(costSharingBases.versionNumber));
  return rows.map(toBasis);
}

export async function findBasis(db: Db, id: string): Promise<StoredBasis | undefined> {
  const [row] = await db.select().from(costSharingBases).where(eq(costSharingBases.id, id));
  return row && toBasis(row);
}

/** Serialises new versions of one scope: the row lock makes "next version number" safe. */
export async function lockScope(db: Db, allianceId: string, businessAreaId: string | null): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`basis:${allianceId}:${businessAreaId ?? 'default'}`}))`,
  );
}

export async function insertBasis(db: Db, basis: Omit<StoredBasis, 'createdAt'>, now: Date): Promise<void> {
  await db.insert(costSharingBases).values({ ...basis, createdAt: now });
}

export async function closeBasis(db: Db, id: string, effectiveTo: IsoDate): Promise<void> {
  await db.update(costSharingBases).set({ effectiveTo }).where(eq(costSharingBases.id, id));
}

export interface AreaName {
  readonly id: string;
  readonly name: string;
  readonly inScope: boolean;
}

export async function areasOf(db: Db, allianceId: string): Promise<AreaName[]> {
  return db
    .select({ id: businessAreas.id, name: businessAreas.name, inScope: businessAreas.inScope })
    .from(businessAreas)
    .where(eq(businessAreas.allianceId, allianceId))
    .orderBy(asc(businessAreas.name));
}

export interface AreaYearRow {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
}

export interface BaselineRow {
  readonly businessAreaId: string;
  readonly organisationId: string;
  readonly financialYear: FinancialYear;
  readonly baseline: Pence;
}

/**
 * Rows of a query, each built as a JSON array, returned as one JSON document and parsed once.
 * Turning each row of a large result into an object costs far more than running the query, above
 * all on the embedded database: 250,000 baselines took 4–5 s as rows there, under 1 s as one document.
 */
async function jsonRows<T>(db: Db, rows: SQL): Promise<T[]> {
  const result = await db.execute(
    sql`select coalesce(json_agg(query.row), '[]')::text as rows from (${rows}) as query(row)`,
  );
  const [first] = (result as unknown as { rows: { rows: string }[] }).rows;
  return JSON.parse(first?.rows ?? '[]') as T[];
}

/** The cost inputs of the whole alliance, or of one area: two queries however many rows. */
export async function costsOf(
  db: Db,
  allianceId: string,
  businessAreaId?: string,
): Promise<{ areaYears: AreaYearRow[]; baselines: BaselineRow[] }> {
  const scope = businessAreaId
    ? sql`business_area_id = ${businessAreaId}`
    : sql`business_area_id in (select id from business_areas where alliance_id = ${allianceId})`;
  const [areaYears, baselines] = await Promise.all([
    jsonRows<[string, number, number | null, number]>(
      db,
      sql`select json_build_array(business_area_id, financial_year, target_cost_pence, implementation_cost_pence)
          from ${financeAreaYears} where ${scope}`,
    ),
    jsonRows<[string, string, number, number]>(
      db,
      sql`select json_build_array(business_area_id, organisation_id, financial_year, baseline_pence)
          from ${financeBaselines} where ${scope}`,
    ),
  ]);
  return {
    areaYears: areaYears.map(([areaId, year, targetCost, implementationCost]) => ({
      businessAreaId: areaId,
      financialYear: year as FinancialYear,
      targetCost: targetCost === null ? null : pence(targetCost),
      implementationCost: pence(implementationCost),
    })),
    baselines: baselines.map(([areaId, organisationId, year, baseline]) => ({
      businessAreaId: areaId,
      organisationId,
      financialYear: year as FinancialYear,
      baseline: pence(baseline),
    })),
  };
}

const CHUNK = 20_000; // rows per statement: each column travels as one array parameter

/**
 * Writes area-years and baselines, replacing what was there for the same keys. Each column is
 * sent as one array and unnested, which is several times faster than a VALUES list of the same
 * rows on both PGlite and PostgreSQL.
 */
export async function upsertCosts(
  db: Db,
  areaYears: readonly AreaYearRow[],
  baselines: readonly BaselineRow[],
): Promise<void> {
  for (let i = 0; i < areaYears.length; i += CHUNK) {
    const rows = areaYears.slice(i, i + CHUNK);
    await db.execute(sql`
      insert into finance_area_years (business_area_id, financial_year, target_cost_pence, implementation_cost_pence)
      select * from unnest(
        ${sql.param(rows.map((r) => r.businessAreaId))}::uuid[],
        ${sql.param(rows.map((r) => r.financialYear))}::int[],
        ${sql.param(rows.map((r) => r.targetCost))}::bigint[],
        ${sql.param(rows.map((r) => r.implementationCost))}::bigint[])
      on conflict (business_area_id, financial_year) do update
        set target_cost_pence = excluded.target_cost_pence,
            implementation_cost_pence = excluded.implementation_cost_pence`);
  }
  for (let i = 0; i < baselines.length; i += CHUNK) {
    const rows = baselines.slice(i, i + CHUNK);
    await db.execute(sql`
      insert into finance_baselines (business_area_id, organisation_id, financial_year, baseline_pence)
      select * from unnest(
        ${sql.param(rows.map((r) => r.businessAreaId))}::uuid[],
        ${sql.param(rows.map((r) => r.organisationId))}::uuid[],
        ${sql.param(rows.map((r) => r.financialYear))}::int[],
        ${sql.param(rows.map((r) => r.baseline))}::bigint[])
      on conflict (business_area_id, financial_year, organisation_id) do update
        set baseline_pence = excluded.baseline_pence`);
  }
}

/** Realised savings summed per area and year, cashable and not. */
export async function realisedOf(
  db: Db,
  allianceId: string,
  businessAreaId?: string,
): Promise<RealisedSavings[]> {
  const rows = await db
    .select({
      businessAreaId: savingsActuals.businessAreaId,
      financialYear: savingsActuals.financialYear,
      cashable: sql<string>`coalesce(sum(${savingsActuals.amountPence}) filter (where ${savingsActuals.cashable}), 0)`,
      nonCashable: sql<string>`coalesce(sum(${savingsActuals.amountPence}) filter (where not ${savingsActuals.cashable}), 0)`,
    })
    .from(savingsActuals)
    .innerJoin(businessAreas, eq(businessAreas.id, savingsActuals.businessAreaId))
    .where(
      and(
        eq(businessAreas.allianceId, allianceId),
        businessAreaId ? eq(savingsActuals.businessAreaId, businessAreaId) : undefined,
      ),
    )
    .groupBy(savingsActuals.businessAreaId, savingsActuals.financialYear);
  return rows.map((r) => ({
    businessAreaId: r.businessAreaId,
    financialYear: r.financialYear as FinancialYear,
    cashable: pence(Number(r.cashable)),
    nonCashable: pence(Number(r.nonCashable)),
  }));
}

export async function forecastsOf(
  db: Db,
  allianceId: string,
  businessAreaId?: string,
): Promise<SavingsForecast[]> {
  const rows = await db
    .select({
      businessAreaId: savingsForecasts.businessAreaId,
      financialYear: savingsForecasts.financialYear,
      amount: savingsForecasts.amountPence,
    })
    .from(savingsForecasts)
    .innerJoin(businessAreas, eq(businessAreas.id, savingsForecasts.businessAreaId))
    .where(
      and(
        eq(businessAreas.allianceId, allianceId),
        businessAreaId ? eq(savingsForecasts.businessAreaId, businessAreaId) : undefined,
      ),
    );
  return rows.map((r) => ({
    ...r,
    financialYear: r.financialYear as FinancialYear,
    amount: pence(r.amount),
  }));
}

/** The alliance's own thresholds, where it has set them. */
export async function thresholdsOf(db: Db, allianceId: string): Promise<RagThresholds | undefined> {
  const [row] = await db.select().from(financeSettings).where(eq(financeSettings.allianceId, allianceId));
  return row && { amberBelowPercent: row.amberBelowPercent, redBelowPercent: row.redBelowPercent };
}
