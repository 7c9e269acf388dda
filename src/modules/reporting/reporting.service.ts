import type { Db } from '../../platform/db/database.ts';
import { createChangeCache } from '../../platform/db/change-cache.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { changeCounter } from '../audit/index.ts';
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

/** What the dashboard shows: the alliances to choose from, and the chosen one's figures. */
export interface Dashboard {
  readonly choices: readonly repo.AllianceChoice[];
  /** The alliance asked for, else the default one; undefined while there are no alliances. */
  readonly chosen: AllianceInNumbers | undefined;
}

/** Dashboards kept at once: one per alliance anyone has asked for, and the default one. */
const DASHBOARDS_KEPT = 100;

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

  // The landing page: its figures change only with a change, and it is asked for far more often.
  const dashboards = createChangeCache<Dashboard>(() => changeCounter(db), { maxEntries: DASHBOARDS_KEPT });

  function dashboard(allianceId: string | undefined): Promise<Dashboard> {
    return dashboards.get(allianceId ?? '', async () => {
      const choices = await repo.allianceChoices(db);
      const chosenId = allianceId ?? defaultAlliance(choices)?.id;
      return { choices, chosen: chosenId === undefined ? undefined : await allianceInNumbers(chosenId) };
    });
  }

  return {
    allianceChoices: () => repo.allianceChoices(db),
    allianceInNumbers,
    dashboard,
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
