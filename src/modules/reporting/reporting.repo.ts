import { and, asc, count, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { allianceMembers, alliances } from '../alliances/alliances.tables.ts';
import { organisationBudgets, organisations } from '../organisations/organisations.tables.ts';
import { businessAreaBaselines, businessAreas } from '../business-areas/business-areas.tables.ts';

/** Read-only queries across modules, for reports; nothing here changes data. */

export interface AllianceChoice {
  readonly id: string;
  readonly name: string;
  readonly status: string;
}

export async function allianceChoices(db: Db): Promise<AllianceChoice[]> {
  return db
    .select({ id: alliances.id, name: alliances.name, status: alliances.status })
    .from(alliances)
    .orderBy(asc(alliances.name));
}

export async function allianceTargets(db: Db, allianceId: string) {
  const [row] = await db
    .select({
      id: alliances.id,
      name: alliances.name,
      shortName: alliances.shortName,
      status: alliances.status,
      savingsTargetPence: alliances.savingsTargetPence,
      savingsTargetYear: alliances.savingsTargetYear,
    })
    .from(alliances)
    .where(eq(alliances.id, allianceId));
  return row;
}

export async function forcesOfAlliance(db: Db, allianceId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, population: organisations.population })
    .from(allianceMembers)
    .innerJoin(organisations, eq(organisations.id, allianceMembers.organisationId))
    .where(and(eq(allianceMembers.allianceId, allianceId), eq(organisations.kind, 'police_force')))
    .orderBy(asc(organisations.name));
}

export async function budgetsOf(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      organisationId: organisationBudgets.organisationId,
      financialYear: organisationBudgets.financialYear,
      netRevenueBudgetPence: organisationBudgets.netRevenueBudgetPence,
    })
    .from(organisationBudgets)
    .where(inArray(organisationBudgets.organisationId, [...organisationIds]));
}

export async function businessAreaStageCounts(db: Db, allianceId: string) {
  return db
    .select({ stage: businessAreas.stage, inScope: businessAreas.inScope, count: count() })
    .from(businessAreas)
    .where(eq(businessAreas.allianceId, allianceId))
    .groupBy(businessAreas.stage, businessAreas.inScope);
}

/**
 * The combined baseline budget of the business areas in the remit: in scope, and neither rejected
 * nor withdrawn. Null when none of them has a baseline, so "not recorded" never reads as £0.
 */
export async function remitBudgetPence(db: Db, allianceId: string): Promise<number | null> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${businessAreaBaselines.budgetPence})` })
    .from(businessAreaBaselines)
    .innerJoin(businessAreas, eq(businessAreas.id, businessAreaBaselines.businessAreaId))
    .where(
      and(
        eq(businessAreas.allianceId, allianceId),
        eq(businessAreas.inScope, true),
        notInArray(businessAreas.stage, ['rejected', 'withdrawn']),
      ),
    );
  return row?.total === null || row?.total === undefined ? null : Number(row.total);
}
