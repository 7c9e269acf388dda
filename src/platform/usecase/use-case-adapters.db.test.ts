import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { typedValues } from '../http/forms.ts';
import { apiClientFor } from '../testing/api-client.ts';
import { createTestApp, errorSummary, type TestApp, type TestSession } from '../testing/test-app.ts';
import { money } from '../validation.ts';
import { apiRoute, NO_PART } from './api-route.ts';
import { pageRoute } from './page-route.ts';
import { defineUseCase } from './use-case.ts';

const LIMIT = 1_000_000;
const AREA = '7b0c3f5e-2f4a-4a44-9d3e-0b8f2c1d9e11';

/** A toy use case whose rule names a nested domain field, as the finance baselines do. */
const setToyBaselines = defineUseCase({
  name: 'Set toy baselines',
  operationId: 'setToyBaselines',
  summary: 'Set the baselines of a toy area',
  tags: ['Toys'],
  input: z.object({
    areaId: z.uuid(),
    baselines: z.array(z.object({ budgetPence: z.number().int().min(0) })).max(2),
  }),
  access: { anyOf: ['finance'] },
  scope: 'unscoped-only',
  audit: 'toy.baselines-set',
  run: async (input) => {
    const index = input.baselines.findIndex((baseline) => baseline.budgetPence > LIMIT);
    if (index >= 0) {
      throw new ValidationError([
        { field: `baselines.${index}.budgetPence`, message: 'A baseline must be £10,000 or less' },
      ]);
    }
    return { areaId: input.areaId, totalPence: input.baselines.reduce((sum, b) => sum + b.budgetPence, 0) };
  },
});

const toyForm = z.object({
  'baselines-0-budget': money('the 2015/16 budget'),
  'baselines-1-budget': money('the 2016/17 budget'),
});
const PAGE = `/toy-areas/${AREA}/baselines`;
const API = `/api/v1/toy-areas/${AREA}/baselines`;

describe('use case adapters', () => {
  let t: TestApp;
  let finance: TestSession;

  beforeAll(async () => {
    t = await createTestApp({
      extraRoutes: (app, deps) => {
        pageRoute(app, deps, setToyBaselines, {
          url: '/toy-areas/:id/baselines',
          form: toyForm,
          values: typedValues,
          fields: { 'baselines.*.budgetPence': 'baselines-*-budget' },
          toInput: (form, { params }) => ({
            areaId: params['id'] ?? '',
            baselines: [
              { budgetPence: form['baselines-0-budget'] },
              { budgetPence: form['baselines-1-budget'] },
            ],
          }),
          view: async ({ values }) => ({
            template: 'layout.njk',
            data: { pageTitle: `Typed ${values['baselines-1-budget'] ?? ''}` },
          }),
          redirect: (saved) => `/toy-areas/${saved.areaId}`,
        });
        apiRoute(app, deps, setToyBaselines, {
          method: 'PUT',
          url: '/api/v1/toy-areas/:id/baselines',
          params: z.object({ id: z.string().max(100) }),
          body: z.object({ baselines: z.array(z.object({ budgetPence: z.number() })) }),
          query: NO_PART,
          toInput: ({ params, body }) => ({ areaId: params.id, baselines: body.baselines }),
          response: {
            status: 200,
            schema: z.object({ totalPence: z.number() }),
            send: (saved) => ({ totalPence: saved.totalPence }),
          },
        });
      },
    });
    finance = await t.signIn([{ role: 'finance', organisationId: null }]);
  });
  afterAll(() => t.close());

  const post = (first: string, second: string) =>
    finance.submit(PAGE, { 'baselines-0-budget': first, 'baselines-1-budget': second }, '/');

  it('brings the form back with the domain error linked to the form field, and what was typed', async () => {
    const response = await post('£100', '£20,000');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#baselines-1-budget"');
    expect(errorSummary(response.body)).toEqual(['A baseline must be £10,000 or less']);
    expect(response.body).toContain('Typed £20,000');
  });

  it('links a form error to its own field, and redirects once the use case has run', async () => {
    const refused = await post('', '£1');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#baselines-0-budget"');
    expect(errorSummary(refused.body)).toEqual(['Enter the 2015/16 budget']);
    const saved = await post('£1', '£2');
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/toy-areas/${AREA}`);
  });

  it('answers the API with the domain error at the dotted path, and the body error in the same shape', async () => {
    const client = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'finance', organisationId: null },
    ]);
    const tooMuch = await client.put(API, { baselines: [{ budgetPence: 1 }, { budgetPence: LIMIT + 1 }] });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'A baseline must be £10,000 or less',
        details: [{ field: 'baselines.1.budgetPence', message: 'A baseline must be £10,000 or less' }],
      },
    });
    const garbled = await client.put(API, { baselines: [{ budgetPence: 'lots' }] });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'The request is not valid',
      details: [{ field: 'baselines.0.budgetPence' }],
    });
    const fine = await client.put(API, { baselines: [{ budgetPence: 1 }, { budgetPence: 2 }] });
    expect(fine.json()).toEqual({ totalPence: 3 });
  });

  it('refuses a role the use case does not name', async () => {
    const viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    expect((await viewer.put(API, { baselines: [] })).statusCode).toBe(403);
  });

  it('declares the use case’s access, scope and audit on both routes, and its operation in the OpenAPI document', async () => {
    const declared = t.app.routeDeclarations.filter((route) => route.url.includes('/toy-areas/'));
    expect(declared.map(({ method, access, scope, audit }) => ({ method, access, scope, audit }))).toEqual([
      { method: 'POST', access: { anyOf: ['finance'] }, scope: 'unscoped-only', audit: 'toy.baselines-set' },
      { method: 'PUT', access: { anyOf: ['finance'] }, scope: 'unscoped-only', audit: 'toy.baselines-set' },
    ]);
    const document = (await t.app.inject('/api/v1/openapi.json')).json();
    const operation = document.paths['/api/v1/toy-areas/{id}/baselines'].put;
    expect(operation).toMatchObject({
      operationId: 'setToyBaselines',
      summary: 'Set the baselines of a toy area',
      tags: ['Toys'],
    });
    expect(operation.requestBody.content['application/json'].schema.properties).toHaveProperty('baselines');
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '403', '409']));
  });
});
