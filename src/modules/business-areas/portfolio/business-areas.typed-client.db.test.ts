import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { typedApiClient } from '../../../platform/testing/typed-api-client.ts';
import { setUpPortfolio } from './business-areas.testing.ts';

describe('business areas through a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof setUpPortfolio>>;
  let api: ReturnType<typeof typedApiClient>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await setUpPortfolio(t);
    const team = await apiClientFor(t.app, t.database, t.clock, [
      { role: 'programme_team', organisationId: null },
    ]);
    api = typedApiClient(t.app, team.token);
  });
  afterAll(() => t.close());

  it('adds, lists, reads and changes a business area', async () => {
    const path = { allianceId: ids.allianceId };
    const created = await api.POST('/api/v1/alliances/{allianceId}/business-areas', {
      params: { path },
      body: { name: 'ICT', functionGroup: 'support', inScope: true, hostOrganisationId: ids.devonId },
    });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    const id = created.data!.id;

    const listed = await api.GET('/api/v1/alliances/{allianceId}/business-areas', {
      params: { path, query: { stage: 'scoping' } },
    });
    expect(listed.data?.items.map((area) => area.name)).toEqual(['ICT']);

    const read = await api.GET('/api/v1/business-areas/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ name: 'ICT', stage: 'scoping', hostName: 'Devon & Cornwall Police' });

    const changed = await api.PUT('/api/v1/business-areas/{id}', {
      params: { path: { id } },
      body: { name: 'ICT and digital', functionGroup: 'support', inScope: true, version: read.data!.version },
    });
    expect(changed.data).toMatchObject({ name: 'ICT and digital', version: read.data!.version + 1 });
    expect((await api.GET('/api/v1/business-areas/{id}', { params: { path: { id } } })).data?.name).toBe(
      'ICT and digital',
    );
  });

  it('gives the API’s error body, typed, when a change is refused', async () => {
    const refused = await api.PUT('/api/v1/business-areas/{id}', {
      params: { path: { id: crypto.randomUUID() } },
      body: { name: 'Nothing', functionGroup: 'support', inScope: true, version: 1 },
    });
    expect(refused.response.status).toBe(404);
    expect(refused.error?.error.code).toBe('not_found');
  });
});
