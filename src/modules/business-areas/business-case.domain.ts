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

export interface Transition {
  readonly to: Stage;
  readonly by: Mover;
  readonly gates: readonly Gate[];
  readonly reasonRequired: boolean;
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

export function findTransition(from: Stage, to: Stage): Transition | undefined {
  return TRANSITIONS[from].find((transition) => transition.to === to);
}

export type MoveRefusal =
  | { reason: 'not_allowed'; message: string }
  | { reason: 'wrong_mover'; message: string }
  | { reason: 'reason_required'; message: string }
  | { reason: 'gate'; gate: Gate; message: string };

export interface MoveFacts {
  /** Names of the corporation soles who have not yet approved, for the gate that needs them all. */
  readonly soleApprovalsMissing: (
    gate: 'soc_approved_by_all_soles' | 'all_soles_approved',
  ) => readonly string[];
  /** Undefined while consultations are not recorded: the gate then waits. */
  readonly consultationOpen: boolean | undefined;
}

const MOVER_LABELS: Record<Mover, string> = {
  programme_team: 'the programme team',
  programme_board: 'a decision of the programme board',
  executive_board: 'a decision of the alliance executive board',
};

/** Whether `mover` may move a case from `from` to `to` now; a refusal says what is missing. */
export function checkMove(
  mover: Mover,
  from: Stage,
  to: Stage,
  reason: string | undefined,
  facts: MoveFacts,
): MoveRefusal | undefined {
  const transition = findTransition(from, to);
  if (!transition) {
    return {
      reason: 'not_allowed',
      message: `A business case at "${STAGE_LABELS[from]}" cannot move to "${STAGE_LABELS[to]}"`,
    };
  }
  if (transition.by !== mover) {
    return {
      reason: 'wrong_mover',
      message: `Only ${MOVER_LABELS[transition.by]} can move a business case from "${STAGE_LABELS[from]}" to "${STAGE_LABELS[to]}"`,
    };
  }
  if (transition.reasonRequired && !reason?.trim()) {
    return {
      reason: 'reason_required',
      message: `Enter the reason for moving the case to "${STAGE_LABELS[to]}"`,
    };
  }
  for (const gate of transition.gates) {
    const refusal = gateRefusal(gate, facts);
    if (refusal) return refusal;
  }
  return undefined;
}

function gateRefusal(gate: Gate, facts: MoveFacts): MoveRefusal | undefined {
  if (gate === 'consultation_closed') {
    if (facts.consultationOpen === undefined) {
      return { reason: 'gate', gate, message: 'Waiting for consultation to close' };
    }
    return facts.consultationOpen
      ? {
          reason: 'gate',
          gate,
          message: 'The formal consultation is still open: close it before implementation',
        }
      : undefined;
  }
  const missing = facts.soleApprovalsMissing(gate);
  if (missing.length === 0) return undefined;
  return {
    reason: 'gate',
    gate,
    message: `${joinNames(missing)} ${missing.length === 1 ? 'has' : 'have'} not approved`,
  };
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
  return TRANSITIONS[stage].length === 0;
}
