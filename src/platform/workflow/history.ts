import type { ChangeContext } from '../context.ts';
import type { Move } from './workflow.ts';

/**
 * One move in the history of a workflow, in the shape every workflow shares. Each workflow keeps
 * its history in its own table, beside the record it moves (so the history goes with the record,
 * and a workflow may add what is its own, such as the decision that made the move); the repository
 * function that writes the table takes this shape.
 */
export interface MoveRecord<S extends string, R extends string> {
  readonly id: string;
  readonly workflow: string;
  readonly recordId: string;
  readonly from: S;
  readonly to: S;
  readonly by: R;
  readonly reason: string | null;
  /** The person (or the system) who recorded the move. */
  readonly recordedBy: ChangeContext['actor'];
  readonly at: Date;
}

export function moveRecord<S extends string, R extends string>(
  workflow: { readonly name: string },
  recordId: string,
  move: Move<S, R>,
  context: Pick<ChangeContext, 'actor' | 'now'>,
): MoveRecord<S, R> {
  return {
    id: crypto.randomUUID(),
    workflow: workflow.name,
    recordId,
    from: move.from,
    to: move.to,
    by: move.by,
    reason: move.reason ?? null,
    recordedBy: context.actor,
    at: context.now,
  };
}
