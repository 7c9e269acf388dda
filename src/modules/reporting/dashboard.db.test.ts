import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import type { ChangeContext } from '../../platform/context.ts';
import { loadDemoAlliance } from '../../demo/demo-alliance.ts';
import { runUseCase } from '../../platform/usecase/use-case.ts';
import { createOrganisation } from '../organisations/use-cases/create-organisation.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import { createAlliance } from '../alliances/use-cases/create-alliance.ts';
import { alliances } from '../alliances/alliances.tables.ts';
import { insertAreas, type AreaFixture } from '../business-areas/boards/boards-testing.ts';

describe('the alliance in numbers', () => {
  let t: TestApp;
  let viewer: TestSession;
  let emptyDashboard: string;
  let context: ChangeContext;

  const textOf = (html: string) => decodeEntities(html).replace(/\s+/g, ' ');

  async function allianceId(name: string): Promise<string> {
    const [row] = await t.database.db.select().from(alliances).where(eq(alliances.name, name));
    return row?.id as string;
  }

  async function organisationId(name: string): Promise<string> {
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.name, name));
    return row?.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    context = {
      actor: { userId: null, label: 'Test' },
      requestId: 'test',
      action: 'test',
      now: t.clock.now(),
    };
    const team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    emptyDashboard = (await team.get('/')).body;
    await loadDemoAlliance(t.database.db, context);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('says when there are no alliances and links to add one', () => {
    expect(emptyDashboard).toContain('No alliances have been recorded yet.');
    expect(emptyDashboard).toContain('href="/alliances/new"');
  });

  it('shows the briefing figures for the strategic alliance by default', async () => {
    const response = await viewer.get('/');
    expect(response.statusCode).toBe(200);
    const page = textOf(response.body);
    expect(page).toContain('Devon & Cornwall and Dorset strategic alliance');
    expect(page).toContain('£396 million');
    expect(page).toContain('combined net revenue budget of the forces, 2015/16');
    expect(page).toContain('2.43 million');
    expect(page).toContain('£12 million');
    expect(page).toContain('combined annual savings targeted by 2017/18');
    expect(page).toContain('£145 million');
    expect(page).toContain("combined budget of the business areas in the alliance's remit");
    expect(page).toContain('22 business areas approved, 10 in development, consultation complete on 7.');
    expect(page).toMatch(/href="\/alliances\/[0-9a-f-]+\/pipeline">Business areas by stage/);
    expect(page).toContain('Budget and population by force, 2015/16');
    expect(page).toContain('£396,000,000.00');
    expect(page).toContain('2,430,000');
    expect(page).not.toContain('govuk-warning-text');
  });

  it('switches alliance with a plain GET form', async () => {
    const southWest = await allianceId('South West five-force collaboration');
    const response = await viewer.get(`/?alliance=${southWest}`);
    expect(response.statusCode).toBe(200);
    const page = textOf(response.body);
    expect(page).toContain('<form method="get" action="/"');
    expect(page).toContain(`<option value="${southWest}" selected>`);
    expect(page).toContain('Wiltshire Police');
    expect(page).toContain('No savings target set');
    expect(page).toContain('Business areas: not yet recorded');
    expect((page.match(/<tr class="govuk-table__row">/g) ?? []).length).toBe(7);
  });

  it('says which force lacks a budget rather than adding up the rest', async () => {
    const isles = {
      kind: 'police_force',
      name: 'Isles Constabulary',
      shortName: 'Isles',
      population: 2_000,
      populationYear: 2015,
    } as const;
    const newForce = await runUseCase(
      createOrganisation,
      isles,
      { db: t.database.db, clock: t.clock },
      context,
    );
    const alliance = await runUseCase(
      createAlliance,
      {
        name: 'Partial alliance',
        shortName: 'Partial',
        status: 'proposed',
        members: [newForce.id, await organisationId('Dorset Police')],
      },
      { db: t.database.db, clock: t.clock },
      context,
    );
    const page = textOf((await viewer.get(`/?alliance=${alliance.id}`)).body);
    expect(page).toContain(
      'The combined budget cannot be shown: Isles Constabulary has no budget recorded for 2015/16.',
    );
    expect(page).toContain('Not available');
    expect(page).toContain('Not recorded');
    expect(page).toContain('752,000');
  });

  it('answers 404 for an unknown or malformed choice', async () => {
    expect((await viewer.get(`/?alliance=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await viewer.get('/?alliance=2')).statusCode).toBe(404);
  });

  it('gives the same figures as JSON', async () => {
    const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
    const id = await allianceId('Devon & Cornwall and Dorset strategic alliance');
    const response = await api.get(`/api/v1/alliances/${id}/numbers`);
    expect(response.statusCode).toBe(200);
    const numbers = response.json();
    expect(numbers).toMatchObject({
      allianceId: id,
      financialYear: 2015,
      combinedBudgetPence: 396_000_000_00,
      populationServed: 2_430_000,
      savingsTargetPence: 12_000_000_00,
      savingsTargetYear: 2017,
      remitBudgetPence: 145_000_000_00,
      forcesWithoutBudget: [],
      businessAreas: {
        approved: 22,
        inDevelopment: 10,
        consultationComplete: 7,
        excluded: 3,
        headline: '22 business areas approved, 10 in development, consultation complete on 7',
      },
    });
    expect(numbers.forces.map((force: { name: string }) => force.name)).toEqual([
      'Devon & Cornwall Police',
      'Dorset Police',
    ]);
    expect((await api.get(`/api/v1/alliances/${crypto.randomUUID()}/numbers`)).statusCode).toBe(404);
  });

  describe('business areas', () => {
    /** The March 2016 position: 22 approved (7 past consultation), 10 in development, 3 excluded; £145m in the remit. */
    async function march2016Alliance(): Promise<string> {
      const members = [
        await organisationId('Devon & Cornwall Police'),
        await organisationId('Dorset Police'),
      ];
      const alliance = await runUseCase(
        createAlliance,
        {
          name: 'Business areas alliance',
          shortName: 'Areas',
          status: 'active',
          members,
        },
        { db: t.database.db, clock: t.clock },
        context,
      );
      const [devon, dorset] = members as [string, string];
      const stages = [
        ...Array<string>(15).fill('formal_consultation'),
        ...Array<string>(7).fill('implementation'),
        ...Array<string>(4).fill('in_development'),
        ...['scoping', 'strategic_outline_case', 'programme_team_review'],
        ...['programme_board_review', 'executive_board_decision', 'executive_board_decision'],
      ];
      // 32 areas at £3.2m and £1.33125m, which is £145m in all.
      const areas: AreaFixture[] = stages.map((stage, index) => ({
        name: `Area ${index + 1}`,
        stage,
        baselines: { [devon]: 3_200_000_00, [dorset]: 1_331_250_00 },
      }));
      const excluded = ['Public protection', 'Local policing', 'Local investigation'].map((name) => ({
        name,
        inScope: false,
        baselines: { [devon]: 10_000_000_00 },
      }));
      await insertAreas(t.database.db, alliance.id, [...areas, ...excluded], t.clock.now());
      return alliance.id;
    }

    it('shows the briefing figures and the remit budget, with a link to the pipeline', async () => {
      const id = await march2016Alliance();
      const page = textOf((await viewer.get(`/?alliance=${id}`)).body);
      expect(page).toContain('22 business areas approved, 10 in development, consultation complete on 7.');
      expect(page).toContain('£145 million');
      expect(page).toContain("combined budget of the business areas in the alliance's remit");
      expect(page).toContain(`href="/alliances/${id}/pipeline"`);
      expect(page).not.toContain('Business areas: not yet recorded');

      const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
      const numbers = (await api.get(`/api/v1/alliances/${id}/numbers`)).json();
      expect(numbers.remitBudgetPence).toBe(145_000_000_00);
      expect(numbers.businessAreas).toEqual({
        approved: 22,
        inDevelopment: 10,
        consultationComplete: 7,
        excluded: 3,
        headline: '22 business areas approved, 10 in development, consultation complete on 7',
      });
    });

    it('gives the counts without a budget while no baseline is recorded', async () => {
      const members = [
        await organisationId('Devon & Cornwall Police'),
        await organisationId('Dorset Police'),
      ];
      const alliance = await runUseCase(
        createAlliance,
        {
          name: 'No baselines alliance',
          shortName: 'No baselines',
          status: 'proposed',
          members,
        },
        { db: t.database.db, clock: t.clock },
        context,
      );
      await insertAreas(t.database.db, alliance.id, [{ name: 'ICT', stage: 'live' }], t.clock.now());
      const page = textOf((await viewer.get(`/?alliance=${alliance.id}`)).body);
      expect(page).toContain('1 business area approved, 0 in development, consultation complete on 1.');
      expect(page).toContain('No baseline budgets recorded for the business areas yet');
      const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
      const numbers = (await api.get(`/api/v1/alliances/${alliance.id}/numbers`)).json();
      expect(numbers.remitBudgetPence).toBeNull();
      expect(numbers.businessAreas.approved).toBe(1);
    });

    it('has no business area figures for an alliance without business areas', async () => {
      const api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
      const id = await allianceId('South West five-force collaboration');
      const numbers = (await api.get(`/api/v1/alliances/${id}/numbers`)).json();
      expect(numbers).toMatchObject({ remitBudgetPence: null, businessAreas: null });
    });
  });
});
