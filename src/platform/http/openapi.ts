import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { API_PREFIX, ERROR_STATUS_DESCRIPTIONS, errorStatusesFor } from './api.ts';

/** The OpenAPI document is generated from the same Zod schemas the API routes validate with. */
export async function setUpOpenApi(app: FastifyInstance, build: { version: string }): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Alliance API',
        description:
          'Runs a strategic alliance between police forces. Authenticate with an API token: ' +
          '`Authorization: Bearer alliance_…` (create one on "Your account" or with `alliance token create`). ' +
          'Errors are `{"error": {"code", "message", "details"}}`, whatever their cause. ' +
          'A method an address does not support answers 404, as an address that does not exist does.',
        version: build.version,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the API is described wherever it is served, on whichever host and port.
      servers: [{ url: '/', description: 'This Alliance service' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: (input) => {
      if (!input.url.startsWith(API_PREFIX) || input.url === `${API_PREFIX}/openapi.json`) {
        return { schema: { ...input.schema, hide: true }, url: input.url };
      }
      const transformed = jsonSchemaTransform(input);
      return {
        ...transformed,
        schema: {
          ...transformed.schema,
          response: withErrorResponses(transformed.schema.response, input.route),
        },
      };
    },
    transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input)),
  });
  app.get(`${API_PREFIX}/openapi.json`, { config: { access: 'public' } }, async () => app.swagger());
}

/** Success responses as the route declares them; error responses as errorStatusesFor says, for every route. */
function withErrorResponses(
  response: unknown,
  route: Parameters<typeof errorStatusesFor>[0],
): Record<string, unknown> {
  const declared = Object.entries((response ?? {}) as Record<string, unknown>).filter(
    ([status]) => !/^[45]/.test(status),
  );
  const errors = errorStatusesFor(route).map((status) => [
    String(status),
    { description: ERROR_STATUS_DESCRIPTIONS[status], $ref: '#/components/schemas/Error' },
  ]);
  return Object.fromEntries([...declared, ...errors]);
}

type OpenApiObject = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * The schema registry also yields an input variant of every named schema; a schema no operation
 * reaches (directly or through another schema) would only clutter generated clients.
 */
function withoutUnusedSchemas(transformed: OpenApiObject): OpenApiObject {
  const document = transformed as { components?: { schemas?: Record<string, unknown> } };
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const pending = referencedSchemas({ ...document, components: { ...document.components, schemas: {} } });
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...referencedSchemas(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as OpenApiObject;
}

function referencedSchemas(value: unknown): string[] {
  const references = JSON.stringify(value ?? null).matchAll(/"#\/components\/schemas\/([^"]+)"/g);
  return [...references].map((match) => decodeURIComponent(match[1]!));
}
