import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from './platform/testing/test-app.ts';
import { createTestDatabase } from './platform/testing/test-database.ts';
import { alliances } from './modules/alliances/alliances.tables.ts';
import { setUpPortfolio } from './modules/business-areas/portfolio/business-areas.testing.ts';

const SOUTH_WEST = 'South West five-force collaboration';
const ADMINISTRATOR = [{ role: 'administrator', organisationId: null }] as const;

/**
 * The two pages people land on, from two instances of the service on one database, as when several
 * processes serve it: the statements each request sends, and that a change made through one
 * instance shows on the other's next page although both keep figures in memory.
 */
describe('the dashboard and the portfolio', () => {
  const statements: string[] = [];
  let a: TestApp;
  let b: TestApp;
  let viaA: TestSession;
  let viaB: TestSession;
  let ids: Awaited<ReturnType<typeof setUpPortfolio>>;
  let southWestId: string;

  const portfolio = (allianceId: string) => `/alliances/${allianceId}/business-areas`;
  const textOf = (html: string) => decodeEntities(html).replace(/\s+/g, ' ');

  /** The statements one request sends, the page checked to be the real one (not a redirect). */
  async function statementsFor(session: TestSession, url: string): Promise<string[]> {
    statements.length = 0;
    const response = await session.get(url);
    expect(response.statusCode).toBe(200);
    return [...statements];
  }

  beforeAll(async () => {
    const database = await createTestDatabase({ logger: { logQuery: (query) => statements.push(query) } });
    a = await createTestApp({ database });
    b = await createTestApp({ database });
    ids = await setUpPortfolio(a);
    const [southWest] = await database.db.select().from(alliances).where(eq(alliances.name, SOUTH_WEST));
    southWestId = southWest?.id as string;
    viaA = await a.signIn(ADMINISTRATOR, 'admin.a@alliance.test');
    viaB = await b.signIn(ADMINISTRATOR, 'admin.b@alliance.test');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await a.database.close();
  });

  it.each([
    ['the dashboard', () => '/'],
    ['the portfolio', () => portfolio(ids.allianceId)],
  ])('%s sends one statement for the session and at most three for the page', async (_name, url) => {
    await statementsFor(viaB, url()); // the first since the last change loads the figures
    const sent = await statementsFor(viaB, url());
    expect(sent[0]).toMatch(/from "sessions"/);
    expect(sent.slice(1).length).toBeLessThanOrEqual(3);
    expect(sent.slice(1).some((statement) => /"sessions"/.test(statement))).toBe(false);
  });

  it('shows on one instance a change made through the other', async () => {
    const before = textOf((await viaB.get(`/?alliance=${southWestId}`)).body);
    expect(before).toContain('Business areas: not yet recorded');
    expect((await viaB.get(portfolio(southWestId))).body).not.toContain('Shared fleet workshop');

    const added = await viaA.submit(`${portfolio(southWestId)}/new`, {
      name: 'Shared fleet workshop',
      functionGroup: 'support',
      scope: 'in_scope',
      exclusionReason: '',
      hostOrganisationId: ids.wiltshireId,
      seniorResponsibleOfficer: '',
      leadName: '',
      description: '',
    });
    expect(added.statusCode, errorSummary(added.body).join('; ')).toBe(303);

    const after = textOf((await viaB.get(`/?alliance=${southWestId}`)).body);
    expect(after).not.toContain('Business areas: not yet recorded');
    expect(after).toContain('0 business areas approved, 1 in development, consultation complete on 0');
    expect((await viaB.get(portfolio(southWestId))).body).toContain('Shared fleet workshop');
  });
});
