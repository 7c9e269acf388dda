import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { businessAreas } from '../../business-areas/business-areas.tables.ts';
import type { RagThresholds } from './savings-model.domain.ts';
import {
  financeBenefits,
  financeReinvestments,
  financeSettings,
  savingsActuals,
  savingsForecasts,
} from '../finance.tables.ts';

export interface SavingsActual {
  readonly id: string;
  readonly businessAreaId: string;
  readonly areaName: string;
  readonly financialYear: FinancialYear;
  readonly recordedOn: IsoDate;
  readonly amount: Pence;
  readonly cashable: boolean;
  readonly evidence: string;
  readonly owner: string;
}

export interface Benefit {
  readonly id: string;
  readonly allianceId: string;
  readonly businessAreaId: string | null;
  readonly title: string;
  readonly measure: string;
  readonly baselineValue: string | null;
  readonly targetValue: string | null;
  readonly currentValue: string | null;
  readonly owner: string;
  readonly dueOn: IsoDate | null;
}

export interface Reinvestment {
  readonly id: string;
  readonly allianceId: string;
  readonly businessAreaId: string | null;
  readonly financialYear: FinancialYear;
  readonly amount: Pence;
  readonly purpose: string;
  readonly decidedOn: IsoDate;
}

export async function insertActual(db: Db, actual: Omit<SavingsActual, 'areaName'>, now: Date) {
  await db.insert(savingsActuals).values({ ...actual, amountPence: actual.amount, createdAt: now });
}

/** The alliance's realised savings, or one area's, newest first. */
export async function actualsOf(
  db: Db,
  allianceId: string,
  businessAreaId?: string,
): Promise<SavingsActual[]> {
  const rows = await db
    .select({ actual: savingsActuals, areaName: businessAreas.name })
    .from(savingsActuals)
    .innerJoin(businessAreas, eq(businessAreas.id, savingsActuals.businessAreaId))
    .where(
      and(
        eq(businessAreas.allianceId, allianceId),
        businessAreaId ? eq(savingsActuals.businessAreaId, businessAreaId) : undefined,
      ),
    )
    .orderBy(desc(savingsActuals.recordedOn), asc(businessAreas.name));
  return rows.map(({ actual, areaName }) => ({
    id: actual.id,
    businessAreaId: actual.businessAreaId,
    areaName,
    financialYear: actual.financialYear as FinancialYear,
    recordedOn: actual.recordedOn as IsoDate,
    amount: pence(actual.amountPence),
    cashable: actual.cashable,
    evidence: actual.evidence,
    owner: actual.owner,
  }));
}

export async function upsertForecast(
  db: Db,
  forecast: { businessAreaId: string; financialYear: FinancialYear; amount: Pence; note: string | null },
  now: Date,
) {
  const values = { ...forecast, amountPence: forecast.amount, updatedAt: now };
  await db
    .insert(savingsForecasts)
    .values(values)
    .onConflictDoUpdate({
      target: [savingsForecasts.businessAreaId, savingsForecasts.financialYear],
      set: { amountPence: values.amountPence, note: values.note, updatedAt: now },
    });
}

export async function insertBenefit(db: Db, benefit: Benefit, now: Date) {
  await db.insert(financeBenefits).values({ ...benefit, createdAt: now });
}

export async function benefitsOf(db: Db, allianceId: string, businessAreaId?: string): Promise<Benefit[]> {
  const rows = await db
    .select()
    .from(financeBenefits)
    .where(
      and(
        eq(financeBenefits.allianceId, allianceId),
        businessAreaId ? eq(financeBenefits.businessAreaId, businessAreaId) : undefined,
      ),
    )
    .orderBy(asc(financeBenefits.title));
  return rows.map((r) => ({ ...r, dueOn: r.dueOn as IsoDate | null }));
}

export async function insertReinvestment(db: Db, reinvestment: Reinvestment, now: Date) {
  await db
    .insert(financeReinvestments)
    .values({ ...reinvestment, amountPence: reinvestment.amount, createdAt: now });
}

export async function reinvestmentsOf(db: Db, allianceId: string): Promise<Reinvestment[]> {
  const rows = await db
    .select()
    .from(financeReinvestments)
    .where(eq(financeReinvestments.allianceId, allianceId))
    .orderBy(asc(financeReinvestments.financialYear), asc(financeReinvestments.decidedOn));
  return rows.map((r) => ({
    id: r.id,
    allianceId: r.allianceId,
    businessAreaId: r.businessAreaId,
    financialYear: r.financialYear as FinancialYear,
    amount: pence(r.amountPence),
    purpose: r.purpose,
    decidedOn: r.decidedOn as IsoDate,
  }));
}

export async function saveThresholds(db: Db, allianceId: string, thresholds: RagThresholds): Promise<void> {
  await db
    .insert(financeSettings)
    .values({ allianceId, ...thresholds })
    .onConflictDoUpdate({ target: financeSettings.allianceId, set: thresholds });
}
