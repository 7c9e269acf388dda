import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { apiClientFor } from '../testing/api-client.ts';
import { INT4_MAX } from '../validation.ts';

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  maximum?: number;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}
interface Operation {
  responses: Record<string, unknown>;
  parameters?: { in: string; name: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Money is integer pence in bigint columns, bounded at £100 billion (see platform/money.ts). */
const PENCE_MAX = 100_000_000_000_00;
/** Integers not stored in an `integer` column: the audit sequence (bigint) and demand figures (JSON). */
const WIDER = new Set(['query.before', 'value']);

/** A value a path parameter accepts, so that the body is what the request is refused for. */
function sampleParameter(operation: Operation, name: string): string {
  const schema = operation.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
  const choices = (schema as { enum?: string[] } | undefined)?.enum;
  if (choices?.[0]) return choices[0];
  return name === 'financialYear' ? '2016' : crypto.randomUUID();
}

describe('the API contract', () => {
  let t: TestApp;
  let document: OpenApi;
  const operations: { path: string; method: string; operation: Operation }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.anonymous().get('/api/v1/openapi.json')).json() as OpenApi;
    for (const [path, methods] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(methods)) operations.push({ path, method, operation });
  });
  afterAll(() => t.close());

  const resolve = (schema: JsonSchema): JsonSchema =>
    schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema;

  /** Every integer an operation takes, at any depth: [name, schema]. */
  function integersIn(schema: JsonSchema, name: string, found: [string, JsonSchema][] = []) {
    const resolved = resolve(schema);
    const types = [resolved.type ?? []].flat();
    if (types.includes('integer')) found.push([name, resolved]);
    for (const [key, child] of Object.entries(resolved.properties ?? {})) integersIn(child, key, found);
    if (resolved.items) integersIn(resolved.items, name, found);
    for (const child of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])])
      integersIn(child, name, found);
    return found;
  }

  it('documents the standard errors for every operation', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const { path, method, operation } of operations) {
      const statuses = Object.keys(operation.responses).map(Number);
      const expected = [400, 401, 403, 404, 500];
      if (method !== 'get') expected.push(409, 413, 415);
      if (path.includes('{')) expected.push(414);
      expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(expected));
    }
  });

  it('bounds every integer an operation takes by the column it is stored in', () => {
    for (const { path, method, operation } of operations) {
      const body = operation.requestBody?.content['application/json']?.schema;
      const integers = [
        ...(body ? integersIn(body, 'body') : []),
        ...(operation.parameters ?? []).flatMap((p) => integersIn(p.schema, `${p.in}.${p.name}`)),
      ];
      for (const [name, schema] of integers) {
        const where = `${method} ${path} ${name}`;
        expect(schema.minimum, where).toBeGreaterThanOrEqual(0);
        if (WIDER.has(name)) continue;
        expect(schema.maximum, where).toBeLessThanOrEqual(name.endsWith('Pence') ? PENCE_MAX : INT4_MAX);
      }
    }
  });

  it('refuses one more than the largest value of each integer with 400 naming the field', async () => {
    const api = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'administrator', organisationId: null },
    ]);
    let tried = 0;
    for (const { path, method, operation } of operations) {
      const url = path.replace(/\{([^}]+)\}/g, (_match, name: string) => sampleParameter(operation, name));
      const body = operation.requestBody?.content['application/json']?.schema;
      const fields = body ? Object.entries(resolve(body).properties ?? {}) : [];
      for (const [field, schema] of fields) {
        const { maximum, type } = resolve(schema);
        if (type !== 'integer' || maximum === undefined) continue;
        const response = await t.app.inject({
          method: method.toUpperCase() as 'POST',
          url,
          headers: { authorization: `Bearer ${api.token}` },
          payload: { [field]: maximum + 1 },
        });
        expect(response.statusCode, `${method} ${path} ${field}`).toBe(400);
        expect(response.json().error.details, `${method} ${path} ${field}`).toContainEqual({
          field,
          message: expect.any(String),
        });
        tried += 1;
      }
      for (const parameter of operation.parameters ?? []) {
        const { maximum, type } = resolve(parameter.schema);
        if (parameter.in !== 'query' || type !== 'integer' || maximum === undefined) continue;
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url: `${url}?${parameter.name}=${maximum + 1}`,
          headers: { authorization: `Bearer ${api.token}` },
        });
        expect(response.statusCode, `${method} ${path} ?${parameter.name}`).toBe(400);
        expect(response.json().error.details[0].field).toBe(parameter.name);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(15);
  });
});
