import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { API_PREFIX } from './api.ts';

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
          'Errors are `{"error": {"code", "message", "details"}}`.',
        version: build.version,
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: (input) => {
      if (!input.url.startsWith(API_PREFIX) || input.url === `${API_PREFIX}/openapi.json`) {
        return { schema: { ...input.schema, hide: true }, url: input.url };
      }
      return jsonSchemaTransform(input);
    },
    transformObject: jsonSchemaTransformObject,
  });
  app.get(`${API_PREFIX}/openapi.json`, { config: { access: 'public' } }, async () => app.swagger());
}
