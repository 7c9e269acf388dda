import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { type Office, currentCorporationSoles } from '../../organisations/index.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import {
  countedSubmission,
  isForEarlierSubmission,
  notYetApproved,
  unanimity,
  type SoleDecision,
  type UnanimityOutcome,
} from './approvals.domain.ts';
import { hasPassedStage, type SoleApprovalsFact, type Stage } from './business-case.domain.ts';
import { SOLE_GATE_STAGE, soleGateOf, soleKey, soleTitles, type SoleGate } from './pipeline.domain.ts';
import type { PipelineArea, SoleDecisionRecord } from './pipeline.repo.ts';
import * as repo from './pipeline.repo.ts';

/** A corporation sole of a business case: the office, who holds it today, and how people name it. */
export interface PipelineSole {
  readonly key: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly office: Office;
  readonly holderName: string;
  readonly title: string;
  readonly shortTitle: string;
}

/** What the corporation soles' gates and the case's page depend on, read in the caller's transaction. */
export interface CaseFacts {
  readonly stage: Stage;
  /** The case's current submission; see `countedAt` for the one each gate counts. */
  readonly submission: number;
  readonly soles: readonly PipelineSole[];
  readonly soleDecisions: readonly SoleDecisionRecord[];
}

/**
 * The corporation soles of a case are the current soles of its alliance's members, in the
 * alliance's order (forces before policing bodies). They are offices: a new holder inherits the
 * decisions of the last.
 */
export async function solesOfAlliance(
  db: Db,
  clock: Clock,
  allianceId: string,
  onDate: string,
): Promise<PipelineSole[]> {
  const alliance = await createAlliancesService({ db, clock }).get(allianceId);
  const members = new Map(alliance.members.map((member) => [member.organisationId, member]));
  const current = await currentCorporationSoles(db, [...members.keys()], onDate);
  return current.flatMap((sole) => {
    const organisation = members.get(sole.organisationId);
    if (!organisation) return [];
    return [
      {
        key: soleKey(sole.organisationId, sole.office),
        organisationId: sole.organisationId,
        organisationName: organisation.name,
        office: sole.office,
        holderName: sole.holderName,
        ...soleTitles(sole.office, organisation),
      },
    ];
  });
}

export async function gatherFacts(
  db: Db,
  clock: Clock,
  area: PipelineArea,
  onDate: string,
): Promise<CaseFacts> {
  const [soles, soleDecisions] = [
    await solesOfAlliance(db, clock, area.allianceId, onDate),
    await repo.soleDecisionsOf(db, area.id),
  ];
  return { stage: area.stage, submission: area.submission, soles, soleDecisions };
}

/** What tells which submission each gate counts. */
export type SubmissionFacts = Pick<CaseFacts, 'stage' | 'submission' | 'soleDecisions'>;

/** The submission whose decisions the gate counts (approvals.domain.ts, SUBMISSIONS). */
export function countedAt(facts: SubmissionFacts, gate: SoleGate): number {
  const passed = hasPassedStage(facts.stage, SOLE_GATE_STAGE[gate]);
  const atGate = facts.soleDecisions.filter((decision) => decision.gate === gate);
  return countedSubmission(facts.submission, passed, atGate);
}

/** The ids of the decisions given for an earlier submission than their gate now counts. */
export function earlierSubmissionDecisionIds(facts: SubmissionFacts): Set<string> {
  const earlier = facts.soleDecisions.filter((decision) =>
    isForEarlierSubmission(decision, countedAt(facts, decision.gate)),
  );
  return new Set(earlier.map((decision) => decision.id));
}

function decisionsAt(facts: CaseFacts, gate: SoleGate): SoleDecision[] {
  return facts.soleDecisions
    .filter((decision) => decision.gate === gate)
    .map((decision) => ({
      soleKey: soleKey(decision.organisationId, decision.office),
      decision: decision.decision,
      decidedBy: decision.decidedBy,
      onBehalfAsDelegate: decision.asDelegate,
      decidedAt: decision.recordedAt,
      submission: decision.submission,
    }));
}

export function unanimityAt(facts: CaseFacts, gate: SoleGate): UnanimityOutcome {
  return unanimity(facts.soles, decisionsAt(facts, gate), countedAt(facts, gate));
}

/** The fact of a gate that needs every sole: who has not approved in the submission it counts. */
export function soleApprovalsFact(
  facts: CaseFacts,
  gate: 'soc_approved_by_all_soles' | 'all_soles_approved',
): SoleApprovalsFact {
  if (facts.soles.length === 0) return 'no_soles_recorded';
  const named = facts.soles.map((sole) => ({ key: sole.key, title: sole.shortTitle }));
  const soleGate = soleGateOf(gate);
  return notYetApproved(named, decisionsAt(facts, soleGate), countedAt(facts, soleGate));
}
