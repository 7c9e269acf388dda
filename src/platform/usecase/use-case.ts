import type { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { ChangeContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { ValidationError, type FieldError } from '../errors.ts';
import type { Access } from '../http/access.ts';
import type { Scope } from '../http/scope.ts';

/** What every use case runs with, whichever adapter (page, API, CLI) asked for it. */
export interface UseCaseDeps {
  readonly db: Db;
  readonly clock: Clock;
}

/** Given to `run`: the change's own transaction, so the change and its audit row land together or not at all. */
export interface UseCaseContext {
  readonly tx: Db;
  readonly clock: Clock;
  readonly change: ChangeContext;
}

/**
 * One change a person can make, declared once: its input in domain terms, who may make it, on
 * which organisations' records, what it audits, and what it does. The page and API adapters take
 * everything else from here, so the rule, the audit action and the OpenAPI operation cannot drift
 * apart. Errors name domain fields (`netRevenueBudgetPence`, `baselines.0.budgetPence`); each
 * adapter renames them into its own terms.
 */
export interface UseCase<S extends z.ZodType, O> {
  readonly name: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly input: S;
  readonly access: Access;
  readonly scope: Scope;
  readonly audit: string;
  readonly run: (input: z.output<S>, context: UseCaseContext) => Promise<O>;
}

export function defineUseCase<S extends z.ZodType, O>(definition: UseCase<S, O>): UseCase<S, O> {
  return definition;
}

/** Domain field errors from an input that does not meet the use case's schema. */
export function inputErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'input',
    message: issue.message,
  }));
}

/** Who asks for a change, when, and in which request; the audit action is the use case's own. */
export type Asker = Omit<ChangeContext, 'action'>;

/**
 * Checks the input against the use case's own schema (whatever adapter built it: a page, the API,
 * the demo data), then runs the change in one transaction. Nothing is written when it throws.
 */
export async function runUseCase<S extends z.ZodType, O>(
  useCase: UseCase<S, O>,
  candidate: z.input<S>,
  deps: UseCaseDeps,
  asker: Asker,
): Promise<O> {
  const parsed = useCase.input.safeParse(candidate);
  if (!parsed.success) throw new ValidationError(inputErrors(parsed.error));
  const input = parsed.data;
  const change = { ...asker, action: useCase.audit };
  return deps.db.transaction((tx) => useCase.run(input, { tx, clock: deps.clock, change }));
}

/** The route config both adapters declare, so the start-up checks and the scoped-access test see it. */
export function routeConfig(useCase: UseCase<z.ZodType, unknown>) {
  return { access: useCase.access, scope: useCase.scope, audit: useCase.audit };
}
