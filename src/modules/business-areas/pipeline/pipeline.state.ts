import type { IsoDate } from '../../../platform/dates.ts';
import {
  possibleMoves,
  waitingNote,
  type GateAnswer,
  type GateAnswers,
} from '../../../platform/workflow/workflow.ts';
import {
  BUSINESS_CASE_WORKFLOW,
  GATE_RULES,
  STAGE_LABELS,
  holdingRefusal,
  joinNames,
  type Gate,
  type Stage,
} from './business-case.domain.ts';
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

/** The consultation as its gate answered: the case's page shows it at every stage. */
function consultationState(answer: GateAnswer | undefined): ConsultationState {
  if (!answer) throw new Error('The consultation gate was not looked up for the case');
  switch (answer.status) {
    case 'not_recorded':
      return { status: 'not_recorded', message: waitingNote(answer) };
    case 'blocks':
      return { status: 'open', message: GATE_RULES.consultation_closed.waiting };
    case 'passes':
      return { status: 'closed', message: 'The consultation has closed' };
  }
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

/** The programme team's moves from the case's stage, judged once on the answers of this request. */
function moveChoices(stage: Stage, answers: GateAnswers<Gate>): MoveChoice[] {
  return possibleMoves(BUSINESS_CASE_WORKFLOW, stage, 'programme_team', answers).map(
    ({ transition, verdict }) => {
      const waiting = verdict.allowed ? verdict.waiting[0] : undefined;
      return {
        to: transition.to,
        label: STAGE_LABELS[transition.to],
        reasonRequired: transition.reasonRequired,
        blockedBy: holdingRefusal(verdict, stage)?.message ?? null,
        note: waiting ? waitingNote(waiting) : null,
      };
    },
  );
}

export function buildCaseState(input: {
  area: PipelineArea;
  facts: CaseFacts;
  /** The answers of the gates out of the case's stage, and of the consultation's. */
  answers: GateAnswers<Gate>;
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
    moves: moveChoices(area.stage, input.answers),
    soles: soleStates(facts),
    gates: {
      strategic_outline_case: gateState(facts, SOLE_GATES[0]),
      executive_decision: gateState(facts, SOLE_GATES[1]),
    },
    consultation: consultationState(input.answers.consultation_closed),
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
