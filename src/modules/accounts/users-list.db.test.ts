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
import { users } from './accounts.tables.ts';

type Client = Awaited<ReturnType<typeof apiClientFor>>;
type Listed = { items: { name: string; id: string }[]; next: string | null; total: number };

/** Aaron 01 … Aaron 60 sort before the two test accounts (the administrator and the API client). */
const PEOPLE = 60;
const nameOf = (n: number) => `Aaron ${String(n).padStart(2, '0')}`;
const ADMINISTRATOR = [{ role: 'administrator' as const, organisationId: null }];

describe('the users list a page at a time', () => {
  let t: TestApp;
  let admin: TestSession;
  let api: Client;
  const page = async (query = '') => decodeEntities((await admin.get(`/users${query}`)).body);
  const rowNames = (html: string) =>
    [...html.matchAll(/<th scope="row" class="govuk-table__header">([^<]+)<\/th>/g)].map((m) => m[1]);
  const walk = async (query: string): Promise<Listed> => (await api.get(`/api/v1/users${query}`)).json();

  async function addPerson(n: number): Promise<string> {
    const id = crypto.randomUUID();
    const now = t.clock.now();
    const email = `aaron-${String(n).padStart(2, '0')}@alliance.test`;
    await t.database.db.insert(users).values({ id, email, name: nameOf(n), createdAt: now, updatedAt: now });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn(ADMINISTRATOR);
    api = await apiClientFor(t.app, t.database, t.clock, ADMINISTRATOR);
  });
  afterAll(() => t.close());

  it('shows one page without page links or a size chooser while the list is short', async () => {
    const html = await page();
    expect(rowNames(html)).toHaveLength(2);
    expect(html).toContain('2 users');
    expect(html).not.toContain('govuk-pagination');
    expect(html).not.toContain('name="pageSize"');
    expect(await walk('')).toMatchObject({ total: 2, next: null });
  });

  it('shows the first page, and the last page without a next link', async () => {
    for (let n = 1; n <= PEOPLE; n += 1) await addPerson(n);
    const first = await page();
    expect(rowNames(first)).toEqual(Array.from({ length: 50 }, (_, i) => nameOf(i + 1)));
    expect(first).toContain('Showing 1 to 50 of 62 users');
    expect(first).toMatch(/govuk-pagination__next[\s\S]*href="\/users\?page=2"/);
    const last = await page('?page=2');
    expect(rowNames(last).slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => nameOf(i + 51)));
    expect(rowNames(last)).toHaveLength(12);
    expect(last).toContain('Showing 51 to 62 of 62 users');
    expect(last).not.toContain('govuk-pagination__next');
    expect(last).toContain('<title>Users (page 2 of 2)');
  });

  it('shows the last page for a page past the end, and the usual size for a size it does not offer', async () => {
    expect(rowNames(await page('?page=9'))).toEqual(rowNames(await page('?page=2')));
    expect(rowNames(await page('?page=nine'))[0]).toBe(nameOf(1));
    expect(rowNames(await page('?pageSize=25'))).toHaveLength(25);
    expect(rowNames(await page('?pageSize=200'))).toHaveLength(62);
    expect(rowNames(await page('?pageSize=7'))).toHaveLength(50);
  });

  it('sorts by email both ways and keeps the sort in the page links', async () => {
    const up = rowNames(await page('?sort=email&pageSize=200'));
    const down = await page('?sort=email&order=descending&pageSize=25');
    expect(rowNames(down)).toEqual([...up].reverse().slice(0, 25));
    expect(down).toMatch(/aria-sort="descending">\s*<a [^>]*href="\/users\?sort=email&pageSize=25"/);
    expect(down).toContain('/users?sort=email&order=descending&pageSize=25&page=2');
    expect(rowNames(await page('?order=descending'))[2]).toBe(nameOf(PEOPLE));
  });

  it('names the user just added even when they are on another page', async () => {
    const [last] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.name, nameOf(PEOPLE)));
    expect(await page(`?added=${last?.id ?? ''}`)).toContain(`${nameOf(PEOPLE)} has been added.`);
    expect(await page('?added=not-an-id')).not.toContain('has been added');
  });

  it('walks the API with a cursor, with no duplicates or gaps when users come and go meanwhile', async () => {
    const firstPage = await walk('?limit=20');
    expect(firstPage.items.map((u) => u.name)).toEqual(Array.from({ length: 20 }, (_, i) => nameOf(i + 1)));
    expect(firstPage).toMatchObject({ total: 62, next: expect.any(String) });
    await addPerson(0);
    await t.database.db.delete(users).where(eq(users.name, nameOf(30)));
    await addPerson(61);
    const rest = await namesAfter((url) => api.get(url), '/api/v1/users?limit=20', firstPage.next);
    const people = rest.filter((name) => name.startsWith('Aaron'));
    const expected = Array.from({ length: 41 }, (_, i) => nameOf(i + 21)).filter((n) => n !== nameOf(30));
    expect(people).toEqual(expected);
    expect(rest).toHaveLength(expected.length + 2);
  });

  it('refuses a tampered cursor and a limit out of bounds with 400', async () => {
    await expectBadPagingRefused((url) => api.get(url), '/api/v1/users');
  });
});
