import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { pipelineFigures, type PipelineFigures } from '../business-areas/index.ts';
import { allianceNumbers, type AllianceNumbers } from './alliance-numbers.domain.ts';
import * as repo from './reporting.repo.ts';

export interface ReportingDeps {
  readonly db: Db;
}

export interface AllianceInNumbers {
  readonly alliance: { id: string; name: string; shortName: string; status: string };
  readonly numbers: AllianceNumbers;
  /** Null until the alliance has any business areas. */
  readonly pipeline: PipelineFigures | null;
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
    const [forces, stageCounts, remitBudgetPence] = await Promise.all([
      repo.forcesOfAlliance(db, allianceId),
      repo.businessAreaStageCounts(db, allianceId),
      repo.remitBudgetPence(db, allianceId),
    ]);
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
      remitBudgetPence,
    });
    const { id, name, shortName, status } = alliance;
    const pipeline = stageCounts.length === 0 ? null : pipelineFigures(stageCounts);
    return { alliance: { id, name, shortName, status }, numbers, pipeline };
  }

  return {
    allianceChoices: () => repo.allianceChoices(db),
    allianceInNumbers,
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
