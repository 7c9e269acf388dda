import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { FinancialYear } from '../../../platform/dates.ts';
import type { BasisInput } from '../cost-sharing/cost-sharing.domain.ts';
import { financeScenarios } from '../finance.tables.ts';

export interface Candidate {
  readonly label: string;
  readonly input: BasisInput;
}

export interface Scenario {
  readonly id: string;
  readonly allianceId: string;
  readonly name: string;
  readonly financialYear: FinancialYear;
  readonly candidates: readonly Candidate[];
  readonly adoptedBasisId: string | null;
  readonly createdAt: Date;
}

function toScenario(row: typeof financeScenarios.$inferSelect): Scenario {
  return {
    ...row,
    financialYear: row.financialYear as FinancialYear,
    candidates: row.candidates as Candidate[],
  };
}

export async function insertScenario(db: Db, scenario: Scenario): Promise<void> {
  await db.insert(financeScenarios).values({ ...scenario, candidates: [...scenario.candidates] });
}

export async function scenariosOf(db: Db, allianceId: string): Promise<Scenario[]> {
  const rows = await db
    .select()
    .from(financeScenarios)
    .where(eq(financeScenarios.allianceId, allianceId))
    .orderBy(desc(financeScenarios.createdAt));
  return rows.map(toScenario);
}

export async function findScenario(db: Db, allianceId: string, id: string): Promise<Scenario | undefined> {
  const [row] = await db
    .select()
    .from(financeScenarios)
    .where(and(eq(financeScenarios.id, id), eq(financeScenarios.allianceId, allianceId)));
  return row && toScenario(row);
}

/** False when another adoption got there first: the caller's transaction must then be undone. */
export async function markAdopted(db: Db, id: string, basisId: string): Promise<boolean> {
  const rows = await db
    .update(financeScenarios)
    .set({ adoptedBasisId: basisId })
    .where(and(eq(financeScenarios.id, id), isNull(financeScenarios.adoptedBasisId)))
    .returning({ id: financeScenarios.id });
  return rows.length === 1;
}
