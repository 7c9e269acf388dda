import type { IsoDate } from '../../platform/dates.ts';
import { STAGE_LABELS, TRANSITIONS, joinNames, type Stage } from './business-case.domain.ts';
import {
  BOARD_LABELS,
  NEXT_STEP,
  OUTCOME_LABELS,
  SOLE_GATES,
  SOLE_GATE_LABELS,
  SOLE_GATE_STAGE,
  boardForStage,
  isOverdue,
  soleKey,
  type BoardKind,
  type SoleGate,
} from './pipeline.domain.ts';
import {
  blockingRefusal,
  countedAt,
  earlierSubmissionDecisionIds,
  unanimityAt,
  type CaseFacts,
  type PipelineSole,
} from './pipeline.facts.ts';
import type { ConditionRecord, DecisionRecord, PipelineArea, SoleDecisionRecord } from './pipeline.repo.ts';

export interface GateState {
  readonly gate: SoleGate;
  readonly label: string;
  /** The stage at which this decision is taken. */
  readonly stage: Stage;
  readonly status: 'approved' | 'refused' | 'pending';
  readonly waitingFor: readonly string[];
  readonly refusedBy: readonly string[];
  readonly message: string;
}

export interface SoleState extends PipelineSole {
  /** Each sole's latest decision at each gate, in the submission the gate counts. */
  readonly latest: Readonly<Record<SoleGate, SoleDecisionRecord | null>>;
}

export interface MoveChoice {
  readonly to: Stage;
  readonly label: string;
  readonly reasonRequired: boolean;
  /** Why the move cannot be made now, when it cannot. */
  readonly blockedBy: string | null;
  /** A gate that is shown as waiting but does not hold the case back. */
  readonly note: string | null;
}

export interface ConditionState extends ConditionRecord {
  readonly overdue: boolean;
}

export interface DecisionState extends DecisionRecord {
  readonly outcomeLabel: string;
  readonly conditions: readonly ConditionState[];
}

export interface SoleDecisionState extends SoleDecisionRecord {
  readonly soleTitle: string;
  /** Given for a submission before the one its gate counts: kept on record, no longer counted. */
  readonly forEarlierSubmission: boolean;
}

export interface ConsultationState {
  readonly status: 'not_recorded' | 'open' | 'closed';
  readonly message: string;
}

export interface CaseState {
  readonly area: PipelineArea & { readonly stageLabel: string };
  readonly nextStep: string;
  /** The board whose decision the case waits for, when one is reviewing it. */
  readonly board: { readonly kind: BoardKind; readonly label: string } | null;
  /** What the programme team may do from here. */
  readonly moves: readonly MoveChoice[];
  readonly soles: readonly SoleState[];
  readonly gates: Readonly<Record<SoleGate, GateState>>;
  readonly consultation: ConsultationState;
  readonly soleDecisions: readonly SoleDecisionState[];
  readonly decisions: readonly DecisionState[];
  readonly conditions: readonly ConditionState[];
  readonly openConditions: readonly ConditionState[];
}

export const CONSULTATION_NOT_RECORDED =
  'Waiting for consultation to close (consultations are not recorded yet)';

function consultationState(open: boolean | undefined): ConsultationState {
  if (open === undefined) return { status: 'not_recorded', message: CONSULTATION_NOT_RECORDED };
  return open
    ? { status: 'open', message: 'Waiting for consultation to close' }
    : { status: 'closed', message: 'The consultation has closed' };
}

