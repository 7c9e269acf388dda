import type { Transition, WorkflowDefinition } from '../../platform/workflow/workflow.ts';

export const AGREEMENT_STATES = [
  'draft',
  'signing',
  'in_force',
  'under_review',
  'varied',
  'terminated',
] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

/** The programme team prepares and reviews; the parties' signatures are what bring it into force. */
export type AgreementMover = 'programme_team' | 'parties';
export type AgreementGate = 'every_party_signed';

const step = (
  to: AgreementState,
  by: AgreementMover,
  gates: readonly AgreementGate[] = [],
  reasonRequired = false,
): Transition<AgreementState, AgreementMover, AgreementGate> => ({ to, by, gates, reasonRequired });

const terminate = step('terminated', 'parties', [], true);
/** A variation may follow a review or come without one; a varied agreement may be varied again. */
const vary = step('varied', 'parties', ['every_party_signed']);

/**
 * Police Act 1996 s23C: an agreement binds once made in writing by its parties, is varied by a later
 * agreement of the same parties, and ends by their agreement (or by a party's notice under its own
 * exit clause). "Varied" is in force, as varied; a varied agreement can be reviewed and varied again.
 */
export const AGREEMENT_WORKFLOW: WorkflowDefinition<AgreementState, AgreementMover, AgreementGate> = {
  name: 'agreement',
  states: AGREEMENT_STATES,
  transitions: {
    draft: [step('signing', 'programme_team')],
    signing: [step('in_force', 'parties', ['every_party_signed']), step('draft', 'programme_team', [], true)],
    in_force: [step('under_review', 'programme_team'), vary, terminate],
    under_review: [vary, step('in_force', 'programme_team', [], true), terminate],
    varied: [step('under_review', 'programme_team'), vary, terminate],
    terminated: [],
  },
  stateLabels: {
    draft: 'Draft',
    signing: 'Out for signature',
    in_force: 'In force',
    under_review: 'Under review',
    varied: 'In force, varied',
    terminated: 'Terminated',
  },
  moverLabels: { programme_team: 'the programme team', parties: 'the parties' },
  nouns: { indefinite: 'an agreement', definite: 'the agreement' },
};

/** States in which the agreement binds its parties and is published. */
export const IN_FORCE_STATES: readonly AgreementState[] = ['in_force', 'under_review', 'varied'];

export function bindsParties(state: AgreementState): boolean {
  return IN_FORCE_STATES.includes(state);
}
