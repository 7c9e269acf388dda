import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { placeAt, savedState, setUpPipelineFixture, type PipelineFixture } from './pipeline-testing.ts';

describe('pipeline API', () => {
  let t: TestApp;
  let fixture: PipelineFixture;
  let team: Awaited<ReturnType<typeof apiClientFor>>;
  let viewer: Awaited<ReturnType<typeof apiClientFor>>;

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await setUpPipelineFixture(t.database.db, t.clock);
    team = await apiClientFor(t.app, t.database, t.clock, [{ role: 'programme_team', organisationId: null }]);
    viewer = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('moves a case, records the soles and the boards, and closes a condition', async () => {
    const areaId = await fixture.addArea('Estates');
    const base = `/api/v1/business-areas/${areaId}`;
    const moved = await team.post(`${base}/moves`, { to: 'strategic_outline_case', version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ id: areaId, stage: 'strategic_outline_case', version: 2 });

    const pipeline = await team.get(`${base}/pipeline`);
    expect(pipeline.statusCode, pipeline.body).toBe(200);
    const body = pipeline.json();
    expect(body.area.stageLabel).toBe('Strategic outline case');
    expect(body.moves.find((m: { to: string }) => m.to === 'in_development').blockedBy).toMatch(
      /have not approved$/,
    );
    for (const sole of body.soles as { organisationId: string; office: string; holderName: string }[]) {
      const recorded = await team.post(`${base}/approvals`, {
        gate: 'strategic_outline_case',
        organisationId: sole.organisationId,
        office: sole.office,
        decision: 'approved',
        decidedBy: sole.holderName,
        decidedOn: '2014-06-27',
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    for (const [to, version] of [
      ['in_development', 2],
      ['programme_team_review', 3],
    ] as const) {
      expect((await team.post(`${base}/moves`, { to, version })).statusCode).toBe(200);
    }
    const decided = await team.post(`${base}/decisions`, {
      meetingId: fixture.meetingIds.programme_team,
      outcome: 'approved_with_conditions',
      conditions: [{ description: 'Survey the estate', owner: 'Head of Estates', dueOn: '2015-03-01' }],
      version: 4,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().area).toMatchObject({ stage: 'programme_board_review', version: 5 });

    const after = (await team.get(`${base}/pipeline`)).json();
    expect(after.gates.strategic_outline_case.status).toBe('approved');
    const [condition] = after.conditions;
    expect(condition).toMatchObject({
      description: 'Survey the estate',
      overdue: true,
      raisedOn: '2015-01-12',
    });
    const closed = await team.post(`/api/v1/conditions/${condition.id}/close`, {
      closedOn: '2015-02-20',
      closureNote: 'Survey done',
      version: 1,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ closedOn: '2015-02-20', version: 2 });
  });

  it('refuses stale, disallowed and badly formed changes with the standard error shape', async () => {
    const areaId = await fixture.addArea();
    const base = `/api/v1/business-areas/${areaId}`;
    const before = await savedState(t.database.db, areaId);
    const stale = await team.post(`${base}/moves`, { to: 'strategic_outline_case', version: 9 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const notAllowed = await team.post(`${base}/moves`, { to: 'live', version: 1 });
    expect(notAllowed.statusCode).toBe(400);
    expect(notAllowed.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'A business case at "Scoping and feasibility" cannot move to "Live"',
      details: [{ field: 'to' }],
    });
    const malformed = await team.post(`${base}/moves`, { to: 'nowhere', version: 1 });
    expect(malformed.statusCode).toBe(400);
    const forbidden = await viewer.post(`${base}/moves`, { to: 'strategic_outline_case', version: 1 });
    expect(forbidden.statusCode).toBe(403);
    expect(await savedState(t.database.db, areaId)).toEqual(before);

    await placeAt(t.database.db, areaId, 'executive_board_decision');
    const decision = { meetingId: fixture.meetingIds.executive_board, outcome: 'approved' };
    const unversioned = await team.post(`${base}/decisions`, decision);
    expect(unversioned.statusCode).toBe(400);
    expect(unversioned.json().error.details).toEqual([
      { field: 'version', message: 'Give the version you read' },
    ]);
    const version = (await team.get(`${base}/pipeline`)).json().area.version as number;
    const staleDecision = await team.post(`${base}/decisions`, { ...decision, version: version + 1 });
    expect(staleDecision.statusCode).toBe(409);
    const unapproved = await team.post(`${base}/decisions`, { ...decision, version });
    expect(unapproved.statusCode).toBe(400);
    expect(unapproved.json().error.message).toBe(
      'The case cannot leave "Executive board decision": Chief Constable of Devon & Cornwall Police, Chief Constable of Dorset Police, Devon and Cornwall PCC and Dorset PCC have not approved',
    );
    expect((await team.get('/api/v1/business-areas/nonsense/pipeline')).statusCode).toBe(404);
    expect(
      (
        await team.post(`/api/v1/conditions/${crypto.randomUUID()}/close`, {
          closedOn: '2015-02-20',
          closureNote: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('describes its routes in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/v1/openapi.json')).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/business-areas/{id}/moves',
        '/api/v1/business-areas/{id}/pipeline',
        '/api/v1/business-areas/{id}/approvals',
        '/api/v1/business-areas/{id}/decisions',
        '/api/v1/conditions/{id}/close',
      ]),
    );
  });
});
