import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from './platform/testing/test-app.ts';
import { apiClientFor } from './platform/testing/api-client.ts';
import { savedState } from './modules/organisations/organisations-testing.ts';
import { organisations } from './modules/organisations/organisations.tables.ts';
import { verifyAuditChain } from './modules/audit/audit.service.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;
type Schema = Record<string, unknown>;

const BAD_TEXT = { NUL: 'a\u0000b', 'lone surrogate': 'a\ud800b' } as const;

/** Every string a request body's schema holds, as the path to it (array items at index 0). */
function stringPaths(
  schema: Schema,
  document: Schema,
  path: (string | number)[] = [],
  depth = 0,
): (string | number)[][] {
  if (depth > 8) return [];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], document);
    return stringPaths((target ?? {}) as Schema, document, path, depth + 1);
  }
  const alternatives = [schema.anyOf, schema.oneOf, schema.allOf].flatMap((list) =>
    Array.isArray(list) ? (list as Schema[]) : [],
  );
  const found = alternatives.flatMap((alt) => stringPaths(alt, document, path, depth + 1));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') && schema.format !== 'binary') found.push(path);
  if (schema.items) found.push(...stringPaths(schema.items as Schema, document, [...path, 0], depth + 1));
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, property] of Object.entries(properties)) {
    found.push(...stringPaths(property, document, [...path, name], depth + 1));
  }
  const unique = new Map(found.map((p) => [p.join('.'), p]));
  return [...unique.values()];
}

/** A body holding only the bad value at this path: the edge refuses it before any schema looks. */
function bodyWith(path: readonly (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [bodyWith(rest, value)];
  return { [head as string]: bodyWith(rest, value) };
}

interface Operation {
  readonly method: string;
  readonly url: string;
  readonly bodyStrings: (string | number)[][];
  readonly queryStrings: string[];
  readonly contentType: string;
}

function operationsOf(document: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(
    document.paths as Record<string, Record<string, Schema>>,
  )) {
    for (const [method, operation] of Object.entries(methods)) {
      const url = template.replace(/\{[^}]+\}/g, () => randomUUID());
      const content = (operation.requestBody as Schema | undefined)?.content as
        Record<string, Schema> | undefined;
      const json = content?.['application/json']?.schema as Schema | undefined;
      const parameters = (operation.parameters ?? []) as Schema[];
      const queryStrings = parameters
        .filter((p) => p.in === 'query' && stringPaths(p.schema as Schema, document).length > 0)
        .map((p) => String(p.name));
      operations.push({
        method: method.toUpperCase(),
        url,
        bodyStrings: json ? stringPaths(json, document) : [],
        queryStrings,
        contentType: Object.keys(content ?? {})[0] ?? 'application/json',
      });
    }
  }
  return operations;
}

describe('text is checked at the edge of the API', () => {
  let t: TestApp;
  let admin: Client;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await apiClientFor(t.app, t.database, t.clock, [{ role: 'administrator', organisationId: null }]);
    operations = operationsOf((await admin.get('/api/v1/openapi.json')).json());
  });
  afterAll(() => t.close());

  it('refuses a lone surrogate in an organisation’s name, naming it, saving nothing, chain intact', async () => {
    const before = await savedState(t.database.db);
    const response = await admin.post('/api/v1/organisations', {
      kind: 'other',
      name: 'Lone \ud800 surrogate',
      shortName: 'lone',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'name', message: expect.stringContaining('not valid text') }],
    });
    expect(await savedState(t.database.db)).toEqual(before);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true, problems: [] });
  });

  it('stores text in NFC: an e with a combining accent is stored as é', async () => {
    const response = await admin.post('/api/v1/organisations', {
      kind: 'other',
      name: 'Cafe\u0301 Constabulary',
      shortName: 'Cafe\u0301',
    });
    expect(response.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, response.json().id));
    expect(row?.name).toBe('Caf\u00e9 Constabulary');
    expect(row?.shortName).toBe('Caf\u00e9');
  });

  it('allows line breaks in a multi-line field and refuses them in a one-line field', async () => {
    const multiLine = await admin.post('/api/v1/organisations', {
      kind: 'other',
      name: 'Notes Police',
      shortName: 'Notes',
      notes: 'First line\r\nSecond line\twith a tab',
    });
    expect(multiLine.statusCode).toBe(201);
    const oneLine = await admin.post('/api/v1/organisations', {
      kind: 'other',
      name: 'Two\nLines',
      shortName: 'Two',
    });
    expect(oneLine.statusCode).toBe(400);
    expect(oneLine.json().error.details).toEqual([
      { field: 'name', message: expect.stringContaining('one line') },
    ]);
  });

  it('finds request bodies with text to try', () => {
    const withText = operations.filter((op) => op.bodyStrings.length > 0);
    expect(withText.length).toBeGreaterThan(30);
    expect(withText.flatMap((op) => op.bodyStrings).length).toBeGreaterThan(100);
  });

  for (const [kind, bad] of Object.entries(BAD_TEXT)) {
    it(`refuses a ${kind} in every string field of every request body with 400 naming it`, async () => {
      const failures: string[] = [];
      for (const op of operations) {
        for (const path of op.bodyStrings) {
          const response = await t.app.inject({
            method: op.method as 'POST',
            url: op.url,
            headers: { authorization: `Bearer ${admin.token}` },
            payload: bodyWith(path, bad) as Record<string, unknown>,
          });
          const field = path.map(String).join('.');
          const fields =
            response.statusCode === 400
              ? response.json().error.details.map((d: { field: string }) => d.field)
              : [];
          if (!fields.includes(field))
            failures.push(`${op.method} ${op.url} ${field}: ${response.statusCode}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('refuses a NUL in every string query parameter and in a path parameter', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      for (const name of op.queryStrings) {
        const response = await t.app.inject({
          method: op.method as 'GET',
          url: `${op.url}?${name}=a%00b`,
          headers: { authorization: `Bearer ${admin.token}`, 'content-type': op.contentType },
          ...(op.method === 'GET' ? {} : { payload: op.contentType === 'application/json' ? '{}' : 'x' }),
        });
        const details = response.statusCode === 400 ? response.json().error.details : [];
        if (!details.some((d: { field: string }) => d.field === name)) {
          failures.push(`${op.method} ${op.url}?${name}: ${response.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
    const path = await admin.get('/api/v1/organisations/a%00b');
    expect(path.statusCode).toBe(400);
    expect(path.json().error.details).toEqual([{ field: 'id', message: expect.any(String) }]);
  });
});
