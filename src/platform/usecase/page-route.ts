import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ConflictError, ValidationError, type FieldError } from '../errors.ts';
import { changeContext } from '../http/change-context.ts';
import { errorSummary, fieldsOf, parseForm } from '../http/forms.ts';
import { renameFields, type FieldNames } from './field-names.ts';
import { routeConfig, runUseCase, type UseCase, type UseCaseDeps } from './use-case.ts';

/** What a page shows: a template and its data; the adapter adds the error summary. */
export interface PageView {
  readonly template: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Errors of the view's own (a conflict names the saved record), instead of the input's. */
  readonly errors?: readonly FieldError[];
  /** Date inputs of this view, when they depend on what is shown (one form per row). */
  readonly dateFields?: readonly string[];
}

/** The request as a page's callbacks see it: its path parameters, and what the person typed. */
export interface PageRequest<V> {
  readonly request: FastifyRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly values: V;
}

export interface PageRouteOptions<S extends z.ZodType, O, F extends z.ZodType, V> {
  readonly url: string;
  /** The form's own rules, in its field ids and the words of its labels. */
  readonly form: F;
  /** Gathers fields the browser posts apart (date boxes, checkboxes) before the form is read. */
  readonly gather?: (body: Record<string, unknown>) => Record<string, unknown>;
  /** May look records up: a resource under the wrong parent is not found. */
  readonly toInput: (form: z.output<F>, page: PageRequest<V>) => z.input<S> | Promise<z.input<S>>;
  /**
   * Where a domain field is on the form, when its id is not the path joined by dashes; a function
   * when it depends on what was posted (rows left blank are not sent on).
   */
  readonly fields?: FieldNames | ((page: PageRequest<V>) => FieldNames);
  /** Fields that are GOV.UK date inputs: the summary links to their first box. */
  readonly dateFields?: readonly string[];
  /** What the person typed, bounded, to show again (`typedValues` for a form of text boxes). */
  readonly values: (body: unknown) => V;
  /** The form again; it is given the errors (in form ids) for a view that places them itself. */
  readonly view: (page: PageRequest<V>, errors: readonly FieldError[]) => Promise<PageView>;
  /** Another change came first: the page shows what is saved now beside what was typed (409). */
  readonly conflict?: (page: PageRequest<V>, error: ConflictError) => Promise<PageView>;
  readonly redirect: (output: O, page: PageRequest<V>) => string;
}

export function pathParams(request: FastifyRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldsOf(request.params)).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * A form that runs a use case: the form is read in its own terms, the use case runs, and a problem
 * brings the form back with what was typed and an error summary linked to the right boxes.
 */
export function pageRoute<S extends z.ZodType, O, F extends z.ZodType, V>(
  app: FastifyInstance,
  deps: UseCaseDeps,
  useCase: UseCase<S, O>,
  options: PageRouteOptions<S, O, F, V>,
): void {
  async function render(reply: FastifyReply, view: PageView, errors: readonly FieldError[], status: number) {
    const summary = errorSummary(view.errors ?? errors, view.dateFields ?? options.dateFields);
    return reply.render(view.template, { ...view.data, errors: summary }, status);
  }
  app.post(options.url, { config: routeConfig(useCase) }, async (request, reply) => {
    const page: PageRequest<V> = {
      request,
      params: pathParams(request),
      values: options.values(request.body),
    };
    const body = fieldsOf(request.body);
    const form = parseForm(options.form, options.gather ? options.gather(body) : body);
    if (!form.ok) return render(reply, await options.view(page, form.errors), form.errors, 400);
    try {
      const output = await runUseCase(
        useCase,
        await options.toInput(form.value, page),
        deps,
        changeContext(request, deps.clock),
      );
      return reply.redirect(options.redirect(output, page), 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        const names = typeof options.fields === 'function' ? options.fields(page) : (options.fields ?? {});
        const errors = renameFields(error.details, names, '-');
        return render(reply, await options.view(page, errors), errors, 400);
      }
      if (error instanceof ConflictError && options.conflict) {
        return render(reply, await options.conflict(page, error), [], 409);
      }
      throw error;
    }
  });
}
