import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { RoleGrant, RouteDeclaration } from './platform/http/access.ts';
import { apiClientFor } from './platform/testing/api-client.ts';
import type { TestSession } from './platform/testing/test-app.ts';
import { startFinanceDemo, type FinanceDemo } from './modules/finance/finance-demo.fixture.ts';
import {
  NOT_AN_ORGANISATION_RESOURCE,
  ROUTE_FIXTURES,
  demoIds,
  fillPath,
  fingerprint,
  type DemoIds,
  type RouteFixture,
} from './scoped-access.testing.ts';

type ApiClient = Awaited<ReturnType<typeof apiClientFor>>;

/** One person, through the API with a token and through the pages with a session. */
interface Person {
  readonly api: ApiClient;
  readonly pages: TestSession;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The programme team and finance roles, limited to one organisation. */
const scopedTo = (organisationId: string): RoleGrant[] => [
  { role: 'programme_team', organisationId },
  { role: 'finance', organisationId },
];

async function send(
  person: Person,
  method: string,
  url: string,
  fixture: RouteFixture,
  ids: DemoIds,
): Promise<LightMyRequestResponse> {
  const body = fixture.body?.(ids) ?? {};
  if (url.startsWith('/api/')) {
    if (method === 'DELETE' || fixture.multipart) return person.api.call(method, url);
    return person.api.call(method, url, body);
  }
  if (method === 'GET') return person.pages.get(url);
  if (fixture.multipart) return person.pages.submitMultipart(url, {}, undefined, { pageUrl: '/account' });
  await person.pages.get('/account'); // the session's current CSRF token
  const fields = Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  );
  return person.pages.submit(url, fields);
}

describe('organisation-scoped roles, on every route that needs a role or changes something', () => {
  let demo: FinanceDemo;
  let ids: DemoIds;
  let avon: Person;
  let dorset: Person;

  async function person(grants: RoleGrant[], name: string): Promise<Person> {
    const { t } = demo;
    return {
      api: await apiClientFor(t.app, t.database, t.clock, grants, `${name}-api@alliance.test`),
      pages: await t.signIn(grants, `${name}@alliance.test`),
    };
  }

  beforeAll(async () => {
    demo = await startFinanceDemo();
    const admin = await apiClientFor(demo.t.app, demo.t.database, demo.t.clock, [
      { role: 'administrator', organisationId: null },
    ]);
    ids = await demoIds(demo.t.database.db, async (found) => {
      const added = await admin.post(`/api/v1/alliances/${found.alliance}/boards/${found.board}/members`, {
        name: 'Jane Example',
        roleTitle: 'Chief Constable',
        organisationId: found.dorset,
      });
      expect(added.statusCode, added.body).toBe(201);
      return (added.json() as { id: string }).id;
    });
    avon = await person(scopedTo(ids.avon), 'avon');
    dorset = await person(scopedTo(ids.dorset), 'dorset');
  });
  afterAll(() => demo.t.close());

  /** What is wrong with one route, tried as Avon (outside the alliance) and as Dorset (a member). */
  async function problemsOf(route: RouteDeclaration): Promise<string[]> {
    const name = `${route.method} ${route.url}`;
    if (typeof route.access === 'string') {
      return route.url in NOT_AN_ORGANISATION_RESOURCE
        ? []
        : [`${name} changes state for anyone ${route.access}: give it a role and a scope`];
    }
    const fixture = ROUTE_FIXTURES[route.url];
    if (!fixture) return [`${name} is not in ROUTE_FIXTURES: say which demo records fill its path`];
    const problems: string[] = [];
    const url = fillPath(route.url, fixture.params(ids));
    const changes = STATE_CHANGING.has(route.method);
    const before = changes ? await fingerprint(demo.t.database.db) : {};
    const refused = await send(avon, route.method, url, fixture, ids);
    if (refused.statusCode !== 403) problems.push(`${name} answered ${refused.statusCode} to Avon, not 403`);
    const after = changes ? await fingerprint(demo.t.database.db) : {};
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length > 0) problems.push(`${name} refused Avon but changed ${changed.join(', ')}`);
    const member = await send(dorset, route.method, url, fixture, ids);
    if (fixture.unscopedOnly && member.statusCode !== 403) {
      problems.push(`${name} answered ${member.statusCode} to Dorset, not 403`);
    } else if (!fixture.unscopedOnly && [401, 403].includes(member.statusCode)) {
      problems.push(`${name} refused Dorset, a member, with ${member.statusCode}`);
    }
    return problems;
  }

  it('refuses a grant of an organisation outside the alliance, writing nothing, and lets a member through', async () => {
    const routes = demo.t.app.routeDeclarations.filter(
      (route) =>
        route.method !== 'HEAD' && (typeof route.access !== 'string' || STATE_CHANGING.has(route.method)),
    );
    const problems: string[] = [];
    for (const route of routes) problems.push(...(await problemsOf(route)));
    expect(problems).toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
  }, 300_000);

  it('names only routes that exist', () => {
    const urls = new Set(demo.t.app.routeDeclarations.map((route) => route.url));
    const stale = [...Object.keys(ROUTE_FIXTURES), ...Object.keys(NOT_AN_ORGANISATION_RESOURCE)].filter(
      (url) => !urls.has(url),
    );
    expect(stale).toEqual([]);
  });

  it('shows change controls only where the change would be let through', async () => {
    const page = async (who: Person, url: string) => (await who.pages.get(url)).body;
    const controls = [
      [`/business-areas/${ids.area}`, `href="/business-areas/${ids.area}/edit"`],
      [`/alliances/${ids.alliance}`, `href="/alliances/${ids.alliance}/edit"`],
      [`/alliances/${ids.alliance}/finance`, `href="/alliances/${ids.alliance}/finance/thresholds"`],
      [`/organisations/${ids.dorset}`, `href="/organisations/${ids.dorset}/edit"`],
    ] as const;
    for (const [url, control] of controls) {
      expect(await page(avon, url), url).not.toContain(control);
      expect(await page(dorset, url), url).toContain(control);
    }
    for (const who of [avon, dorset]) {
      expect(await page(who, '/alliances')).not.toContain('href="/alliances/new"');
      expect(await page(who, '/organisations')).not.toContain('href="/organisations/new"');
    }
  });

  it('lets a member add a business area to its alliance, and refuses an outsider', async () => {
    const url = `/api/v1/alliances/${ids.alliance}/business-areas`;
    const body = {
      ...ROUTE_FIXTURES['/api/v1/alliances/:allianceId/business-areas']?.body?.(ids),
      name: 'Drones',
    };
    const audit = (await demo.auditActions()).length;
    expect((await avon.api.post(url, body)).statusCode).toBe(403);
    expect((await demo.auditActions()).length).toBe(audit);
    const added = await dorset.api.post(url, body);
    expect(added.statusCode, added.body).toBe(201);
    expect((await demo.auditActions()).length).toBe(audit + 1);
  });
});
