import {
  checkMove,
  possibleMoves,
  type GateAnswer,
  type GateAnswers,
  type Move,
  type Transition,
  type WorkflowDefinition,
} from './workflow.ts';

/** The fact of a gate whose owning module is not installed. */
export const NOT_RECORDED: unique symbol = Symbol('not recorded');
export type NotRecorded = typeof NOT_RECORDED;

/** What a gate decides from its fact: pure, so a table test can feed it facts directly. */
export interface GateRule<F> {
  readonly name: string;
  /** The module that records the fact, named in the plural: "consultations". */
  readonly owner: string;
  /** Why the gate holds the record back, or undefined when it lets it through. */
  readonly blocks: (fact: F) => string | undefined;
  /** What the gate says while its fact is not recorded: "Waiting for consultation to close". */
  readonly waiting: string;
}

/**
 * A gate as a module registers it: its rule, and how to look its fact up for a record in the
 * caller's transaction. Without a lookup the owning module is not installed.
 */
export interface Gate<C, F> extends GateRule<F> {
  readonly lookup?: (context: C) => Promise<F | NotRecorded>;
}

const PASSES: GateAnswer = { status: 'passes' };

/** The one place a fact becomes an answer, and where "not recorded" lets the record through. */
export function judgeGate<F>(rule: GateRule<F>, fact: F | NotRecorded): GateAnswer {
  if (fact === NOT_RECORDED) return { status: 'not_recorded', message: rule.waiting, owner: rule.owner };
  const message = rule.blocks(fact);
  return message === undefined ? PASSES : { status: 'blocks', message };
}

type AnswerLookup<C> = (context: C) => Promise<GateAnswer>;

/** A workflow bound to its registered gates: look the facts up once, then check as often as needed. */
export interface Workflow<
  S extends string,
  R extends string,
  G extends string,
  T extends Transition<S, R, G>,
  C,
> {
  readonly definition: WorkflowDefinition<S, R, G, T>;
  answers(context: C, gates: readonly G[]): Promise<GateAnswers<G>>;
  check(move: Move<S, R>, answers: GateAnswers<G>): ReturnType<typeof checkMove<S, R, G, T>>;
  possibleMoves(from: S, by: R, answers: GateAnswers<G>): ReturnType<typeof possibleMoves<S, R, G, T>>;
}

export interface GateRegistry<C> {
  register<F>(gate: Gate<C, F>): void;
  /** Binds a definition to the gates; a gate nobody registered stops the start-up here. */
  workflow<S extends string, R extends string, G extends string, T extends Transition<S, R, G>>(
    definition: WorkflowDefinition<S, R, G, T>,
  ): Workflow<S, R, G, T, C>;
}

function gateNamesOf<S extends string, R extends string, G extends string, T extends Transition<S, R, G>>(
  definition: WorkflowDefinition<S, R, G, T>,
): G[] {
  return [
    ...new Set(definition.states.flatMap((state) => definition.transitions[state].flatMap((t) => t.gates))),
  ];
}

export function createGateRegistry<C>(): GateRegistry<C> {
  const lookups = new Map<string, AnswerLookup<C>>();

  function register<F>(gate: Gate<C, F>): void {
    if (lookups.has(gate.name)) throw new Error(`The gate "${gate.name}" is registered twice`);
    const { lookup } = gate;
    lookups.set(gate.name, async (context) => judgeGate(gate, lookup ? await lookup(context) : NOT_RECORDED));
  }

  function workflow<S extends string, R extends string, G extends string, T extends Transition<S, R, G>>(
    definition: WorkflowDefinition<S, R, G, T>,
  ): Workflow<S, R, G, T, C> {
    const unknown = gateNamesOf(definition).filter((name) => !lookups.has(name));
    if (unknown.length > 0) {
      throw new Error(`The ${definition.name} workflow names gates nobody registered: ${unknown.join(', ')}`);
    }
    async function answers(context: C, gates: readonly G[]): Promise<GateAnswers<G>> {
      const answered: Partial<Record<G, GateAnswer>> = {};
      for (const gate of new Set(gates)) {
        const lookup = lookups.get(gate);
        if (lookup) answered[gate] = await lookup(context);
      }
      return answered;
    }
    return {
      definition,
      answers,
      check: (move, given) => checkMove(definition, move, given),
      possibleMoves: (from, by, given) => possibleMoves(definition, from, by, given),
    };
  }

  return { register, workflow };
}
