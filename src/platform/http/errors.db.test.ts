import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestSession } from '../testing/test-app.ts';
import { apiClientFor } from '../testing/api-client.ts';

type Api = Awaited<ReturnType<typeof apiClientFor>>;
interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
}

const LONG = 'a'.repeat(101);

function expectErrorShape(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { error: { code: string; message: string; details: unknown[] } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toEqual({ code, message: expect.any(String), details: expect.any(Array) });
  expect(body.error.message).not.toMatch(/FST_|Error:/);
}

describe('errors the framework raises', () => {
  let t: TestApp;
  let api: Api;
  let page: TestSession;
  let openapi: OpenApi;
  const documented = (path: string, method: string) =>
    Object.keys(openapi.paths[path]?.[method]?.responses ?? {}).map(Number);
  const raw = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: string, type?: string) =>
    t.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload }),
      headers: { authorization: `Bearer ${api.token}`, ...(type ? { 'content-type': type } : {}) },
    });

  beforeAll(async () => {
    t = await createTestApp();
    api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'administrator', organisationId: null }]);
    page = await t.signIn([{ role: 'administrator', organisationId: null }]);
    openapi = (await api.get('/api/v1/openapi.json')).json() as OpenApi;
  });
  afterAll(() => t.close());

  it('answers a path parameter over 100 characters with 414 in the API shape, and a page', async () => {
    expectErrorShape(await api.get(`/api/v1/alliances/${LONG}`), 414, 'uri_too_long');
    expect(documented('/api/v1/alliances/{id}', 'get')).toContain(414);
    expect((await api.get(`/api/v1/alliances/${'a'.repeat(100)}`)).statusCode).toBe(404);
    const html = await page.get(`/alliances/${LONG}`);
    expect(html.statusCode).toBe(414);
    expect(html.body).toContain('The web address is too long');
    expect(html.body).toContain('govuk-heading-l');
  });

  it('answers a body that is not JSON with 415, and a body too large with 413', async () => {
    expectErrorShape(
      await raw('POST', '/api/v1/alliances', '<name>x</name>', 'application/xml'),
      415,
      'unsupported_media_type',
    );
    expectErrorShape(
      await raw('POST', '/api/v1/alliances', 'name=x', 'text/plain'),
      415,
      'unsupported_media_type',
    );
    const huge = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
    expectErrorShape(await raw('POST', '/api/v1/alliances', huge, 'application/json'), 413, 'too_large');
    expect(documented('/api/v1/alliances', 'post')).toEqual(expect.arrayContaining([413, 415]));
  });

  it('answers a form too large or of an unknown type with a GOV.UK error page', async () => {
    const tooLarge = await page.postForm('/organisations', { name: 'x'.repeat(300 * 1024) });
    expect(tooLarge.statusCode, tooLarge.body.slice(0, 3000)).toBe(413);
    expect(tooLarge.body).toContain('The file or form is too large');
    const unknownType = await page.postRaw('/organisations', '<name>x</name>', 'application/xml');
    expect(unknownType.statusCode).toBe(415);
    expect(unknownType.headers['content-type']).toMatch(/^text\/html/);
    expect(unknownType.body).toContain('The form could not be read');
  });

  it('answers malformed JSON and an undecodable address with 400', async () => {
    expectErrorShape(
      await raw('POST', '/api/v1/alliances', '{"name":', 'application/json'),
      400,
      'bad_request',
    );
    expectErrorShape(await raw('GET', '/api/v1/alliances/%E0%A4%A'), 400, 'bad_request');
    const html = await page.get('/alliances/%E0%A4%A');
    expect(html.statusCode).toBe(400);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('The request could not be read');
  });

  it('answers an unknown address, and a method an address does not take, with 404', async () => {
    expectErrorShape(await api.get('/api/v1/no-such-thing'), 404, 'not_found');
    expectErrorShape(await raw('DELETE', '/api/v1/alliances'), 404, 'not_found');
    expect(openapi.paths['/api/v1/alliances']?.['delete']).toBeUndefined();
  });
});