function gateState(facts: CaseFacts, gate: SoleGate): GateState {
  const outcome = unanimityAt(facts, gate);
  const titleOf = new Map(facts.soles.map((sole) => [sole.key, sole.title]));
  const titles = (soles: readonly { key: string }[]) =>
    soles.map((sole) => titleOf.get(sole.key) ?? sole.key);
  const base = { gate, label: SOLE_GATE_LABELS[gate], stage: SOLE_GATE_STAGE[gate] };
  if (outcome.status === 'approved') {
    return {
      ...base,
      status: 'approved',
      waitingFor: [],
      refusedBy: [],
      message: 'Approved by all corporation soles',
    };
  }
  if (outcome.status === 'refused') {
    const refusedBy = titles(outcome.refusedBy);
    return {
      ...base,
      status: 'refused',
      waitingFor: [],
      refusedBy,
      message: `Refused by: ${joinNames(refusedBy)}`,
    };
  }
  const waitingFor = titles(outcome.waitingFor);
  const message =
    facts.soles.length === 0
      ? 'No corporation sole is recorded for the members of this alliance'
      : `Waiting for: ${joinNames(waitingFor)}`;
  return { ...base, status: 'pending', waitingFor, refusedBy: [], message };
}

function soleStates(facts: CaseFacts): SoleState[] {
  return facts.soles.map((sole) => {
    const latestAt = (gate: SoleGate) =>
      facts.soleDecisions
        .filter(
          (decision) =>
            decision.gate === gate &&
            decision.submission === countedAt(facts, gate) &&
            soleKey(decision.organisationId, decision.office) === sole.key,
        )
        .at(-1) ?? null;
    return {
      ...sole,
      latest: {
        strategic_outline_case: latestAt('strategic_outline_case'),
        executive_decision: latestAt('executive_decision'),
      },
    };
  });
}

/** The reason is asked for on the form; for the choices, only the gates matter. */
const ANY_REASON = 'reason';

function moveChoices(stage: Stage, facts: CaseFacts): MoveChoice[] {
  return TRANSITIONS[stage]
    .filter((transition) => transition.by === 'programme_team')
    .map((transition) => {
      const refusal = blockingRefusal('programme_team', stage, transition.to, ANY_REASON, facts);
      const waitsForConsultation =
        transition.gates.includes('consultation_closed') && facts.consultationOpen === undefined;
      return {
        to: transition.to,
        label: STAGE_LABELS[transition.to],
        reasonRequired: transition.reasonRequired,
        blockedBy: refusal?.message ?? null,
        note: waitsForConsultation ? CONSULTATION_NOT_RECORDED : null,
      };
    });
}

export function buildCaseState(input: {
  area: PipelineArea;
  facts: CaseFacts;
  decisions: readonly DecisionRecord[];
  conditions: readonly ConditionRecord[];
  today: IsoDate;
}): CaseState {
  const { area, facts, today } = input;
  const conditions = input.conditions.map((condition) => ({
    ...condition,
    overdue: isOverdue(condition, today),
  }));
  const board = boardForStage(area.stage);
  const titleOf = new Map(facts.soles.map((sole) => [sole.key, sole.title]));
  const earlier = earlierSubmissionDecisionIds(facts);
  return {
    area: { ...area, stageLabel: STAGE_LABELS[area.stage] },
    nextStep: NEXT_STEP[area.stage],
    board: board ? { kind: board, label: BOARD_LABELS[board] } : null,
    moves: moveChoices(area.stage, facts),
    soles: soleStates(facts),
    gates: {
      strategic_outline_case: gateState(facts, SOLE_GATES[0]),
      executive_decision: gateState(facts, SOLE_GATES[1]),
    },
    consultation: consultationState(facts.consultationOpen),
    soleDecisions: facts.soleDecisions.map((decision) => ({
      ...decision,
      soleTitle:
        titleOf.get(soleKey(decision.organisationId, decision.office)) ??
        'A former corporation sole of this alliance',
      forEarlierSubmission: earlier.has(decision.id),
    })),
    decisions: input.decisions.map((decision) => ({
      ...decision,
      outcomeLabel: OUTCOME_LABELS[decision.outcome],
      conditions: conditions.filter((condition) => condition.decisionId === decision.id),
    })),
    conditions,
    openConditions: conditions.filter((condition) => condition.closedOn === null),
  };
}
