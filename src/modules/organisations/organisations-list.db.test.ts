import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import { expectBadPagingRefused, namesAfter } from '../../platform/testing/keyset-testing.ts';
import { organisations } from './organisations.tables.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;
type Listed = { items: { name: string }[]; next: string | null; total: number; matching: number };

/** Force 01 … Force 60; every third is a fire and rescue authority, populations repeat every four. */
const COUNT = 60;
const nameOf = (n: number) => `Force ${String(n).padStart(2, '0')}`;
const kindOf = (n: number) => (n % 3 === 0 ? 'fire_and_rescue_authority' : 'police_force');

describe('the organisations list a page at a time', () => {
  let t: TestApp;
  let viewer: TestSession;
  let api: Client;
  const page = async (query = '') => decodeEntities((await viewer.get(`/organisations${query}`)).body);
  const rowNames = (html: string) =>
    [...html.matchAll(/href="\/organisations\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((m) => m[1]);
  const walk = async (query: string): Promise<Listed> =>
    (await api.get(`/api/v1/organisations${query}`)).json();

  async function add(n: number) {
    const now = t.clock.now();
    await t.database.db.insert(organisations).values({
      ...{ id: crypto.randomUUID(), kind: kindOf(n), name: nameOf(n), shortName: `F${n}` },
      ...{ population: n % 4 === 0 ? null : (n % 4) * 1000, createdAt: now, updatedAt: now },
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('says so when there are none, on the page and in the API', async () => {
    const html = await page();
    expect(html).toContain('There are no organisations yet.');
    expect(html).not.toContain('govuk-pagination');
    expect(await walk('')).toMatchObject({ items: [], next: null, total: 0, matching: 0 });
  });

  it('shows one page without links, then the first and last pages of a longer list', async () => {
    for (let n = 1; n <= 25; n += 1) await add(n);
    const one = await page('?pageSize=25');
    expect(rowNames(one)).toHaveLength(25);
    expect(one).not.toContain('govuk-pagination');
    for (let n = 26; n <= COUNT; n += 1) await add(n);
    const first = await page();
    expect(rowNames(first)).toEqual(Array.from({ length: 50 }, (_, i) => nameOf(i + 1)));
    expect(first).toContain('Showing 1 to 50 of 60 organisations');
    const last = await page('?page=2');
    expect(rowNames(last)).toEqual(Array.from({ length: 10 }, (_, i) => nameOf(i + 51)));
    expect(last).not.toContain('govuk-pagination__next');
    expect(last).toContain('<title>Organisations (page 2 of 2)');
    expect(rowNames(await page('?page=9'))).toEqual(rowNames(last));
    expect(rowNames(await page('?pageSize=7'))).toHaveLength(50);
  });

  it('sorts by population both ways, unrecorded last and ties in name order', async () => {
    const up = rowNames(await page('?sort=population&pageSize=200'));
    expect(up.slice(0, 3)).toEqual([nameOf(1), nameOf(5), nameOf(9)]);
    expect(up.at(-1)).toBe(nameOf(60));
    const down = await page('?sort=population&order=descending&pageSize=25');
    expect(rowNames(down).slice(0, 3)).toEqual([nameOf(3), nameOf(7), nameOf(11)]);
    expect(down).toContain('/organisations?sort=population&order=descending&pageSize=25&page=2');
  });

  it('filters by kind and pages the filtered list, keeping the order in the filter form', async () => {
    const fire = await page('?kind=fire_and_rescue_authority&sort=kind&pageSize=25');
    expect(rowNames(fire)).toEqual(Array.from({ length: 20 }, (_, i) => nameOf((i + 1) * 3)));
    expect(fire).toContain('Showing 20 of 60 organisations');
    expect(fire).toContain('<input type="hidden" name="sort" value="kind">');
    const forces = await page('?kind=police_force&pageSize=25&page=2');
    expect(forces).toContain('Showing 26 to 40 of 40 organisations (60 before filtering)');
  });

  it('walks the API with a cursor, with no duplicates or gaps when rows come and go meanwhile', async () => {
    const firstPage = await walk('?limit=20&kind=police_force');
    expect(firstPage).toMatchObject({ total: 60, matching: 40, next: expect.any(String) });
    await add(0);
    await t.database.db.delete(organisations).where(eq(organisations.name, nameOf(31)));
    await add(61);
    const rest = await namesAfter(
      (url) => api.get(url),
      '/api/v1/organisations?limit=20&kind=police_force',
      firstPage.next,
    );
    const seen = [...firstPage.items.map((o) => o.name), ...rest];
    // Force 31 went after the first page was read, Force 00 arrived before the cursor: neither is seen.
    const expected = Array.from({ length: 61 }, (_, i) => i + 1)
      .filter((n) => kindOf(n) === 'police_force' && n !== 31)
      .map(nameOf);
    expect(seen).toEqual(expected);
  });

  it('refuses a tampered cursor and a limit out of bounds with 400', async () => {
    await expectBadPagingRefused((url) => api.get(url), '/api/v1/organisations');
  });
});
