import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { londonDate } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordHistory } from '../../audit/index.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import {
  conditionStatus,
  matchesFilter,
  sortConditions,
  type ConditionFilter,
  type ConditionStatus,
} from './condition-status.domain.ts';
import { pipelineFigures } from '../pipeline/pipeline-figures.domain.ts';
import { timelineKind, TIMELINE_KIND_LABELS } from '../portfolio/timeline.domain.ts';
import * as repo from './reports.repo.ts';
import type { Stage } from '../pipeline/business-case.domain.ts';
import { earlierSubmissionDecisionIds } from '../pipeline/pipeline.facts.ts';
import * as pipelineRepo from '../pipeline/pipeline.repo.ts';

/** The sole decision an audit event recorded, as `recordSoleDecision` writes it. */
function soleDecisionIdOf(after: unknown): string | undefined {
  if (typeof after !== 'object' || after === null || !('soleDecision' in after)) return undefined;
  const decision = (after as { soleDecision: unknown }).soleDecision;
  if (typeof decision !== 'object' || decision === null || !('id' in decision)) return undefined;
  const id = (decision as { id: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

export interface ReportsDeps {
  readonly db: Db;
  readonly clock: Clock;
}

export function createReportsService(deps: ReportsDeps) {
  const { db, clock } = deps;
  const alliances = createAlliancesService({ db, clock });

  async function pipeline(allianceId: string) {
    const alliance = await alliances.get(allianceId);
    const [counts, remitBudgetPence] = await Promise.all([
      repo.stageCounts(db, allianceId),
      repo.remitBudgetPence(db, allianceId),
    ]);
    return { alliance, figures: pipelineFigures(counts), remitBudgetPence };
  }

  /** Overdue is judged against today in the UK, from the clock passed in. */
  async function conditions(allianceId: string, filter: ConditionFilter) {
    const alliance = await alliances.get(allianceId);
    const today = londonDate(clock.now());
    const all = sortConditions(await repo.conditionsOf(db, allianceId), today);
    const totals: Record<ConditionStatus, number> = { open: 0, overdue: 0, closed: 0 };
    for (const condition of all) {
      const status = conditionStatus(condition, today);
      totals[status] += 1;
      // Overdue conditions are still open: "open" counts them too, as the filter shows them.
      if (status === 'overdue') totals.open += 1;
    }
    return {
      alliance,
      today,
      totals,
      conditions: all.filter((condition) => matchesFilter(condition.status, filter)),
    };
  }

  /**
   * The case's history from the audit trail, newest first, each step labelled by its action; a
   * sole's decision given for an earlier submission of the case is marked as such.
   */
  async function timeline(areaId: string) {
    const area = await repo.findArea(db, areaId);
    if (!area) throw new NotFoundError('Business area not found');
    const alliance = await alliances.get(area.allianceId);
    const events = await recordHistory(db, 'business_area', areaId);
    const soleDecisions = await pipelineRepo.soleDecisionsOf(db, areaId);
    const earlier = earlierSubmissionDecisionIds({ ...area, stage: area.stage as Stage, soleDecisions });
    return {
      area,
      alliance,
      events: events.map((event) => {
        const kind = timelineKind(event.action);
        const decisionId = soleDecisionIdOf(event.after);
        const forEarlierSubmission = decisionId !== undefined && earlier.has(decisionId);
        return { ...event, kind, kindLabel: TIMELINE_KIND_LABELS[kind], forEarlierSubmission };
      }),
    };
  }

  return { pipeline, conditions, timeline };
}

export type ReportsService = ReturnType<typeof createReportsService>;
