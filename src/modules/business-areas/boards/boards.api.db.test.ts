import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import {
  boardsState,
  createTestAlliance,
  insertAreas,
  insertDecision,
  loadAlliances,
  organisationIdOf,
} from './boards-testing.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;

describe('boards API', () => {
  let t: TestApp;
  let team: Client;
  let viewer: Client;
  let allianceId: string;
  let areaIds: string[];
  let otherAreaId: string;
  let boardIds: Record<string, string>;

  const base = () => `/api/v1/alliances/${allianceId}/boards`;

  beforeAll(async () => {
    t = await createTestApp();
    const { southWest } = await loadAlliances(t.database.db, t.clock.now());
    allianceId = await createTestAlliance(t.database.db, t.clock, 'API boards alliance');
    areaIds = await insertAreas(
      t.database.db,
      allianceId,
      [{ name: 'Fleet', stage: 'programme_team_review' }, { name: 'Estates' }],
      t.clock.now(),
    );
    [otherAreaId] = (await insertAreas(
      t.database.db,
      southWest,
      [{ name: 'Roads policing' }],
      t.clock.now(),
    )) as [string];
    team = await apiClientFor(t.app, t.database, t.clock, [{ role: 'programme_team', organisationId: null }]);
    viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('lists the three boards, set up once', async () => {
    const first = await viewer.get(base());
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.boards.map((board: { kind: string }) => board.kind)).toEqual([
      'programme_team',
      'programme_board',
      'executive_board',
    ]);
    boardIds = Object.fromEntries(
      body.boards.map((board: { kind: string; id: string }) => [board.kind, board.id]),
    );
    const again = (await viewer.get(base())).json();
    expect(again.boards.map((board: { id: string }) => board.id)).toEqual(Object.values(boardIds));
    expect((await viewer.get(`/api/v1/alliances/${crypto.randomUUID()}/boards`)).statusCode).toBe(404);
  });

  it('adds and removes members', async () => {
    const devon = await organisationIdOf(t.database.db, 'Devon & Cornwall Police');
    const url = `${base()}/${boardIds.executive_board}/members`;
    const added = await team.post(url, {
      name: 'Shaun Sawyer',
      roleTitle: 'Chief Constable',
      organisationId: devon,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      name: 'Shaun Sawyer',
      roleTitle: 'Chief Constable',
      organisationId: devon,
    });
    const listed = (await viewer.get(base())).json();
    expect(listed.boards[2].members).toHaveLength(1);

    const bad = await team.post(url, { name: '', roleTitle: 'Chief Constable' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'name', message: 'Enter the name' }]);

    expect((await viewer.post(url, { name: 'A', roleTitle: 'B' })).statusCode).toBe(403);
    const removed = await team.delete(`${url}/${added.json().id}`);
    expect(removed.statusCode).toBe(200);
    expect((await team.delete(`${url}/${added.json().id}`)).statusCode).toBe(404);
  });

  it('adds, reads and changes a meeting, refusing a stale version', async () => {
    const url = `${base()}/${boardIds.programme_board}/meetings`;
    const created = await team.post(url, {
      heldOn: '2016-04-07',
      location: 'Winfrith',
      agenda: [areaIds[0], areaIds[1]],
      papers: null,
      minutes: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({ heldOn: '2016-04-07', boardKind: 'programme_board', version: 1 });
    expect(meeting.agenda.map((item: { name: string }) => item.name)).toEqual(['Fleet', 'Estates']);

    await insertDecision(t.database.db, {
      meetingId: meeting.id,
      businessAreaId: areaIds[0] as string,
      outcome: 'deferred',
      reasons: 'Await the fleet review',
      at: t.clock.now(),
    });
    const read = (await viewer.get(`/api/v1/meetings/${meeting.id}`)).json();
    expect(read.agenda[0].decision).toMatchObject({ outcome: 'deferred', reasons: 'Await the fleet review' });
    expect(read.agenda[1].decision).toBeNull();

    const body = {
      heldOn: '2016-04-07',
      location: 'Winfrith',
      papers: null,
      minutes: 'Agreed',
      agenda: [areaIds[1]],
    };
    const changed = await team.put(`/api/v1/meetings/${meeting.id}`, { ...body, version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, minutes: 'Agreed' });
    const stale = await team.put(`/api/v1/meetings/${meeting.id}`, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const list = (await viewer.get(url)).json();
    expect(list.items.map((m: { id: string }) => m.id)).toContain(meeting.id);
  });

  it('refuses bad meetings and saves nothing', async () => {
    const url = `${base()}/${boardIds.programme_team}/meetings`;
    const before = await boardsState(t.database.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ heldOn: '2016-02-30' }, 'The date of the meeting must be a real date, like 2016-03-31'],
      [{ agenda: [otherAreaId] }, 'Select business areas of this alliance from the list'],
      [{ minutes: 'x'.repeat(50_001) }, 'The minutes must be 50000 characters or fewer'],
    ];
    for (const [change, message] of cases) {
      const response = await team.post(url, {
        heldOn: '2016-05-01',
        location: null,
        papers: null,
        minutes: null,
        ...change,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].message).toBe(message);
    }
    expect(await boardsState(t.database.db)).toEqual(before);
    expect((await viewer.post(url, { heldOn: '2016-05-01' })).statusCode).toBe(403);
    expect((await team.get(`/api/v1/meetings/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await team.get('/api/v1/meetings/1')).statusCode).toBe(404);
  });

  it('describes the routes in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1/alliances/{allianceId}/boards',
      '/api/v1/alliances/{allianceId}/boards/{boardId}/members',
      '/api/v1/alliances/{allianceId}/boards/{boardId}/meetings',
      '/api/v1/meetings/{id}',
      '/api/v1/alliances/{allianceId}/pipeline',
      '/api/v1/alliances/{allianceId}/conditions',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});
