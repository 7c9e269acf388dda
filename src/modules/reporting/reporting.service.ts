import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { allianceNumbers, type AllianceNumbers } from './alliance-numbers.domain.ts';
import * as repo from './reporting.repo.ts';

export interface ReportingDeps {
  readonly db: Db;
}

export interface AllianceInNumbers {
  readonly alliance: { id: string; name: string; shortName: string; status: string };
  readonly numbers: AllianceNumbers;
}

/** The alliance shown when none is chosen: the first active one by name, else the first by name. */
export function defaultAlliance(choices: readonly repo.AllianceChoice[]): repo.AllianceChoice | undefined {
  return choices.find((choice) => choice.status === 'active') ?? choices[0];
}

export function createReportingService(deps: ReportingDeps) {
  const { db } = deps;

  async function allianceInNumbers(allianceId: string): Promise<AllianceInNumbers> {
    const alliance = await repo.allianceTargets(db, allianceId);
    if (!alliance) throw new NotFoundError('Alliance not found');
    const forces = await repo.forcesOfAlliance(db, allianceId);
    const budgets = await repo.budgetsOf(
      db,
      forces.map((force) => force.id),
    );
    const numbers = allianceNumbers({
      forces: forces.map((force) => ({
        ...force,
        budgets: budgets.filter((budget) => budget.organisationId === force.id),
      })),
      savingsTargetPence: alliance.savingsTargetPence,
      savingsTargetYear: alliance.savingsTargetYear,
      // Business areas are not recorded yet: their combined budget has no source until they are.
      remitBudgetPence: null,
    });
    const { id, name, shortName, status } = alliance;
    return { alliance: { id, name, shortName, status }, numbers };
  }

  return {
    allianceChoices: () => repo.allianceChoices(db),
    allianceInNumbers,
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
