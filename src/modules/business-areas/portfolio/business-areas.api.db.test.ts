import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { savedState, setUpPortfolio } from './business-areas.testing.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;

describe('business areas API', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof setUpPortfolio>>;
  let team: Client;
  let viewer: Client;
  const portfolio = () => `/api/v1/alliances/${ids.allianceId}/business-areas`;

  const body = (fields: Record<string, unknown> = {}) => ({
    name: 'ICT',
    functionGroup: 'support',
    inScope: true,
    exclusionReason: null,
    hostOrganisationId: ids.devonId,
    seniorResponsibleOfficer: 'DCC',
    leadName: null,
    description: null,
    ...fields,
  });

  async function create(fields: Record<string, unknown> = {}) {
    const response = await team.post(portfolio(), body(fields));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function refused(call: Promise<{ statusCode: number; json(): unknown }>, status = 400) {
    const before = await savedState(t.database.db);
    const response = await call;
    expect(response.statusCode).toBe(status);
    expect(await savedState(t.database.db)).toEqual(before);
    return response.json() as {
      error: { code: string; message: string; details: { field: string; message: string }[] };
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await setUpPortfolio(t);
    team = await apiClientFor(t.app, t.database, t.clock, [{ role: 'programme_team', organisationId: null }]);
    viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('creates an area at scoping and reads it back with its stage and host', async () => {
    const created = await create();
    expect(created).toMatchObject({
      name: 'ICT',
      stage: 'scoping',
      stageLabel: 'Scoping and feasibility',
      hostName: 'Devon & Cornwall Police',
      confidence: null,
      version: 1,
      totals: { budgetPence: 0, officers: 0, staff: 0 },
    });
    expect(created.baselines).toHaveLength(2);
    const read = await viewer.get(`/api/v1/business-areas/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it.each([
    ['a missing name', { name: '' }, 'name', 'Enter the name of the business area'],
    [
      'an excluded area without a reason',
      { inScope: false },
      'exclusionReason',
      'Enter why the business area is excluded',
    ],
    [
      'a host outside the alliance',
      { hostOrganisationId: 'WILTSHIRE' },
      'hostOrganisationId',
      'Select a police force that is a member of the alliance as the host force',
    ],
    [
      'a function that does not exist',
      { functionGroup: 'tactical' },
      'functionGroup',
      'Select whether it is a support or an operational function',
    ],
  ])('refuses %s', async (_what, fields, field, message) => {
    const given: Record<string, unknown> = fields;
    const patched =
      given.hostOrganisationId === 'WILTSHIRE' ? { hostOrganisationId: ids.wiltshireId } : given;
    const answer = await refused(team.post(portfolio(), body({ name: 'Fleet', ...patched })));
    expect(answer.error.details).toContainEqual({ field, message });
  });

  it('refuses a duplicate name', async () => {
    await create({ name: 'Estates' });
    const answer = await refused(team.post(portfolio(), body({ name: 'estates' })));
    expect(answer.error.details).toEqual([
      { field: 'name', message: 'The alliance already has a business area with this name' },
    ]);
  });

  it('lists with filters by stage, host, confidence and scope, and refuses unknown values', async () => {
    const fleet = await create({ name: 'Fleet services', hostOrganisationId: ids.dorsetId });
    await create({
      name: 'Local investigation',
      inScope: false,
      exclusionReason: 'Stays local',
      hostOrganisationId: null,
    });
    const assessed = await team.put(`/api/v1/business-areas/${fleet.id}/confidence`, {
      version: 1,
      confidence: 'red',
      commentary: 'Contract late',
      assessedOn: '2016-03-01',
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.json()).toMatchObject({ confidence: 'red', confidenceLabel: 'Red', version: 2 });

    const all = (await viewer.get(portfolio())).json();
    expect(all.total).toBe(all.items.length);
    const names = (query: string) =>
      viewer.get(`${portfolio()}?${query}`).then((r) => r.json().items.map((a: { name: string }) => a.name));
    expect(await names(`host=${ids.dorsetId}`)).toEqual(['Fleet services']);
    expect(await names('confidence=red&confidence=amber')).toEqual(['Fleet services']);
    expect(await names('scope=excluded')).toEqual(['Local investigation']);
    expect(await names('host=none')).toEqual(['Local investigation']);
    expect(await names('stage=live')).toEqual([]);
    expect((await names('stage=scoping')).length).toBe(all.total);

    const bad = await viewer.get(`${portfolio()}?confidence=purple`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('confidence');
  });

  it('changes an area with its version and refuses a stale one with 409', async () => {
    const area = await create({ name: 'Legal services' });
    const changed = await team.put(
      `/api/v1/business-areas/${area.id}`,
      body({ name: 'Legal services', leadName: 'Head of Legal', version: 1 }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ leadName: 'Head of Legal', version: 2 });
    const stale = await refused(
      team.put(
        `/api/v1/business-areas/${area.id}`,
        body({ name: 'Legal services', leadName: 'Late', version: 1 }),
      ),
      409,
    );
    expect(stale.error.code).toBe('conflict');
  });

  describe('baselines', () => {
    it('replaces them and answers with totals', async () => {
      const area = await create({ name: 'Human resources' });
      const response = await team.put(`/api/v1/business-areas/${area.id}/baselines`, {
        version: 1,
        baselines: [
          { organisationId: ids.devonId, budgetPence: 123_456, officers: 2, staff: 30 },
          { organisationId: ids.dorsetId, budgetPence: 100, officers: 0, staff: 10 },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        version: 2,
        totals: { budgetPence: 123_556, officers: 2, staff: 40 },
      });
    });

    it.each([
      [
        'a negative budget',
        { budgetPence: -1 },
        'baselines.0.budgetPence',
        'The budget must not be negative',
      ],
      [
        'a budget that is not a number',
        { budgetPence: 'lots' },
        'baselines.0.budgetPence',
        'The budget must be a whole number of pence',
      ],
      [
        'a fractional budget',
        { budgetPence: 1.5 },
        'baselines.0.budgetPence',
        'The budget must be a whole number of pence',
      ],
      [
        'a fractional headcount',
        { officers: 2.5 },
        'baselines.0.officers',
        'The number of officers must be a whole number, like 750000',
      ],
      [
        'a negative headcount',
        { staff: -2 },
        'baselines.0.staff',
        'The number of staff must be between 0 and 100,000',
      ],
    ])('refuses %s', async (what, fields, field, message) => {
      const area = await create({ name: `HR with ${what}` });
      const answer = await refused(
        team.put(`/api/v1/business-areas/${area.id}/baselines`, {
          version: 1,
          baselines: [{ organisationId: ids.devonId, budgetPence: 1, officers: 1, staff: 1, ...fields }],
        }),
      );
      expect(answer.error.details).toContainEqual({ field, message });
    });

    it('refuses a force that is not a member, and a stale version', async () => {
      const area = await create({ name: 'Payroll' });
      const outsider = await refused(
        team.put(`/api/v1/business-areas/${area.id}/baselines`, {
          version: 1,
          baselines: [{ organisationId: ids.wiltshireId, budgetPence: 1, officers: 1, staff: 1 }],
        }),
      );
      expect(outsider.error.details[0]?.field).toBe('baselines.0.organisationId');
      await refused(
        team.put(`/api/v1/business-areas/${area.id}/baselines`, { version: 7, baselines: [] }),
        409,
      );
    });
  });

  it('refuses a bad confidence level', async () => {
    const area = await create({ name: 'Dogs' });
    const answer = await refused(
      team.put(`/api/v1/business-areas/${area.id}/confidence`, {
        version: 1,
        confidence: 'amber-ish',
        commentary: 'x',
        assessedOn: '2016-03-01',
      }),
    );
    expect(answer.error.details).toContainEqual({
      field: 'confidence',
      message: 'Select the delivery confidence',
    });
  });

  describe('case sections', () => {
    it('reads all five, saves one from version 0, and refuses a stale save', async () => {
      const area = await create({ name: 'Procurement' });
      const all = (await viewer.get(`/api/v1/business-areas/${area.id}/case`)).json();
      expect(all.sections.map((s: { section: string }) => s.section)).toEqual([
        'strategic',
        'economic',
        'commercial',
        'financial',
        'management',
      ]);
      const url = `/api/v1/business-areas/${area.id}/case/economic`;
      const saved = await team.put(url, {
        body: 'Options',
        owner: 'Analyst',
        status: 'completed',
        version: 0,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ title: 'Economic case', statusLabel: 'Completed', version: 1 });
      expect((await viewer.get(url)).json()).toMatchObject({ body: 'Options', owner: 'Analyst' });
      await refused(team.put(url, { body: 'Late', owner: null, status: 'in_progress', version: 0 }), 409);
    });

    it('refuses text too long, a bad status and an unknown section', async () => {
      const area = await create({ name: 'Information management' });
      const url = `/api/v1/business-areas/${area.id}/case/strategic`;
      const long = await refused(
        team.put(url, { body: 'x'.repeat(20_001), owner: null, status: 'in_progress', version: 0 }),
      );
      expect(long.error.details).toContainEqual({
        field: 'body',
        message: 'The text must be 20,000 characters or fewer',
      });
      await refused(team.put(url, { body: 'x', owner: null, status: 'done', version: 0 }));
      await refused(
        team.put(`/api/v1/business-areas/${area.id}/case/legal`, {
          body: 'x',
          owner: null,
          status: 'completed',
          version: 0,
        }),
        404,
      );
      expect((await viewer.get(`/api/v1/business-areas/${area.id}/case/legal`)).statusCode).toBe(404);
    });
  });

  it('answers 404 for unknown areas and alliances', async () => {
    expect((await viewer.get(`/api/v1/business-areas/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/v1/business-areas/nope')).statusCode).toBe(404);
    expect((await viewer.get(`/api/v1/alliances/${crypto.randomUUID()}/business-areas`)).statusCode).toBe(
      404,
    );
    expect((await viewer.get(`/api/v1/business-areas/${crypto.randomUUID()}/documents`)).statusCode).toBe(
      404,
    );
    await refused(
      team.post(`/api/v1/alliances/${crypto.randomUUID()}/business-areas`, body({ name: 'Lost' })),
      404,
    );
  });

  it('lets a viewer read but not change', async () => {
    const area = await create({ name: 'Corporate communications' });
    await refused(viewer.post(portfolio(), body({ name: 'By a viewer' })), 403);
    await refused(viewer.put(`/api/v1/business-areas/${area.id}`, body({ version: 1 })), 403);
    await refused(
      viewer.put(`/api/v1/business-areas/${area.id}/baselines`, { version: 1, baselines: [] }),
      403,
    );
    await refused(
      viewer.put(`/api/v1/business-areas/${area.id}/case/strategic`, {
        body: 'x',
        owner: null,
        status: 'completed',
        version: 0,
      }),
      403,
    );
  });

  it('describes every endpoint in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1/alliances/{allianceId}/business-areas',
      '/api/v1/business-areas/{id}',
      '/api/v1/business-areas/{id}/baselines',
      '/api/v1/business-areas/{id}/confidence',
      '/api/v1/business-areas/{id}/case',
      '/api/v1/business-areas/{id}/case/{section}',
      '/api/v1/business-areas/{id}/documents',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(document.paths['/api/v1/alliances/{allianceId}/business-areas'].post).toBeDefined();
    expect(document.paths['/api/v1/business-areas/{id}'].put).toBeDefined();
  });
});
