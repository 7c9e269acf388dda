import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { createTestApp, decodeEntities, type TestApp } from '../../../platform/testing/test-app.ts';
import { placeAt, setUpPipelineFixture, type PipelineFixture } from './pipeline-testing.ts';

interface SoleJson {
  organisationId: string;
  office: string;
  holderName: string;
  shortTitle: string;
}

describe('approvals of an earlier submission, through the API and the pages', () => {
  let t: TestApp;
  let fixture: PipelineFixture;
  let team: Awaited<ReturnType<typeof apiClientFor>>;

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await setUpPipelineFixture(t.database.db, t.clock);
    team = await apiClientFor(t.app, t.database, t.clock, [{ role: 'programme_team', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('does not let three approvals given before a return count after it', async () => {
    const areaId = await fixture.addArea('Information management');
    await placeAt(t.database.db, areaId, 'programme_board_review');
    const base = `/api/v1/business-areas/${areaId}`;
    const pipeline = async () => (await team.get(`${base}/pipeline`)).json();
    const version = async (): Promise<number> => (await pipeline()).area.version;
    const decide = async (board: keyof PipelineFixture['meetingIds'], outcome: string) =>
      team.post(`${base}/decisions`, {
        meetingId: fixture.meetingIds[board],
        outcome,
        reasons: outcome === 'returned' ? 'Rework the financial case' : undefined,
        conditions: [],
        version: await version(),
      });
    const approve = async (sole: SoleJson) => {
      const recorded = await team.post(`${base}/approvals`, {
        gate: 'executive_decision',
        organisationId: sole.organisationId,
        office: sole.office,
        decision: 'approved',
        decidedBy: sole.holderName,
        decidedOn: '2015-03-12',
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      return recorded.json();
    };

    expect((await decide('programme_board', 'approved')).statusCode).toBe(201);
    const soles = (await pipeline()).soles as SoleJson[];
    const dorsetPcc = soles.find((sole) => sole.shortTitle === 'Dorset PCC') as SoleJson;
    for (const sole of soles.filter((s) => s !== dorsetPcc)) await approve(sole);
    expect((await decide('executive_board', 'returned')).statusCode).toBe(201);
    const moved = await team.post(`${base}/moves`, { to: 'programme_team_review', version: await version() });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await decide('programme_team', 'approved')).statusCode).toBe(201);
    expect((await decide('programme_board', 'approved')).statusCode).toBe(201);
    expect(await approve(dorsetPcc)).toMatchObject({ submission: 2 });

    const refused = await decide('executive_board', 'approved');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      'The case cannot leave "Executive board decision": Chief Constable of Devon & Cornwall Police, Chief Constable of Dorset Police and Devon and Cornwall PCC have not approved',
    );
    const after = await pipeline();
    expect(after.area).toMatchObject({ stage: 'executive_board_decision', submission: 2 });
    expect(after.gates.executive_decision.status).toBe('pending');
    const earlier = after.soleDecisions.filter(
      (d: { forEarlierSubmission: boolean }) => d.forEarlierSubmission,
    );
    expect(earlier).toHaveLength(3);

    const pages = await t.signIn([{ role: 'viewer', organisationId: null }]);
    const page = decodeEntities(
      (await pages.get(`/business-areas/${areaId}/approvals/executive-decision`)).body,
    );
    expect(page.match(/Given for an earlier submission/g)).toHaveLength(3);
    expect(page).toContain('their earlier decision was given for an earlier submission and no longer counts');
    const timeline = decodeEntities((await pages.get(`/business-areas/${areaId}/timeline`)).body);
    expect(timeline.match(/Given for an earlier submission/g)).toHaveLength(3);
  });
});
