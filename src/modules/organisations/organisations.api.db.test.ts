import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { auditEventsFor, savedState } from './organisations-testing.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;

const DORSET = {
  kind: 'police_force',
  name: 'Dorset Police',
  shortName: 'Dorset',
  region: 'South West',
  population: 750000,
  populationYear: 2015,
};

describe('organisations API', () => {
  let t: TestApp;
  let admin: Client;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await apiClientFor(t.app, t.database, t.clock, [{ role: 'administrator', organisationId: null }]);
    const created = await admin.post('/api/v1/organisations', DORSET);
    expect(created.statusCode).toBe(201);
    id = created.json().id;
  });
  afterAll(() => t.close());

  it('adds, lists and reads an organisation', async () => {
    const list = await admin.get('/api/v1/organisations?kind=police_force');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id, name: 'Dorset Police', kindLabel: 'Police force', version: 1 }),
    ]);
    expect((await admin.get('/api/v1/organisations?kind=policing_body')).json().items).toEqual([]);
    const one = await admin.get(`/api/v1/organisations/${id}`);
    expect(one.json()).toMatchObject({ ...DORSET, notes: null, officeHolders: [], budgets: [] });
  });

  it('changes an organisation with its version and refuses a stale version with 409', async () => {
    const changed = await admin.put(`/api/v1/organisations/${id}`, {
      ...DORSET,
      region: 'Wessex',
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ region: 'Wessex', version: 2 });
    const before = await savedState(t.database.db);
    const stale = await admin.put(`/api/v1/organisations/${id}`, { ...DORSET, region: 'Mercia', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict' });
    expect(stale.json().error.message).toMatch(/changed by someone else/);
    expect(await savedState(t.database.db)).toEqual(before);
    expect((await admin.get(`/api/v1/organisations/${id}`)).json().region).toBe('Wessex');
  });

  it('records an office holder and refuses an overlapping one', async () => {
    const added = await admin.post(`/api/v1/organisations/${id}/office-holders`, {
      office: 'chief_constable',
      holderName: 'Debbie Simpson',
      startDate: '2013-12-01',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      corporationSole: true,
      officeLabel: 'Chief constable',
      endDate: null,
    });
    const clash = await admin.post(`/api/v1/organisations/${id}/office-holders`, {
      office: 'chief_constable',
      holderName: 'Someone Else',
      startDate: '2015-01-01',
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.details).toEqual([
      { field: 'startDate', message: expect.stringMatching(/must not overlap/) },
    ]);
  });

  it('sets a budget in pence or as money, for a year written like 2015-16', async () => {
    const inPence = await admin.put(`/api/v1/organisations/${id}/budgets/2015-16`, {
      netRevenueBudgetPence: 11_000_000_000,
      source: 'HMIC',
    });
    expect(inPence.statusCode).toBe(200);
    expect(inPence.json()).toEqual({
      organisationId: id,
      financialYear: 2015,
      financialYearLabel: '2015/16',
      netRevenueBudgetPence: 11_000_000_000,
      source: 'HMIC',
    });
    const asMoney = await admin.put(`/api/v1/organisations/${id}/budgets/2016-17`, {
      netRevenueBudget: '£1,234.56',
    });
    expect(asMoney.json().netRevenueBudgetPence).toBe(123_456);
    const budgets = (await admin.get(`/api/v1/organisations/${id}`)).json().budgets;
    expect(budgets.map((b: { financialYearLabel: string }) => b.financialYearLabel)).toEqual([
      '2015/16',
      '2016/17',
    ]);
    const events = await auditEventsFor(t.database.db, id);
    expect(events.at(-1)?.actorLabel).toMatch(/\(API\)$/);
  });

  const badRequests: [string, () => Promise<{ statusCode: number; json(): unknown }>, string, string][] = [
    [
      'a missing name',
      () => admin.post('/api/v1/organisations', { ...DORSET, name: '' }),
      'name',
      'Enter the name of the organisation',
    ],
    [
      'a duplicate name',
      () => admin.post('/api/v1/organisations', { ...DORSET, name: 'DORSET POLICE' }),
      'name',
      'An organisation with this name already exists',
    ],
    [
      'a bad kind',
      () => admin.post('/api/v1/organisations', { ...DORSET, name: 'X', kind: 'navy' }),
      'kind',
      'Select the kind of organisation',
    ],
    [
      'a population that is not a number',
      () => admin.post('/api/v1/organisations', { ...DORSET, name: 'X', population: 'many' }),
      'population',
      'The population must be a whole number, like 750000',
    ],
    [
      'a budget of "abc"',
      () => admin.put(`/api/v1/organisations/${id}/budgets/2017-18`, { netRevenueBudget: 'abc' }),
      'netRevenueBudget',
      'The net revenue budget must be an amount of money, like £1,234.56',
    ],
    [
      'a negative budget',
      () => admin.put(`/api/v1/organisations/${id}/budgets/2017-18`, { netRevenueBudgetPence: -1 }),
      'netRevenueBudgetPence',
      'The net revenue budget must not be negative',
    ],
    [
      'no budget at all',
      () => admin.put(`/api/v1/organisations/${id}/budgets/2017-18`, { source: 'x' }),
      'netRevenueBudgetPence',
      'Enter the net revenue budget once: in pence (netRevenueBudgetPence) or as money (netRevenueBudget)',
    ],
    [
      'a year like 2015-17',
      () => admin.put(`/api/v1/organisations/${id}/budgets/2015-17`, { netRevenueBudgetPence: 1 }),
      'financialYear',
      'The year must be a financial year, like 2015/16',
    ],
    [
      'an impossible date',
      () =>
        admin.post(`/api/v1/organisations/${id}/office-holders`, {
          office: 'deputy_chief_constable',
          holderName: 'A',
          startDate: '2016-02-31',
        }),
      'startDate',
      'The start date must be a real date, like 2016-03-31',
    ],
    [
      'an end before the start',
      () =>
        admin.post(`/api/v1/organisations/${id}/office-holders`, {
          office: 'deputy_chief_constable',
          holderName: 'A',
          startDate: '2016-03-01',
          endDate: '2016-02-01',
        }),
      'endDate',
      'End date must be the same as or after the start date',
    ],
  ];

  it.each(badRequests)(
    'refuses %s with 400 and the error shape, saving nothing',
    async (_name, send, field, message) => {
      const before = await savedState(t.database.db);
      const response = await send();
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: 'validation_failed',
          message: expect.any(String),
          details: expect.arrayContaining([{ field, message }]),
        },
      });
      expect(await savedState(t.database.db)).toEqual(before);
    },
  );

  it.each([
    ['GET an unknown id', () => admin.get('/api/v1/organisations/00000000-0000-4000-8000-000000000000')],
    ['GET a malformed id', () => admin.get('/api/v1/organisations/dorset')],
    ['PUT a malformed id', () => admin.put('/api/v1/organisations/dorset', { ...DORSET, version: 1 })],
    [
      'a budget of an unknown id',
      () =>
        admin.put('/api/v1/organisations/00000000-0000-4000-8000-000000000000/budgets/2015-16', {
          netRevenueBudgetPence: 1,
        }),
    ],
  ])('answers 404 to %s', async (_name, send) => {
    const response = await send();
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('refuses a viewer with 403', async () => {
    const viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    expect((await viewer.get('/api/v1/organisations')).statusCode).toBe(200);
    const response = await viewer.post('/api/v1/organisations', { ...DORSET, name: 'Wiltshire Police' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('describes its endpoints in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/organisations',
        '/api/v1/organisations/{id}',
        '/api/v1/organisations/{id}/office-holders',
        '/api/v1/organisations/{id}/budgets/{financialYear}',
      ]),
    );
    expect(document.components.schemas).toHaveProperty('OrganisationDetail');
  });
});
