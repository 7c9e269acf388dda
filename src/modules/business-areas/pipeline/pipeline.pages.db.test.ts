import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { meetings } from '../business-areas.tables.ts';
import {
  placeAt,
  savedState,
  setUpPipelineFixture,
  type PipelineFixture,
  pipelineForTests,
  type PipelineForTests,
} from './pipeline-testing.ts';

describe('pipeline pages', () => {
  let t: TestApp;
  let fixture: PipelineFixture;
  let service: PipelineForTests;
  let team: TestSession;
  let boardMember: TestSession;
  let viewer: TestSession;

  const state = (areaId: string) => savedState(t.database.db, areaId);

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await setUpPipelineFixture(t.database.db, t.clock);
    service = pipelineForTests({ db: t.database.db, clock: t.clock });
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    boardMember = await t.signIn([{ role: 'board_member', organisationId: null }]);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  describe('the stage page', () => {
    it('shows the stage and what is needed next, and moves the case', async () => {
      const areaId = await fixture.addArea('Fleet');
      const page = await team.get(`/business-areas/${areaId}/stage`);
      expect(page.statusCode).toBe(200);
      const html = decodeEntities(page.body);
      expect(html).toContain('Scoping and feasibility');
      expect(html).toContain(
        'The programme team moves the case to the strategic outline case when scoping is done.',
      );
      expect(html).toContain('name="to" type="radio" value="strategic_outline_case"');

      const moved = await team.submit(`/business-areas/${areaId}/stage`, {
        to: 'strategic_outline_case',
        version: '1',
      });
      expect(moved.statusCode, errorSummary(moved.body).join('; ')).toBe(303);
      expect(moved.headers.location).toBe(`/business-areas/${areaId}/stage?saved=moved`);
      const after = decodeEntities((await team.get(moved.headers.location as string)).body);
      expect(after).toContain('The business case has moved');
      expect(after).toContain('Devon and Cornwall PCC and Dorset PCC have not approved');
    });

    it('refuses bad input with an error summary and saves nothing', async () => {
      const areaId = await fixture.addArea();
      const url = `/business-areas/${areaId}/stage`;
      const before = await state(areaId);
      const cases: [Record<string, string>, string][] = [
        [{ version: '1' }, 'Select where the case goes next'],
        [{ to: 'moon', version: '1' }, 'Select where the case goes next'],
        [
          { to: 'implementation', version: '1' },
          'A business case at "Scoping and feasibility" cannot move to "Implementation"',
        ],
        [{ to: 'withdrawn', version: '1' }, 'Enter the reason for moving the case to "Withdrawn"'],
        [
          { to: 'withdrawn', reason: 'x'.repeat(2001), version: '1' },
          'The reason must be 2000 characters or fewer',
        ],
      ];
      for (const [fields, message] of cases) {
        const response = await team.submit(url, fields);
        expect(response.statusCode).toBe(400);
        expect(errorSummary(response.body)).toEqual([message]);
      }
      const withReason = await team.submit(
        url,
        { to: 'withdrawn', reason: 'Kept the input', version: '1' },
        url,
      );
      expect(withReason.statusCode).toBe(303);
      expect((await state(areaId)).moves).toBe(before.moves + 1);
    });

    it('tells the person the case has moved on when their page is stale', async () => {
      const areaId = await fixture.addArea();
      const url = `/business-areas/${areaId}/stage`;
      await team.submit(url, { to: 'strategic_outline_case', version: '1' });
      const before = await state(areaId);
      const stale = await team.submit(url, { to: 'withdrawn', reason: 'Duplicate of ICT', version: '1' });
      expect(stale.statusCode).toBe(409);
      expect(errorSummary(stale.body)[0]).toMatch(/^This business case has moved on since you opened it/);
      expect(stale.body).toContain('Duplicate of ICT');
      expect(stale.body).toContain('name="version" value="2"');
      expect(await state(areaId)).toEqual(before);
    });

    it('lets a viewer see the stage but not move it', async () => {
      const areaId = await fixture.addArea();
      const page = await viewer.get(`/business-areas/${areaId}/stage`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('name="to"');
      const before = await state(areaId);
      const refused = await viewer.submit(
        `/business-areas/${areaId}/stage`,
        { to: 'strategic_outline_case', version: '1' },
        '/account',
      );
      expect(refused.statusCode).toBe(403);
      expect(await state(areaId)).toEqual(before);
      expect((await viewer.get(`/business-areas/${areaId}/decisions/new`)).statusCode).toBe(403);
      expect((await team.get(`/business-areas/not-an-id/stage`)).statusCode).toBe(404);
      expect((await team.get(`/business-areas/${crypto.randomUUID()}/stage`)).statusCode).toBe(404);
    });
  });

  describe('the approvals page', () => {
    it('records each sole, with the panel saying who the case waits for', async () => {
      const areaId = await fixture.addArea();
      await placeAt(t.database.db, areaId, 'strategic_outline_case');
      const url = `/business-areas/${areaId}/approvals/strategic-outline-case`;
      const page = await boardMember.get(url);
      expect(page.statusCode).toBe(200);
      const html = decodeEntities(page.body);
      expect(html).toContain(
        'Waiting for: Chief Constable of Devon & Cornwall Police, Chief Constable of Dorset Police, Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly and Police and Crime Commissioner for Dorset',
      );
      const soles = await service.soles(areaId);
      for (const sole of soles) {
        const response = await boardMember.submit(url, {
          sole: sole.key,
          decision: 'approved',
          decidedBy: sole.holderName,
          'decidedOn-day': '27',
          'decidedOn-month': '6',
          'decidedOn-year': '2014',
        });
        expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      }
      expect(decodeEntities((await boardMember.get(url)).body)).toContain(
        'Approved by all corporation soles',
      );
    });

    it('refuses bad input on the row it came from, and saves nothing', async () => {
      const areaId = await fixture.addArea();
      await placeAt(t.database.db, areaId, 'executive_board_decision');
      const url = `/business-areas/${areaId}/approvals/executive-decision`;
      const soles = await service.soles(areaId);
      const dorsetPcc = soles.findIndex((sole) => sole.shortTitle === 'Dorset PCC');
      const base = {
        sole: soles[dorsetPcc]?.key as string,
        decision: 'approved',
        decidedBy: 'Simon Bullock',
      };
      const date = { 'decidedOn-day': '1', 'decidedOn-month': '3', 'decidedOn-year': '2016' };
      const before = await state(areaId);
      const response = await team.submit(url, {
        ...base,
        decidedBy: '',
        'decidedOn-day': '31',
        'decidedOn-month': '2',
        'decidedOn-year': '2016',
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'Enter the name of the person who decided',
        'The date of the decision must be a real date',
      ]);
      expect(response.body).toContain(`href="#sole-${dorsetPcc}-decidedOn-day"`);
      expect(response.body).toContain(`id="sole-${dorsetPcc}-decidedBy-error"`);
      const delegate = await team.submit(url, { ...base, ...date, asDelegate: 'yes' });
      expect(errorSummary(delegate.body)).toEqual([
        'Enter the role of the delegate, for example Deputy Chief Constable',
      ]);
      expect(delegate.body).toContain('value="Simon Bullock"');
      const notSole = await team.submit(url, {
        ...base,
        ...date,
        sole: `${soles[0]?.organisationId}:deputy_chief_constable`,
      });
      expect(notSole.statusCode).toBe(400);
      expect(errorSummary(notSole.body)).toEqual(['That is not a corporation sole of this business case']);
      expect(await state(areaId)).toEqual(before);

      expect((await team.get(`/business-areas/${areaId}/approvals/nonsense`)).statusCode).toBe(404);
      const viewerPost = await viewer.submit(url, { ...base, ...date }, `/business-areas/${areaId}/stage`);
      expect(viewerPost.statusCode).toBe(403);
    });
  });

  describe('the decision page', () => {
    it('records an approval with a condition, and the condition is then closed', async () => {
      const areaId = await fixture.addArea();
      await placeAt(t.database.db, areaId, 'programme_board_review');
      const url = `/business-areas/${areaId}/decisions/new`;
      const page = await team.get(`${url}?meeting=${fixture.meetingIds.programme_board}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('3 February 2015');
      expect(page.body).not.toContain('value="rejected"');
      expect(page.body).toMatch(/value="[^"]+" checked/);
      const response = await team.submit(url, {
        meetingId: fixture.meetingIds.programme_board,
        outcome: 'approved_with_conditions',
        reasons: 'Strong case',
        'conditions-1-description': 'Agree the on-call rota',
        'conditions-1-owner': 'Head of Fleet',
        'conditions-1-dueOn-day': '30',
        'conditions-1-dueOn-month': '4',
        'conditions-1-dueOn-year': '2015',
        version: '1',
      });
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      const stage = decodeEntities((await team.get(`/business-areas/${areaId}/stage`)).body);
      expect(stage).toContain('Executive board decision');
      expect(stage).toContain('Agree the on-call rota');
      expect(stage).toContain('Overdue');

      const [condition] = (await service.caseState(areaId)).openConditions;
      const closeUrl = `/conditions/${condition?.id}/close`;
      const bad = await team.submit(closeUrl, { 'closedOn-day': '', closureNote: '', version: '1' });
      expect(bad.statusCode).toBe(400);
      expect(errorSummary(bad.body)).toEqual([
        'Enter the date the condition was met',
        'Enter how the condition was met',
      ]);
      expect(bad.body).toContain('href="#closedOn-day"');
      const closed = await team.submit(closeUrl, {
        'closedOn-day': '1',
        'closedOn-month': '5',
        'closedOn-year': '2015',
        closureNote: 'Rota agreed by both forces',
        version: '1',
      });
      expect(closed.statusCode, errorSummary(closed.body).join('; ')).toBe(303);
      const stale = await team.submit(closeUrl, {
        'closedOn-day': '1',
        'closedOn-month': '5',
        'closedOn-year': '2015',
        closureNote: 'Again',
        version: '1',
      });
      expect(stale.statusCode).toBe(409);
      expect(errorSummary(stale.body)[0]).toMatch(/changed by someone else while you were editing/);
    });

    it('refuses bad input, keeping it, on the row it came from', async () => {
      const areaId = await fixture.addArea();
      await placeAt(t.database.db, areaId, 'executive_board_decision');
      const url = `/business-areas/${areaId}/decisions/new`;
      const before = await state(areaId);
      const blank = await team.submit(url, { version: '1' });
      expect(blank.statusCode).toBe(400);
      expect(errorSummary(blank.body)).toEqual(['Select the meeting', 'Select the decision']);
      const row = await team.submit(url, {
        meetingId: fixture.meetingIds.executive_board,
        outcome: 'approved_with_conditions',
        'conditions-2-description': 'Publish the agreement',
        version: '1',
      });
      expect(errorSummary(row.body)).toEqual([
        'Enter the owner of condition 3',
        'Enter the due date of condition 3',
      ]);
      expect(row.body).toContain('href="#conditions-2-dueOn-day"');
      expect(row.body).toContain('Publish the agreement');
      const unapproved = await team.submit(url, {
        meetingId: fixture.meetingIds.executive_board,
        outcome: 'approved',
        version: '1',
      });
      expect(unapproved.statusCode).toBe(400);
      expect(errorSummary(unapproved.body)[0]).toMatch(/^The case cannot leave "Executive board decision": /);
      const wrongBoard = await team.submit(url, {
        meetingId: fixture.meetingIds.programme_board,
        outcome: 'deferred',
        version: '1',
      });
      expect(errorSummary(wrongBoard.body)[0]).toMatch(/select a meeting of the alliance executive board/);
      const stale = await team.submit(url, {
        meetingId: fixture.meetingIds.executive_board,
        outcome: 'deferred',
        version: '7',
      });
      expect(stale.statusCode).toBe(409);
      expect(await state(areaId)).toEqual(before);
    });

    it('says so when the board has no meetings or no board is reviewing the case', async () => {
      const areaId = await fixture.addArea();
      const notAtBoard = decodeEntities((await team.get(`/business-areas/${areaId}/decisions/new`)).body);
      expect(notAtBoard).toContain(
        'A board decision can be recorded only while a board is reviewing the case.',
      );
      expect(notAtBoard).not.toContain('name="outcome"');
      await placeAt(t.database.db, areaId, 'programme_team_review');
      await t.database.db.delete(meetings).where(eq(meetings.id, fixture.meetingIds.programme_team));
      const noMeetings = decodeEntities((await team.get(`/business-areas/${areaId}/decisions/new`)).body);
      expect(noMeetings).toContain('There are no meetings of the programme team yet.');
      expect(noMeetings).toContain(`href="/alliances/${fixture.allianceId}/boards"`);
    });
  });

  it('renders the panel for the area page from the case state', async () => {
    const areaId = await fixture.addArea();
    const { createTemplateEnvironment } = await import('../../../platform/http/views.ts');
    const html = createTemplateEnvironment().render('business-areas/views/area-pipeline-panel.njk', {
      pipeline: await service.caseState(areaId),
    });
    expect(html).toContain('Stage and approvals');
    expect(decodeEntities(html)).toContain('Waiting for: Chief Constable of Devon & Cornwall Police');
    expect(html).toContain(`/business-areas/${areaId}/approvals/executive-decision`);
  });
});
