import type { FieldError } from '../../../platform/errors.ts';
import { formatDate, type IsoDate } from '../../../platform/dates.ts';
import type { Office } from '../../organisations/index.ts';
import { STAGE_LABELS, type Gate, type Mover, type Stage } from './business-case.domain.ts';
import { BOARD_KINDS, BOARD_NAMES, type BoardKind } from '../boards/boards.domain.ts';
import { conditionStatus } from '../boards/condition-status.domain.ts';

/**
 * The governance around a business case's stage: which board decides at which stage, what each
 * decision outcome does to the case, the gates that need every corporation sole, and how people
 * name the soles.
 */
export { BOARD_KINDS, type BoardKind } from '../boards/boards.domain.ts';

/** How the pipeline names the boards in a sentence and on its pages. */
export const BOARD_LABELS: Record<BoardKind, string> = BOARD_NAMES;

/** The stage at which each board reviews a case; its decision is what moves the case on. */
export const BOARD_STAGE: Record<BoardKind, Stage> = {
  programme_team: 'programme_team_review',
  programme_board: 'programme_board_review',
  executive_board: 'executive_board_decision',
};

/** Where an approval at each board's stage takes the case. */
const STAGE_AFTER_APPROVAL: Record<BoardKind, Stage> = {
  programme_team: 'programme_board_review',
  programme_board: 'executive_board_decision',
  executive_board: 'formal_consultation',
};

export function boardForStage(stage: Stage): BoardKind | undefined {
  return BOARD_KINDS.find((kind) => BOARD_STAGE[kind] === stage);
}

/** A board's decision moves the case as that board; the transition table says whom it allows. */
export function moverFor(board: BoardKind): Mover {
  return board;
}

export const DECISION_OUTCOMES = [
  'approved',
  'approved_with_conditions',
  'deferred',
  'returned',
  'rejected',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  deferred: 'Deferred',
  returned: 'Returned for rework',
  rejected: 'Rejected',
};

export const MAX_CONDITIONS = 5;

export interface ConditionInput {
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string;
}

/** The stage a decision moves the case to, or undefined when the case stays where it is. */
export function stageAfterDecision(board: BoardKind, outcome: DecisionOutcome): Stage | undefined {
  switch (outcome) {
    case 'approved':
    case 'approved_with_conditions':
      return STAGE_AFTER_APPROVAL[board];
    case 'returned':
      return 'in_development';
    case 'rejected':
      return 'rejected';
    case 'deferred':
      return undefined;
  }
}

/** A deferral leaves the case at its stage but starts a new submission (a return moves it back). */
export function decisionOpensSubmission(outcome: DecisionOutcome): boolean {
  return outcome === 'deferred';
}

/** What is wrong with a decision as recorded, before it meets the case's gates. */
export function decisionProblems(
  board: BoardKind,
  outcome: DecisionOutcome,
  reasons: string | undefined,
  conditions: readonly ConditionInput[],
): FieldError[] {
  const problems: FieldError[] = [];
  if (outcome === 'rejected' && board !== 'executive_board') {
    problems.push({
      field: 'outcome',
      message: `Only the alliance executive board can reject a business case: the ${BOARD_LABELS[board].toLowerCase()} can return it for rework`,
    });
  }
  if ((outcome === 'returned' || outcome === 'rejected') && !reasons?.trim()) {
    problems.push({ field: 'reasons', message: `Enter the reasons the case was ${verbOf(outcome)}` });
  }
  if (outcome === 'approved_with_conditions' && conditions.length === 0) {
    problems.push({ field: 'conditions', message: 'Enter at least one condition of the approval' });
  }
  if (outcome !== 'approved_with_conditions' && conditions.length > 0) {
    problems.push({
      field: 'conditions',
      message: 'Conditions go with an approval with conditions: choose that outcome or remove the conditions',
    });
  }
  if (conditions.length > MAX_CONDITIONS) {
    problems.push({ field: 'conditions', message: `Enter ${MAX_CONDITIONS} conditions or fewer` });
  }
  return problems;
}

