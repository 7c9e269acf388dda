import { runUseCase } from '../../../platform/usecase/use-case.ts';
import { addMeeting } from './use-cases/add-meeting.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { createBoardsService } from './boards.service.ts';
import {
  createTestAlliance,
  insertAreas,
  insertCondition,
  insertDecision,
  loadAlliances,
  organisationIdOf,
  testContext,
} from './boards-testing.ts';

const textOf = (html: string) => decodeEntities(html).replace(/\s+/g, ' ');
const MILLION = 100_000_000;

describe('conditions, pipeline and timeline', () => {
  let t: TestApp;
  let viewer: TestSession;
  let allianceId: string;
  let emptyAllianceId: string;
  let areas: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: '2016-03-15T10:00:00Z' });
    await loadAlliances(t.database.db, t.clock.now());
    allianceId = await createTestAlliance(t.database.db, t.clock, 'Reports test alliance');
    emptyAllianceId = await createTestAlliance(t.database.db, t.clock, 'Empty alliance');
    const devon = await organisationIdOf(t.database.db, 'Devon & Cornwall Police');
    const dorset = await organisationIdOf(t.database.db, 'Dorset Police');
    const fixtures = [
      { name: 'ICT', stage: 'implementation', baselines: { [devon]: 20 * MILLION, [dorset]: 8 * MILLION } },
      { name: 'HR', stage: 'formal_consultation', baselines: { [devon]: 5 * MILLION } },
      { name: 'Fleet', stage: 'formal_consultation' },
      { name: 'Legal services', stage: 'live', baselines: { [dorset]: 1 * MILLION } },
      { name: 'Dogs', stage: 'in_development', baselines: { [devon]: 2 * MILLION } },
      { name: 'Estates', stage: 'executive_board_decision' },
      { name: 'Printing', stage: 'withdrawn', baselines: { [devon]: 9 * MILLION } },
      { name: 'Public protection', inScope: false, baselines: { [devon]: 50 * MILLION } },
      { name: 'Local policing', inScope: false },
    ];
    const ids = await insertAreas(t.database.db, allianceId, fixtures, t.clock.now());
    areas = Object.fromEntries(fixtures.map((fixture, index) => [fixture.name, ids[index] as string]));
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  describe('pipeline', () => {
    it('counts areas per stage in pipeline order, linking each count to its list', async () => {
      const response = await viewer.get(`/alliances/${allianceId}/pipeline`);
      expect(response.statusCode).toBe(200);
      const page = textOf(response.body);
      expect(page).toContain('4 business areas approved, 2 in development, consultation complete on 2.');
      const rows = [
        ...page.matchAll(
          /<th scope="row" class="govuk-table__header">([^<]+)<\/th> <td[^>]*> (?:<a class="govuk-link" href="([^"]+)">)?(\d+)/g,
        ),
      ];
      expect(rows.map((row) => [row[1], Number(row[3])])).toEqual([
        ['Scoping and feasibility', 0],
        ['Strategic outline case', 0],
        ['Detailed business case in development', 1],
        ['Programme team review', 0],
        ['Programme board review', 0],
        ['Executive board decision', 1],
        ['Formal consultation', 2],
        ['Implementation', 1],
        ['Live', 1],
        ['Rejected', 0],
        ['Withdrawn', 1],
      ]);
      expect(rows[6]?.[2]).toBe(`/alliances/${allianceId}/business-areas?stage=formal_consultation`);
      expect(page).toContain('app-bar-chart__bar--100');
      expect(page).toContain('app-bar-chart__bar--50');
      expect(page).toContain(
        '2 business areas are excluded from the alliance and not counted in the pipeline.',
      );
    });

    it('adds up the baseline budgets of the areas in the remit only', async () => {
      const page = textOf((await viewer.get(`/alliances/${allianceId}/pipeline`)).body);
      expect(page).toContain('combined baseline budget of <strong>£36 million</strong> (£36,000,000.00)');
    });

    it('says when an alliance has no business areas, and 404 for an unknown one', async () => {
      const page = textOf((await viewer.get(`/alliances/${emptyAllianceId}/pipeline`)).body);
      expect(page).toContain('No business areas have been recorded for this alliance yet.');
      expect((await viewer.get(`/alliances/${crypto.randomUUID()}/pipeline`)).statusCode).toBe(404);
    });

    it('gives the same figures as JSON', async () => {
      const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
      const response = await api.get(`/api/v1/alliances/${allianceId}/pipeline`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        approved: 4,
        inDevelopment: 2,
        consultationComplete: 2,
        withdrawn: 1,
        excluded: 2,
        inScope: 7,
        remitBudgetPence: 36 * MILLION,
        headline: '4 business areas approved, 2 in development, consultation complete on 2',
      });
      expect(body.stages[6]).toEqual({
        stage: 'formal_consultation',
        label: 'Formal consultation',
        count: 2,
      });
      const empty = (await api.get(`/api/v1/alliances/${emptyAllianceId}/pipeline`)).json();
      expect(empty).toMatchObject({ inScope: 0, remitBudgetPence: null });
    });
  });

  describe('conditions', () => {
    beforeAll(async () => {
      const boards = createBoardsService({ db: t.database.db, clock: t.clock });
      const context = { ...testContext(t.clock.now()), action: 'meeting.created' };
      const [, , executive] = await boards.ensureBoards(context, allianceId);
      const given = {
        allianceId,
        boardId: executive?.id as string,
        heldOn: '2016-01-14',
        agenda: [areas.ICT as string, areas.HR as string],
      };
      const meeting = await runUseCase(addMeeting, given, { db: t.database.db, clock: t.clock }, context);
      const decisionOn = async (area: string) =>
        insertDecision(t.database.db, {
          meetingId: meeting.id,
          businessAreaId: areas[area] as string,
          outcome: 'approved_with_conditions',
          at: t.clock.now(),
        });
      const ict = await decisionOn('ICT');
      const hr = await decisionOn('HR');
      const add = (decisionId: string, area: string, description: string, dueOn: string, closedOn?: string) =>
        insertCondition(t.database.db, {
          decisionId,
          businessAreaId: areas[area] as string,
          description,
          owner: 'Head of ICT',
          dueOn,
          ...(closedOn ? { closedOn } : {}),
        });
      await add(ict, 'ICT', 'Agree the data centre exit plan', '2016-03-14');
      await add(ict, 'ICT', 'Publish the convergence roadmap', '2016-03-15');
      await add(hr, 'HR', 'Consult the unions on the new rota', '2016-02-01', '2016-02-20');
      await add(hr, 'HR', 'Report the TUPE numbers', '2016-01-31');
    });

    it('lists every condition with overdue ones first, flagged with a red tag', async () => {
      const response = await viewer.get(`/alliances/${allianceId}/conditions`);
      expect(response.statusCode).toBe(200);
      const page = textOf(response.body);
      expect(page).toContain('3 open, of which 2 overdue; 1 closed.');
      const order = [
        'Report the TUPE numbers',
        'Agree the data centre exit plan',
        'Publish the convergence roadmap',
        'Consult the unions on the new rota',
      ].map((text) => page.indexOf(text));
      expect(order.every((position) => position > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(page.match(/govuk-tag--red/g)).toHaveLength(2);
      expect(page).toContain('Set by the <a class="govuk-link"');
      expect(page).toContain('Alliance executive board on 14 January 2016</a> (approved with conditions)');
      expect(page).not.toContain('/close"');
      const board = await t.signIn([{ role: 'board_member', organisationId: null }]);
      const closable = (await board.get(`/alliances/${allianceId}/conditions`)).body;
      expect(closable.match(/href="\/conditions\/[^"]+\/close"/g)).toHaveLength(3);
    });

    it.each([
      [
        'overdue',
        ['Report the TUPE numbers', 'Agree the data centre exit plan'],
        ['Publish the convergence roadmap'],
      ],
      ['open', ['Report the TUPE numbers', 'Publish the convergence roadmap'], ['Consult the unions']],
      ['closed', ['Consult the unions on the new rota'], ['Report the TUPE numbers']],
    ])('filters to %s conditions', async (status, shown, hidden) => {
      const page = textOf((await viewer.get(`/alliances/${allianceId}/conditions?status=${status}`)).body);
      for (const text of shown) expect(page).toContain(text);
      for (const text of hidden) expect(page).not.toContain(text);
      expect(page).toContain(
        `aria-current="page" href="/alliances/${allianceId}/conditions?status=${status}"`,
      );
    });

    it('judges overdue by the clock: the next day the one due today is overdue too', async () => {
      t.clock.set('2016-03-16T00:30:00Z');
      try {
        const nextDay = await t.signIn([{ role: 'viewer', organisationId: null }]);
        const page = textOf((await nextDay.get(`/alliances/${allianceId}/conditions?status=overdue`)).body);
        expect(page).toContain('Publish the convergence roadmap');
        expect(page).toContain('3 open, of which 3 overdue; 1 closed.');
      } finally {
        t.clock.set('2016-03-15T10:00:00Z');
      }
    });

    it('gives the same list as JSON, and 404 for an unknown alliance', async () => {
      const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'auditor', organisationId: null }]);
      const response = await api.get(`/api/v1/alliances/${allianceId}/conditions?status=overdue`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.today).toBe('2016-03-15');
      expect(body.totals).toEqual({ open: 3, overdue: 2, closed: 1 });
      expect(body.conditions.map((c: { status: string }) => c.status)).toEqual(['overdue', 'overdue']);
      expect((await api.get(`/api/v1/alliances/${allianceId}/conditions?status=late`)).statusCode).toBe(400);
      expect((await api.get(`/api/v1/alliances/${crypto.randomUUID()}/conditions`)).statusCode).toBe(404);
      const none = textOf((await viewer.get(`/alliances/${emptyAllianceId}/conditions`)).body);
      expect(none).toContain('There are no conditions.');
    });
  });

  describe('timeline', () => {
    it('shows every event of the case from the audit trail, newest first, labelled by its action', async () => {
      const area = areas.Dogs as string;
      const steps: [string, string, string][] = [
        ['2014-02-10T09:00:00Z', 'business_area.created', 'Added business area Dogs'],
        ['2014-06-23T09:00:00Z', 'business_area.stage-moved', 'Moved Dogs to strategic outline case'],
        [
          '2015-01-05T09:00:00Z',
          'business_area.sole-decision-recorded',
          'Dorset PCC approved the strategic outline case',
        ],
        [
          '2015-02-01T09:00:00Z',
          'business_area.document-uploaded',
          'Uploaded Dogs outline business case.pdf',
        ],
      ];
      for (const [at, action, summary] of steps) {
        await t.database.db.transaction((tx) =>
          recordAudit(
            tx,
            { ...testContext(new Date(at)), action, actor: { userId: null, label: 'Jo Programme' } },
            {
              entityType: 'business_area',
              entityId: area,
              summary,
            },
          ),
        );
      }
      const response = await viewer.get(`/business-areas/${area}/timeline`);
      expect(response.statusCode).toBe(200);
      const page = textOf(response.body);
      expect(page).toContain('Timeline of Dogs');
      expect(page).toContain('Detailed business case in development');
      const positions = [...steps].reverse().map(([, , summary]) => page.indexOf(summary));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const label of ['Business area added', 'Stage move', 'Corporation sole approval', 'Document']) {
        expect(page).toContain(label);
      }
      expect(page).toContain('Jo Programme');
      expect(page).toContain('23 June 2014 at 10:00am');
    });

    it("is linked from the business area's page, with its boards and conditions", async () => {
      const response = await viewer.get(`/business-areas/${areas.Dogs}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(`href="/business-areas/${areas.Dogs}/timeline"`);
      expect(response.body).toContain(`href="/alliances/${allianceId}/boards"`);
      expect(response.body).toContain(`href="/alliances/${allianceId}/conditions"`);
    });

    it('says when nothing is recorded, and 404 for an unknown or malformed case', async () => {
      const page = textOf((await viewer.get(`/business-areas/${areas.Fleet}/timeline`)).body);
      expect(page).toContain('Nothing has been recorded for this business area yet.');
      expect((await viewer.get(`/business-areas/${crypto.randomUUID()}/timeline`)).statusCode).toBe(404);
      expect((await viewer.get('/business-areas/dogs/timeline')).statusCode).toBe(404);
    });
  });
});
