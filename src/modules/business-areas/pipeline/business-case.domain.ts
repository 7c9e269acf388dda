import type { GateRule } from '../../../platform/workflow/gates.ts';
import {
  findTransition as findWorkflowTransition,
  isFinal,
  type Refusal,
  type Transition as WorkflowTransition,
  type Verdict,
  type WorkflowDefinition,
} from '../../../platform/workflow/workflow.ts';

/**
 * The governance pipeline of a business case, from the alliance's briefing (March 2016):
 * scoping and feasibility → strategic outline case (signed off by the PCCs and chief constables)
 * → detailed business case → programme team review → programme board review → alliance executive
 * board decision → formal staff consultation → implementation → a live alliance department.
 */
export const STAGES = [
  'scoping',
  'strategic_outline_case',
  'in_development',
  'programme_team_review',
  'programme_board_review',
  'executive_board_decision',
  'formal_consultation',
  'implementation',
  'live',
  'rejected',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  scoping: 'Scoping and feasibility',
  strategic_outline_case: 'Strategic outline case',
  in_development: 'Detailed business case in development',
  programme_team_review: 'Programme team review',
  programme_board_review: 'Programme board review',
  executive_board_decision: 'Executive board decision',
  formal_consultation: 'Formal consultation',
  implementation: 'Implementation',
  live: 'Live',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/**
 * Who makes a move: the programme team moves work along; only a board's recorded decision moves a
 * case past that board.
 */
export type Mover = 'programme_team' | 'programme_board' | 'executive_board';

/** What must be true before a move, checked against the case's record. */
export type Gate = 'soc_approved_by_all_soles' | 'all_soles_approved' | 'consultation_closed';

export interface Transition extends WorkflowTransition<Stage, Mover, Gate> {
  /**
   * A move back for rework starts a new submission of the case: the soles' approvals of the
   * earlier one no longer count (approvals.domain.ts).
   */
  readonly opensSubmission: boolean;
}

const move = (to: Stage, by: Mover, gates: readonly Gate[] = [], reasonRequired = false): Transition => ({
  to,
  by,
  gates,
  reasonRequired,
  opensSubmission: false,
});
const rework = (by: Mover): Transition => ({
  ...move('in_development', by, [], true),
  opensSubmission: true,
});
const withdraw = move('withdrawn', 'programme_team', [], true);

export const TRANSITIONS: Readonly<Record<Stage, readonly Transition[]>> = {
  scoping: [move('strategic_outline_case', 'programme_team'), withdraw],
  strategic_outline_case: [move('in_development', 'programme_team', ['soc_approved_by_all_soles']), withdraw],
  in_development: [move('programme_team_review', 'programme_team'), withdraw],
  programme_team_review: [
    move('programme_board_review', 'programme_team'),
    rework('programme_team'),
    withdraw,
  ],
  programme_board_review: [
    move('executive_board_decision', 'programme_board'),
    rework('programme_board'),
    withdraw,
  ],
  executive_board_decision: [
    move('formal_consultation', 'executive_board', ['all_soles_approved']),
    rework('executive_board'),
    move('rejected', 'executive_board', [], true),
    withdraw,
  ],
  formal_consultation: [move('implementation', 'programme_team', ['consultation_closed']), withdraw],
  implementation: [move('live', 'programme_team'), withdraw],
  live: [],
  rejected: [],
  withdrawn: [],
};

const MOVER_LABELS: Record<Mover, string> = {
  programme_team: 'the programme team',
  programme_board: 'a decision of the programme board',
  executive_board: 'a decision of the alliance executive board',
};

/** The pipeline as the platform's workflow reads it: ADR 6's table, with its labels. */
export const BUSINESS_CASE_WORKFLOW: WorkflowDefinition<Stage, Mover, Gate, Transition> = {
  name: 'business_case',
  states: STAGES,
  transitions: TRANSITIONS,
  stateLabels: STAGE_LABELS,
  moverLabels: MOVER_LABELS,
  nouns: { indefinite: 'a business case', definite: 'the case' },
};

export function findTransition(from: Stage, to: Stage): Transition | undefined {
  return findWorkflowTransition(BUSINESS_CASE_WORKFLOW, from, to);
}

/** The names of the corporation soles who have not approved, or that the alliance records none. */
export type SoleApprovalsFact = readonly string[] | 'no_soles_recorded';

function soleApprovalRule(
  name: 'soc_approved_by_all_soles' | 'all_soles_approved',
): GateRule<SoleApprovalsFact> {
  return {
    name,
    owner: 'corporation sole approvals',
    waiting: 'Waiting for every corporation sole to decide',
    blocks: (missing) => {
      if (missing === 'no_soles_recorded') {
        return 'no corporation sole is recorded for the members of this alliance: record the chief constables and commissioners first';
      }
      if (missing.length === 0) return undefined;
      return `${joinNames(missing)} ${missing.length === 1 ? 'has' : 'have'} not approved`;
    },
  };
}

/** The rules of the pipeline's gates; the pipeline's workflow registers them with their lookups. */
export const GATE_RULES = {
  soc_approved_by_all_soles: soleApprovalRule('soc_approved_by_all_soles'),
  all_soles_approved: soleApprovalRule('all_soles_approved'),
  consultation_closed: {
    name: 'consultation_closed',
    owner: 'consultations',
    waiting: 'Waiting for consultation to close',
    blocks: (open: boolean) =>
      open ? 'The formal consultation is still open: close it before implementation' : undefined,
  },
} as const satisfies Record<Gate, GateRule<never>>;

/** What holds the case back, with a gate's reason naming the stage the case cannot leave. */
export function holdingRefusal(
  verdict: Verdict<Stage, Mover, Gate, Transition>,
  from: Stage,
): Refusal<Gate> | undefined {
  if (verdict.allowed) return undefined;
  const { refusal } = verdict;
  if (refusal.code !== 'gate') return refusal;
  return { ...refusal, message: `The case cannot leave "${STAGE_LABELS[from]}": ${refusal.message}` };
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether moving from `from` to `to` starts a new submission that every sole must approve again. */
export function opensSubmission(from: Stage, to: Stage): boolean {
  return findTransition(from, to)?.opensSubmission ?? false;
}

/** Whether a case at `stage` has gone past `gateStage` (a closed case counts as past every stage). */
export function hasPassedStage(stage: Stage, gateStage: Stage): boolean {
  return STAGES.indexOf(stage) > STAGES.indexOf(gateStage);
}

export function isClosed(stage: Stage): boolean {
  return isFinal(BUSINESS_CASE_WORKFLOW, stage);
}
