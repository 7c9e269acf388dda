/**
 * A workflow as data: the states a record passes through, the moves out of each state, who may
 * make each move, whether it needs a reason and which gates it must pass. One pure check decides
 * every move; the moves a page lists come from the same check.
 */

export interface Transition<S extends string, R extends string, G extends string> {
  readonly to: S;
  /** Who may make the move: a role, or the body whose recorded decision makes it. */
  readonly by: R;
  readonly gates: readonly G[];
  readonly reasonRequired: boolean;
}

export interface WorkflowDefinition<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G> = Transition<S, R, G>,
> {
  /** Names the workflow in the history of moves and in start-up errors. */
  readonly name: string;
  readonly states: readonly S[];
  /** The moves out of each state; a state with none is where the record ends. */
  readonly transitions: Readonly<Record<S, readonly T[]>>;
  readonly stateLabels: Readonly<Record<S, string>>;
  /** As said in "Only the programme team can move …". */
  readonly moverLabels: Readonly<Record<R, string>>;
  /** How messages name the record: "a business case", "the case". */
  readonly nouns: { readonly indefinite: string; readonly definite: string };
}

export interface Move<S extends string, R extends string> {
  readonly from: S;
  readonly to: S;
  readonly by: R;
  readonly reason?: string | undefined;
}

/**
 * What a gate says about one record, once its fact is looked up. "Not recorded" means the module
 * that records the fact is not installed: the gate waits without holding the record back.
 */
export type GateAnswer =
  | { readonly status: 'passes' }
  | { readonly status: 'blocks'; readonly message: string }
  | { readonly status: 'not_recorded'; readonly message: string; readonly owner: string };

export type GateAnswers<G extends string> = Readonly<Partial<Record<G, GateAnswer>>>;

export type Refusal<G extends string> =
  | { readonly code: 'not_allowed' | 'wrong_mover' | 'reason_required'; readonly message: string }
  | { readonly code: 'gate'; readonly gate: G; readonly message: string };

/** A gate the move passes only because its fact is not recorded yet. */
export interface Waiting<G extends string> {
  readonly gate: G;
  readonly message: string;
  readonly owner: string;
}

export type Verdict<S extends string, R extends string, G extends string, T extends Transition<S, R, G>> =
  | { readonly allowed: true; readonly transition: T; readonly waiting: readonly Waiting<G>[] }
  | { readonly allowed: false; readonly refusal: Refusal<G> };

export function findTransition<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
>(definition: WorkflowDefinition<S, R, G, T>, from: S, to: S): T | undefined {
  return definition.transitions[from].find((transition) => transition.to === to);
}

/** The gates any move out of `from` may need: the ones to look up before listing or making a move. */
export function gatesOutOf<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
>(definition: WorkflowDefinition<S, R, G, T>, from: S): G[] {
  return [...new Set(definition.transitions[from].flatMap((transition) => transition.gates))];
}

export function isFinal<S extends string, R extends string, G extends string, T extends Transition<S, R, G>>(
  definition: WorkflowDefinition<S, R, G, T>,
  state: S,
): boolean {
  return definition.transitions[state].length === 0;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The rule, in the order a person fixes things: the move itself, who makes it, the reason, the gates. */
export function checkMove<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
>(
  definition: WorkflowDefinition<S, R, G, T>,
  move: Move<NoInfer<S>, NoInfer<R>>,
  answers: GateAnswers<NoInfer<G>>,
): Verdict<S, R, G, T> {
  const { nouns, stateLabels } = definition;
  const [from, to] = [stateLabels[move.from], stateLabels[move.to]];
  const transition = findTransition(definition, move.from, move.to);
  if (!transition) {
    const message = `${capitalised(nouns.indefinite)} at "${from}" cannot move to "${to}"`;
    return { allowed: false, refusal: { code: 'not_allowed', message } };
  }
  if (transition.by !== move.by) {
    const message = `Only ${definition.moverLabels[transition.by]} can move ${nouns.indefinite} from "${from}" to "${to}"`;
    return { allowed: false, refusal: { code: 'wrong_mover', message } };
  }
  if (transition.reasonRequired && !move.reason?.trim()) {
    const message = `Enter the reason for moving ${nouns.definite} to "${to}"`;
    return { allowed: false, refusal: { code: 'reason_required', message } };
  }
  const waiting: Waiting<G>[] = [];
  for (const gate of transition.gates) {
    const answer = answers[gate];
    if (!answer) throw new Error(`The gate "${gate}" of the ${definition.name} workflow was not looked up`);
    if (answer.status === 'blocks') {
      return { allowed: false, refusal: { code: 'gate', gate, message: answer.message } };
    }
    if (answer.status === 'not_recorded')
      waiting.push({ gate, message: answer.message, owner: answer.owner });
  }
  return { allowed: true, transition, waiting };
}

export interface PossibleMove<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
> {
  readonly transition: T;
  readonly verdict: Verdict<S, R, G, T>;
}

/**
 * Listing a move asks the reason on the form, so the list judges everything else: the same check
 * with the reason taken as given.
 */
const REASON_GIVEN_ON_THE_FORM = 'given on the form';

/** The moves `by` could make from `from`, each with the check's verdict on the same answers. */
export function possibleMoves<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
>(
  definition: WorkflowDefinition<S, R, G, T>,
  from: NoInfer<S>,
  by: NoInfer<R>,
  answers: GateAnswers<G>,
): PossibleMove<S, R, G, T>[] {
  return definition.transitions[from]
    .filter((transition) => transition.by === by)
    .map((transition) => ({
      transition,
      verdict: checkMove(
        definition,
        { from, to: transition.to, by, reason: REASON_GIVEN_ON_THE_FORM },
        answers,
      ),
    }));
}

/** "Waiting for consultation to close (consultations are not recorded yet)". */
export function waitingNote(waiting: { readonly message: string; readonly owner: string }): string {
  return `${waiting.message} (${waiting.owner} are not recorded yet)`;
}
