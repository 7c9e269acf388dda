import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { boards } from '../business-areas.tables.ts';
import {
  auditActionsFor,
  boardsState,
  createTestAlliance,
  insertAreas,
  insertDecision,
  loadAlliances,
  organisationIdOf,
} from './boards-testing.ts';

const textOf = (html: string) => decodeEntities(html).replace(/\s+/g, ' ');

describe('boards, members and meetings', () => {
  let t: TestApp;
  let team: TestSession;
  let viewer: TestSession;
  let allianceId: string;
  let otherAllianceId: string;
  let areaIds: string[];
  let otherAreaId: string;

  const boardsPage = () => `/alliances/${allianceId}/boards`;

  async function boardIdOf(kind: string, alliance = allianceId): Promise<string> {
    await team.get(`/alliances/${alliance}/boards`);
    const rows = await t.database.db.select().from(boards).where(eq(boards.allianceId, alliance));
    return rows.find((row) => row.kind === kind)?.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const { southWest } = await loadAlliances(t.database.db, t.clock.now());
    otherAllianceId = southWest;
    allianceId = await createTestAlliance(t.database.db, t.clock, 'Boards test alliance');
    areaIds = await insertAreas(
      t.database.db,
      allianceId,
      [
        { name: 'ICT', stage: 'programme_board_review' },
        { name: 'Finance', stage: 'executive_board_decision' },
        { name: 'Local policing', inScope: false },
      ],
      t.clock.now(),
    );
    [otherAreaId] = (await insertAreas(
      t.database.db,
      otherAllianceId,
      [{ name: 'Dogs' }],
      t.clock.now(),
    )) as [string];
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  describe('boards', () => {
    it('sets up the three boards of an alliance once, however often the page is opened', async () => {
      const before = await boardsState(t.database.db);
      const first = await viewer.get(boardsPage());
      expect(first.statusCode).toBe(200);
      const page = textOf(first.body);
      const headings = [
        ...page.matchAll(/<h2 class="govuk-heading-l" id="board-[^"]+-heading">([^<]+)<\/h2>/g),
      ];
      expect(headings.map((match) => match[1])).toEqual([
        'Programme team',
        'Programme board',
        'Alliance executive board',
      ]);
      expect(page).toContain('No members recorded yet.');
      expect(page).not.toContain('Add a member');

      await viewer.get(boardsPage());
      await team.get(boardsPage());
      const after = await boardsState(t.database.db);
      expect(after.boards - before.boards).toBe(3);
      const created = await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'board.created'));
      const ours = created.filter((event) => event.summary.endsWith('Boards test alliance'));
      expect(ours).toHaveLength(3);
      expect(ours.every((event) => event.actorLabel === 'System')).toBe(true);
    });

    it('answers 404 for an unknown or malformed alliance', async () => {
      expect((await viewer.get(`/alliances/${crypto.randomUUID()}/boards`)).statusCode).toBe(404);
      expect((await viewer.get('/alliances/nope/boards')).statusCode).toBe(404);
    });
  });

  describe('members', () => {
    const memberForm = (boardId: string) => `${boardsPage()}/${boardId}/members/new`;

    it('adds a member with a role and organisation, lists them and audits it on the board', async () => {
      const boardId = await boardIdOf('executive_board');
      const form = await team.get(memberForm(boardId));
      expect(form.statusCode).toBe(200);
      expect(textOf(form.body)).toContain('Add a member to the Alliance executive board');
      const dorset = await organisationIdOf(t.database.db, 'Dorset Police');
      const response = await team.submit(memberForm(boardId), {
        name: 'Debbie Simpson',
        roleTitle: 'Chief Constable',
        organisationId: dorset,
      });
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      const page = textOf((await team.get(response.headers.location as string)).body);
      expect(page).toContain('Member added');
      expect(page).toMatch(
        /Debbie Simpson<\/th> <td class="govuk-table__cell">Chief Constable<\/td> <td class="govuk-table__cell">Dorset Police/,
      );
      expect(await auditActionsFor(t.database.db, 'board', boardId)).toEqual([
        'board.created',
        'board.member-added',
      ]);
    });

    it.each([
      ['a missing name', { name: ' ' }, 'Enter the name'],
      ['a missing role', { roleTitle: '' }, 'Enter the role'],
      ['a role too long', { roleTitle: 'x'.repeat(201) }, 'The role must be 200 characters or fewer'],
      ['a made-up organisation', { organisationId: 'dorset' }, 'Select an organisation from the list'],
    ])('refuses %s, keeps the input and saves nothing', async (_case, change, message) => {
      const boardId = await boardIdOf('programme_board');
      const before = await boardsState(t.database.db);
      const fields = {
        name: 'Martyn Underhill',
        roleTitle: 'Police and Crime Commissioner',
        organisationId: '',
        ...change,
      };
      const response = await team.submit(memberForm(boardId), fields);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(decodeEntities(response.body)).toContain(`value="${fields.roleTitle}"`);
      expect(await boardsState(t.database.db)).toEqual(before);
    });

    it('refuses an organisation that is not a member of the alliance', async () => {
      const boardId = await boardIdOf('programme_board');
      const before = await boardsState(t.database.db);
      const wiltshire = await organisationIdOf(t.database.db, 'Wiltshire Police');
      const response = await team.submit(memberForm(boardId), {
        name: 'Someone',
        roleTitle: 'Chief Constable',
        organisationId: wiltshire,
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'Select an organisation that is a member of Boards test alliance',
      ]);
      expect(await boardsState(t.database.db)).toEqual(before);
    });

    it('removes a member and audits it; removing again is not found', async () => {
      const boardId = await boardIdOf('programme_team');
      await team.submit(memberForm(boardId), { name: 'Programme Manager', roleTitle: 'Programme manager' });
      const page = (await team.get(boardsPage())).body;
      const action = new RegExp(`action="(${boardsPage()}/${boardId}/members/[^"]+/remove)"`).exec(page)?.[1];
      expect(action).toBeDefined();
      const removed = await team.submit(action as string, {});
      expect(removed.statusCode).toBe(303);
      expect(textOf((await team.get(boardsPage())).body)).not.toContain('Programme Manager');
      expect(await auditActionsFor(t.database.db, 'board', boardId)).toContain('board.member-removed');
      expect((await team.submit(action as string, {})).statusCode).toBe(404);
    });

    it('is refused to a viewer and not found for a board of another alliance', async () => {
      const boardId = await boardIdOf('programme_team');
      expect((await viewer.get(memberForm(boardId))).statusCode).toBe(403);
      const refused = await viewer.submit(memberForm(boardId), { name: 'A', roleTitle: 'B' }, boardsPage());
      expect(refused.statusCode).toBe(403);
      const otherBoard = await boardIdOf('programme_team', otherAllianceId);
      expect((await team.get(memberForm(otherBoard))).statusCode).toBe(404);
      expect((await team.get(`${boardsPage()}/nope/members/new`)).statusCode).toBe(404);
    });
  });

  describe('meetings', () => {
    const meetingForm = (boardId: string) => `${boardsPage()}/${boardId}/meetings/new`;
    const valid = () => ({
      'heldOn-day': '3',
      'heldOn-month': '3',
      'heldOn-year': '2016',
      location: 'Middlemoor, Exeter',
      agenda: [areaIds[1] as string, areaIds[0] as string],
      papers: 'Detailed business case: Finance\n\nDetailed business case: ICT',
      minutes: 'Present: both chief constables.\nApologies: none.',
    });

    async function addMeeting(fields: Record<string, string | string[]> = valid()): Promise<string> {
      const boardId = await boardIdOf('executive_board');
      const response = await team.submit(meetingForm(boardId), fields);
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      return (response.headers.location as string).split('/')[2]?.split('?')[0] as string;
    }

    it('adds a meeting with its agenda in order, papers and minutes, and audits each case', async () => {
      const form = await team.get(meetingForm(await boardIdOf('executive_board')));
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="agenda"');
      expect(form.body).not.toContain('Local policing');
      const meetingId = await addMeeting();
      const page = textOf((await viewer.get(`/meetings/${meetingId}?saved=added`)).body);
      expect(page).toContain('Alliance executive board meeting, 3 March 2016');
      expect(page).toContain('Middlemoor, Exeter');
      expect(page.indexOf(`href="/business-areas/${areaIds[1]}">Finance`)).toBeGreaterThan(0);
      expect(page.indexOf(`href="/business-areas/${areaIds[1]}">Finance`)).toBeLessThan(
        page.indexOf(`href="/business-areas/${areaIds[0]}">ICT`),
      );
      expect(page).toContain('<p class="govuk-body">Detailed business case: Finance</p>');
      expect(page).toContain('Present: both chief constables.<br>Apologies: none.');
      expect(page).not.toContain('Record a decision');
      expect(await auditActionsFor(t.database.db, 'meeting', meetingId)).toEqual(['meeting.created']);
      expect(await auditActionsFor(t.database.db, 'business_area', areaIds[0] as string)).toContain(
        'meeting.created',
      );

      const boardsList = textOf((await viewer.get(boardsPage())).body);
      expect(boardsList).toContain(`href="/meetings/${meetingId}">3 March 2016`);
      expect(boardsList.indexOf('Past meetings')).toBeLessThan(boardsList.indexOf(`/meetings/${meetingId}`));
    });

    it('shows the decision recorded at the meeting and a link to record the others', async () => {
      const meetingId = await addMeeting();
      await insertDecision(t.database.db, {
        meetingId,
        businessAreaId: areaIds[1] as string,
        outcome: 'approved_with_conditions',
        reasons: 'Savings confirmed by both finance leads',
        at: t.clock.now(),
      });
      const page = textOf((await team.get(`/meetings/${meetingId}`)).body);
      expect(page).toContain('Approved with conditions</strong>: Savings confirmed by both finance leads');
      expect(page).toContain(`href="/business-areas/${areaIds[0]}/decisions/new?meeting=${meetingId}"`);
      expect(page).not.toContain(`href="/business-areas/${areaIds[1]}/decisions/new`);
    });

    it.each([
      [
        'a missing date',
        { 'heldOn-day': '', 'heldOn-month': '', 'heldOn-year': '' },
        'Enter the date of the meeting',
      ],
      [
        'an impossible date',
        { 'heldOn-day': '30', 'heldOn-month': '2' },
        'The date of the meeting must be a real date',
      ],
      ['minutes too long', { minutes: 'x'.repeat(50_001) }, 'The minutes must be 50000 characters or fewer'],
      ['a location too long', { location: 'x'.repeat(201) }, 'The location must be 200 characters or fewer'],
      [
        'an agenda item that is not an id',
        { agenda: ['ICT'] },
        'Select business areas of this alliance from the list',
      ],
    ])('refuses %s, keeps the input and saves nothing', async (_case, change, message) => {
      const before = await boardsState(t.database.db);
      const response = await team.submit(meetingForm(await boardIdOf('programme_board')), {
        ...valid(),
        ...change,
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(response.body).toContain('Detailed business case: ICT</textarea>');
      expect(await boardsState(t.database.db)).toEqual(before);
    });

    it.each([
      [
        'an area of another alliance',
        () => [otherAreaId],
        'Select business areas of this alliance from the list',
      ],
      [
        'an area excluded from the alliance',
        () => [areaIds[2] as string],
        'Local policing is excluded from the alliance',
      ],
    ])('refuses %s on the agenda and saves nothing', async (_case, agenda, message) => {
      const before = await boardsState(t.database.db);
      const response = await team.submit(meetingForm(await boardIdOf('programme_board')), {
        ...valid(),
        agenda: agenda(),
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(await boardsState(t.database.db)).toEqual(before);
    });

    it('changes a meeting and its agenda, and refuses a stale edit with 409 keeping the input', async () => {
      const meetingId = await addMeeting();
      const editUrl = `/meetings/${meetingId}/edit`;
      const form = await team.get(editUrl);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="version" value="1"');
      const changed = await team.submit(editUrl, {
        ...valid(),
        agenda: [areaIds[0] as string],
        minutes: 'Finance deferred to April.',
        version: '1',
      });
      expect(changed.statusCode, errorSummary(changed.body).join('; ')).toBe(303);
      const events = await auditActionsFor(t.database.db, 'business_area', areaIds[1] as string);
      expect(events.filter((action) => action === 'meeting.updated').length).toBeGreaterThan(0);

      const before = await boardsState(t.database.db);
      const stale = await team.submit(editUrl, { ...valid(), minutes: 'My late edit', version: '1' });
      expect(stale.statusCode).toBe(409);
      const html = decodeEntities(stale.body);
      expect(errorSummary(stale.body)[0]).toMatch(
        /was changed by someone else while you were editing\. Your changes have not been saved\./,
      );
      expect(html).toContain('The saved values');
      expect(html).toContain('Finance deferred to April.');
      expect(html).toContain('My late edit</textarea>');
      expect(html).toContain('name="version" value="2"');
      expect(await boardsState(t.database.db)).toEqual(before);
    });

    it('answers 404 for unknown meetings and 403 to a viewer who tries to change one', async () => {
      expect((await viewer.get(`/meetings/${crypto.randomUUID()}`)).statusCode).toBe(404);
      expect((await viewer.get('/meetings/12')).statusCode).toBe(404);
      expect((await team.get(`/meetings/${crypto.randomUUID()}/edit`)).statusCode).toBe(404);
      const meetingId = await addMeeting();
      expect((await viewer.get(`/meetings/${meetingId}/edit`)).statusCode).toBe(403);
      const refused = await viewer.submit(
        `/meetings/${meetingId}/edit`,
        { ...valid(), version: '1' },
        boardsPage(),
      );
      expect(refused.statusCode).toBe(403);
      const boardId = await boardIdOf('programme_team');
      expect((await viewer.get(meetingForm(boardId))).statusCode).toBe(403);
    });

    it('keeps the audit chain intact', async () => {
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
    });
  });
});