function verbOf(outcome: 'returned' | 'rejected'): string {
  return outcome === 'returned' ? 'returned for rework' : 'rejected';
}

/** The two decisions that need every corporation sole, and the stage at which each is taken. */
export const SOLE_GATES = ['strategic_outline_case', 'executive_decision'] as const;
export type SoleGate = (typeof SOLE_GATES)[number];

export const SOLE_GATE_STAGE: Record<SoleGate, Stage> = {
  strategic_outline_case: 'strategic_outline_case',
  executive_decision: 'executive_board_decision',
};

export const SOLE_GATE_LABELS: Record<SoleGate, string> = {
  strategic_outline_case: 'Strategic outline case sign-off',
  executive_decision: 'Executive decision',
};

export function soleGateOf(gate: Exclude<Gate, 'consultation_closed'>): SoleGate {
  return gate === 'soc_approved_by_all_soles' ? 'strategic_outline_case' : 'executive_decision';
}

export function isSoleGate(value: string): value is SoleGate {
  return (SOLE_GATES as readonly string[]).includes(value);
}

/** A sole's decision may be recorded only while the case is at the stage that needs it. */
export function soleDecisionStageProblem(gate: SoleGate, stage: Stage): string | undefined {
  if (SOLE_GATE_STAGE[gate] === stage) return undefined;
  return `The ${SOLE_GATE_LABELS[gate].toLowerCase()} can be recorded only while the case is at "${STAGE_LABELS[SOLE_GATE_STAGE[gate]]}": it is at "${STAGE_LABELS[stage]}"`;
}

export interface SoleOrganisation {
  readonly name: string;
  readonly shortName: string;
}

export interface SoleTitles {
  /** As written in papers: "Chief Constable of Dorset Police", "Police and Crime Commissioner for Dorset". */
  readonly title: string;
  /** As said in a sentence: "Dorset PCC has not approved". */
  readonly shortTitle: string;
}

const COMMISSIONERS: Partial<Record<Office, { full: string; abbreviation: string }>> = {
  police_and_crime_commissioner: { full: 'Police and Crime Commissioner', abbreviation: 'PCC' },
  police_fire_and_crime_commissioner: {
    full: 'Police, Fire and Crime Commissioner',
    abbreviation: 'PFCC',
  },
};

/** "Office of the Police and Crime Commissioner for Dorset" → "Dorset". */
function placeFromName(name: string): string | undefined {
  return /^(?:the )?office of the police(?:, fire)? and crime commissioner for (.+)$/i.exec(name.trim())?.[1];
}

/** "OPCC Devon and Cornwall" or "Dorset OPFCC" → the place. */
function placeFromShortName(shortName: string): string | undefined {
  const text = shortName.trim();
  return /^O?PF?CC (.+)$/i.exec(text)?.[1] ?? /^(.+) O?PF?CC$/i.exec(text)?.[1];
}

/** How people name a corporation sole, from the office and the organisation that holds it. */
export function soleTitles(office: Office, organisation: SoleOrganisation): SoleTitles {
  const commissioner = COMMISSIONERS[office];
  if (!commissioner) {
    const title =
      office === 'chief_constable' ? `Chief Constable of ${organisation.name}` : organisation.name;
    return { title, shortTitle: title };
  }
  const longPlace = placeFromName(organisation.name);
  const shortPlace = placeFromShortName(organisation.shortName) ?? longPlace ?? organisation.shortName;
  return {
    title: `${commissioner.full} for ${longPlace ?? shortPlace}`,
    shortTitle: `${shortPlace} ${commissioner.abbreviation}`,
  };
}

export function soleKey(organisationId: string, office: string): string {
  return `${organisationId}:${office}`;
}

/** A condition is overdue once the day it was due has passed without it being closed. */
export function isOverdue(condition: { dueOn: string; closedOn: string | null }, today: IsoDate): boolean {
  return conditionStatus(condition, today) === 'overdue';
}

