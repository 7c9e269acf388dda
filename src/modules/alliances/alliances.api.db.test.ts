import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { loadDemoOrganisations } from '../../demo/demo-organisations.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { alliances } from './alliances.tables.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;

describe('alliances API', () => {
  let t: TestApp;
  let ids: ReadonlyMap<string, string>;
  let team: Client;
  let viewer: Client;
  const id = (name: string) => ids.get(name) as string;
  const forces = () => [id('Devon & Cornwall Police'), id('Dorset Police')];

  const body = () => ({
    name: 'Strategic alliance by API',
    shortName: 'API alliance',
    status: 'active',
    formedOn: '2015-03-31',
    savingsTargetPence: 1_200_000_000,
    savingsTargetYear: '2017/18',
    members: forces(),
  });

  async function counts() {
    const [a] = await t.database.db.select({ n: count() }).from(alliances);
    const [e] = await t.database.db.select({ n: count() }).from(auditEvents);
    return [a?.n, e?.n];
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await loadDemoOrganisations(t.database.db, {
      actor: { userId: null, label: 'Test' },
      requestId: 'test',
      action: 'demo.loaded',
      now: t.clock.now(),
    });
    team = await apiClientFor(t.app, t.database, t.clock, [{ role: 'programme_team', organisationId: null }]);
    viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('adds, reads, lists and changes an alliance', async () => {
    const created = await team.post('/api/v1/alliances', body());
    expect(created.statusCode).toBe(201);
    const alliance = created.json();
    expect(alliance).toMatchObject({
      name: 'Strategic alliance by API',
      status: 'active',
      savingsTargetPence: 1_200_000_000,
      savingsTargetYear: 2017,
      version: 1,
    });
    expect(alliance.members.map((m: { kind: string }) => m.kind)).toEqual(['police_force', 'police_force']);

    const read = await viewer.get(`/api/v1/alliances/${alliance.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().members).toHaveLength(2);

    const list = await viewer.get('/api/v1/alliances');
    expect(list.json().alliances).toContainEqual(
      expect.objectContaining({ id: alliance.id, memberCount: 2, status: 'active' }),
    );

    const changed = await team.put(`/api/v1/alliances/${alliance.id}`, {
      ...body(),
      savingsTargetPence: null,
      savingsTargetYear: null,
      members: [...forces(), id('Office of the Police and Crime Commissioner for Dorset')],
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, savingsTargetPence: null });
    expect(changed.json().members).toHaveLength(3);
    expect(changed.json().members[2].joinedOn).toBe('2016-03-15');
  });

  it('refuses a stale change with 409 and keeps the first', async () => {
    const alliance = (await team.post('/api/v1/alliances', { ...body(), name: 'Race' })).json();
    const first = await team.put(`/api/v1/alliances/${alliance.id}`, {
      ...body(),
      name: 'Race',
      shortName: 'First',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const second = await team.put(`/api/v1/alliances/${alliance.id}`, {
      ...body(),
      name: 'Race',
      shortName: 'Second',
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'Race was changed by someone else while you were editing. Your changes have not been saved.',
        details: [],
      },
    });
    expect((await viewer.get(`/api/v1/alliances/${alliance.id}`)).json().shortName).toBe('First');
  });

  it.each([
    ['one member', { members: ['Dorset Police'] }, 'members', 'Select two or more organisations'],
    [
      'an unknown member',
      { members: ['Dorset Police', crypto.randomUUID()] },
      'members',
      'Select organisations from the list',
    ],
    [
      'a negative target',
      { savingsTargetPence: -1 },
      'savingsTargetPence',
      'The savings target must not be negative',
    ],
    [
      'a due year before forming',
      { savingsTargetYear: 2013 },
      'savingsTargetYear',
      'The year the savings are due must be 2014/15 (when the alliance was formed) or later',
    ],
    [
      'a target without a year',
      { savingsTargetYear: null },
      'savingsTargetYear',
      'Enter the year the savings are due',
    ],
    [
      'an impossible date',
      { formedOn: '2015-02-30' },
      'formedOn',
      'The date the alliance was formed must be a real date, like 2016-03-31',
    ],
    ['no name', { name: '' }, 'name', 'Enter the name'],
  ])('refuses %s with 400 and the error shape, saving nothing', async (_case, change, field, message) => {
    const before = await counts();
    const members = (change as { members?: string[] }).members?.map((name) => ids.get(name) ?? name);
    const response = await team.post('/api/v1/alliances', {
      ...body(),
      name: `Bad ${crypto.randomUUID()}`,
      ...change,
      ...(members ? { members } : {}),
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.details).toContainEqual({ field, message });
    expect(await counts()).toEqual(before);
  });

  it('adds and removes members, refusing to go below two', async () => {
    const alliance = (await team.post('/api/v1/alliances', { ...body(), name: 'Members' })).json();
    const pcc = id('Office of the Police and Crime Commissioner for Dorset');
    const added = await team.post(`/api/v1/alliances/${alliance.id}/members`, {
      organisationId: pcc,
      version: 1,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().members).toHaveLength(3);
    const removed = await team.delete(`/api/v1/alliances/${alliance.id}/members/${pcc}?version=2`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ version: 3 });
    const tooFew = await team.delete(
      `/api/v1/alliances/${alliance.id}/members/${id('Dorset Police')}?version=3`,
    );
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().error.details).toEqual([
      { field: 'members', message: 'An alliance must keep two or more organisations' },
    ]);
    const stale = await team.post(`/api/v1/alliances/${alliance.id}/members`, {
      organisationId: pcc,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('moves status only along the allowed path and records when it ended', async () => {
    const alliance = (
      await team.post('/api/v1/alliances', { ...body(), name: 'Ending', status: 'proposed' })
    ).json();
    const refused = await team.post(`/api/v1/alliances/${alliance.id}/status`, {
      status: 'ending',
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toBe(
      'A proposed alliance can only move to active or ended',
    );
    const active = await team.post(`/api/v1/alliances/${alliance.id}/status`, {
      status: 'active',
      version: 1,
    });
    expect(active.json()).toMatchObject({ status: 'active', version: 2, endedOn: null });
    const ending = await team.post(`/api/v1/alliances/${alliance.id}/status`, {
      status: 'ending',
      version: 2,
      reason: 'Notice given',
    });
    expect(ending.statusCode).toBe(200);
    const ended = await team.post(`/api/v1/alliances/${alliance.id}/status`, { status: 'ended', version: 3 });
    expect(ended.json()).toMatchObject({ status: 'ended', endedOn: '2016-03-15' });
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expect((await viewer.get(`/api/v1/alliances/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/v1/alliances/nope')).statusCode).toBe(404);
    const put = await team.put(`/api/v1/alliances/${crypto.randomUUID()}`, { ...body(), version: 1 });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.code).toBe('not_found');
  });

  it('lets a viewer read but not change', async () => {
    const before = await counts();
    const response = await viewer.post('/api/v1/alliances', body());
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await counts()).toEqual(before);
  });

  it('describes its routes in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/alliances',
        '/api/v1/alliances/{id}',
        '/api/v1/alliances/{id}/members',
        '/api/v1/alliances/{id}/members/{organisationId}',
        '/api/v1/alliances/{id}/status',
        '/api/v1/alliances/{id}/numbers',
      ]),
    );
  });
});
