import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { standardErrorResponses } from '../http/api.ts';
import { changeContext } from '../http/change-context.ts';
import { inAdapterTerms, type FieldNames } from './field-names.ts';
import { inputErrors, routeConfig, runUseCase, type UseCase, type UseCaseDeps } from './use-case.ts';

/** For an operation with no parameters, no body or no query: nothing of it is documented or read. */
export const NO_PART = z.object({});

/** The parts of a request an operation reads, each as its schema gives it. */
export interface ApiRequest<P extends z.ZodType, B extends z.ZodType, Q extends z.ZodType> {
  readonly params: z.output<P>;
  readonly body: z.output<B>;
  readonly query: z.output<Q>;
  readonly request: FastifyRequest;
}

export interface ApiRouteOptions<
  S extends z.ZodType,
  O,
  P extends z.ZodType,
  B extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
> {
  readonly method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly params: P;
  readonly body: B;
  readonly query: Q;
  readonly toInput: (request: ApiRequest<P, B, Q>) => z.input<S> | Promise<z.input<S>>;
  /** Where a domain field is in the API, when it is not the same dotted path. */
  readonly fields?: FieldNames;
  readonly response: {
    readonly status: 200 | 201;
    readonly schema: R;
    readonly send: (output: O, request: ApiRequest<P, B, Q>) => Promise<z.input<R>> | z.input<R>;
  };
}

function isPart(schema: z.ZodType): boolean {
  return schema !== NO_PART;
}

/**
 * Each part is read as Fastify's own validation would (parameters, body, query, in that order) and
 * refused in the same words, so the contract is unchanged; reading it here keeps its type.
 */
function read<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new ValidationError(inputErrors(parsed.error), 'The request is not valid');
  return parsed.data;
}

/** The OpenAPI operation: the use case's name for it, and the parts the route reads. */
function operationSchema(
  useCase: UseCase<z.ZodType, unknown>,
  options: {
    params: z.ZodType;
    body: z.ZodType;
    query: z.ZodType;
    response: { status: number; schema: z.ZodType };
  },
) {
  const { params, body, query, response } = options;
  const responses: Record<number, z.ZodType> = {
    [response.status]: response.schema,
    ...standardErrorResponses,
  };
  return {
    tags: [...useCase.tags],
    operationId: useCase.operationId,
    summary: useCase.summary,
    ...(isPart(params) && { params }),
    ...(isPart(body) && { body }),
    ...(isPart(query) && { querystring: query }),
    response: responses,
  };
}

/**
 * An API operation that runs a use case: JSON in, the use case's errors out with their fields named
 * as the API names them; the OpenAPI operation (operationId, summary, request and errors) is the use
 * case's.
 */
export function apiRoute<
  S extends z.ZodType,
  O,
  R extends z.ZodType,
  P extends z.ZodType,
  B extends z.ZodType,
  Q extends z.ZodType,
>(
  app: FastifyInstance,
  deps: UseCaseDeps,
  useCase: UseCase<S, O>,
  options: ApiRouteOptions<S, O, P, B, Q, R>,
): void {
  const { params, body, query, response } = options;
  app.route({
    method: options.method,
    url: options.url,
    config: routeConfig(useCase),
    schema: operationSchema(useCase, options),
    // The handler reads each part with its schema (above): Fastify passes them through as sent.
    validatorCompiler: () => (value) => ({ value }),
    handler: async (request, reply) => {
      const parts: ApiRequest<P, B, Q> = {
        params: read(params, request.params),
        body: read(body, request.body),
        query: read(query, request.query),
        request,
      };
      try {
        const change = changeContext(request, deps.clock);
        const output = await runUseCase(useCase, await options.toInput(parts), deps, change);
        return reply.status(response.status).send(await response.send(output, parts));
      } catch (error) {
        throw inAdapterTerms(error, options.fields ?? {}, '.');
      }
    },
  });
}