export function closureProblems(
  condition: { closedOn: string | null; raisedOn: string },
  closedOn: string,
  today: string,
): FieldError[] {
  if (condition.closedOn !== null) {
    return [
      {
        field: 'closedOn',
        message: `This condition was already closed on ${formatDate(condition.closedOn)}`,
      },
    ];
  }
  if (closedOn > today) {
    return [{ field: 'closedOn', message: 'The date the condition was met must be today or in the past' }];
  }
  if (closedOn < condition.raisedOn) {
    return [
      {
        field: 'closedOn',
        message: `The date the condition was met must be on or after the meeting that set it, ${formatDate(condition.raisedOn)}`,
      },
    ];
  }
  return [];
}

/** What the case needs before it can leave its stage, in a sentence for the case's page. */
export const NEXT_STEP: Record<Stage, string> = {
  scoping: 'The programme team moves the case to the strategic outline case when scoping is done.',
  strategic_outline_case:
    'Every corporation sole signs off the strategic outline case; then the programme team moves it into development.',
  in_development: 'The programme team moves the detailed business case to review when it is ready.',
  programme_team_review:
    'A decision of the programme team: approve it for the programme board, or return it for rework.',
  programme_board_review:
    'A decision of the programme board: approve it for the alliance executive board, or return it.',
  executive_board_decision:
    'A decision of the alliance executive board, and the approval of every corporation sole.',
  formal_consultation:
    'The formal staff consultation closes; then the programme team moves the case to implementation.',
  implementation: 'The programme team moves the case to live when the alliance department is established.',
  live: 'Nothing: the alliance department is established.',
  rejected: 'Nothing: the case was rejected.',
  withdrawn: 'Nothing: the case was withdrawn.',
};

/** What is wrong with a sole's decision as recorded, besides whose it is. */
export function soleDecisionProblems(
  input: { asDelegate: boolean; delegateRole?: string | undefined; decidedOn: string },
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (input.asDelegate && !input.delegateRole?.trim()) {
    problems.push({
      field: 'delegateRole',
      message: 'Enter the role of the delegate, for example Deputy Chief Constable',
    });
  }
  if (input.decidedOn > today) {
    problems.push({ field: 'decidedOn', message: 'The date of the decision must be today or in the past' });
  }
  return problems;
}

/** Whether a meeting is one at which the board now reviewing the case could decide it. */
export function meetingProblem(
  area: { allianceId: string; stage: Stage },
  board: BoardKind,
  meeting: { allianceId: string; boardKind: BoardKind; heldOn: string } | undefined,
  today: string,
): string | undefined {
  const wanted = BOARD_LABELS[board].toLowerCase();
  if (!meeting || meeting.allianceId !== area.allianceId) return `Select a meeting of the ${wanted}`;
  if (meeting.boardKind !== board) {
    return `The case is at "${STAGE_LABELS[area.stage]}": select a meeting of the ${wanted}, not of the ${BOARD_LABELS[meeting.boardKind].toLowerCase()}`;
  }
  if (meeting.heldOn > today) return `The meeting on ${formatDate(meeting.heldOn)} has not taken place yet`;
  return undefined;
}

/** A condition cannot fall due before the meeting that set it. */
export function conditionDateProblems(conditions: readonly ConditionInput[], heldOn: string): FieldError[] {
  return conditions.flatMap((condition, index) =>
    condition.dueOn < heldOn
      ? [
          {
            field: `conditions.${index}.dueOn`,
            message: `The due date of condition ${index + 1} must be on or after the meeting, ${formatDate(heldOn)}`,
          },
        ]
      : [],
  );
}

export interface SoleDecisionInput {
  readonly gate: SoleGate;
  readonly organisationId: string;
  readonly office: string;
  readonly decision: 'approved' | 'refused';
  readonly decidedBy: string;
  readonly asDelegate: boolean;
  readonly delegateRole?: string | undefined;
  readonly decidedOn: string;
  readonly note?: string | undefined;
}
