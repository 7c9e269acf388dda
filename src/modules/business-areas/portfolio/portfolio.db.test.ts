import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { apiClientFor } from '../../../platform/testing/api-client.ts';
import { setUpPortfolio } from './business-areas.testing.ts';
import { businessAreaBaselines, businessAreas } from '../business-areas.tables.ts';
import { recordAudit } from '../../audit/index.ts';
import type { ChangeContext } from '../../../platform/context.ts';

const changeBy = (now: Date): ChangeContext => ({
  actor: { userId: null, label: 'Test' },
  requestId: 'test',
  action: 'business-area.created',
  now,
});

type Client = Awaited<ReturnType<typeof apiClientFor>>;
type Listed = { items: { name: string; id: string }[]; next: string | null; matching: number; total: number };

/** Area 01 … Area 60: budgets repeat every three areas (ties), every fourth is at implementation. */
const AREAS = 60;
const nameOf = (n: number) => `Area ${String(n).padStart(2, '0')}`;
const budgetOf = (n: number) => (n % 3) * 1000_00;

describe('the portfolio a page at a time', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof setUpPortfolio>>;
  let viewer: TestSession;
  let api: Client;
  const list = (query = '') => `/alliances/${ids.allianceId}/business-areas${query}`;
  const apiList = (query = '') => `/api/v1/alliances/${ids.allianceId}/business-areas${query}`;
  const page = async (query = '') => decodeEntities((await viewer.get(list(query))).body);
  const rowNames = (html: string) =>
    [...html.matchAll(/href="\/business-areas\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
  const walk = async (query: string): Promise<Listed> => (await api.get(apiList(query))).json();

  async function addArea(n: number) {
    const id = crypto.randomUUID();
    const now = t.clock.now();
    const stage = n % 4 === 0 ? 'implementation' : 'scoping';
    await t.database.db.transaction(async (tx) => {
      await tx.insert(businessAreas).values({
        ...{ id, allianceId: ids.allianceId, name: nameOf(n), functionGroup: 'support', stage },
        ...{ stageChangedAt: now, createdAt: now, updatedAt: now },
      });
      await tx.insert(businessAreaBaselines).values({
        businessAreaId: id,
        organisationId: ids.devonId,
        budgetPence: budgetOf(n),
        officers: 1,
        staff: 2,
      });
      // As every change does: the pages' kept figures wait for the audit head to move (ADR 15).
      await recordAudit(tx, changeBy(now), { entityType: 'business_area', entityId: id, summary: nameOf(n) });
    });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await setUpPortfolio(t);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    api = await apiClientFor(t.app, t.database, t.clock, [{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('says so when the alliance has no areas, on the page and in the API', async () => {
    const html = await page();
    expect(html).toContain('No business areas have been recorded for this alliance yet');
    expect(html).not.toContain('govuk-pagination');
    expect(await walk('')).toMatchObject({ items: [], next: null, total: 0, matching: 0 });
  });

  it('shows exactly one page without page links, and the last page without a next link', async () => {
    for (let n = 1; n <= 25; n += 1) await addArea(n);
    const one = await page('?pageSize=25');
    expect(rowNames(one)).toHaveLength(25);
    expect(one).toContain('25 business areas');
    expect(one).not.toContain('govuk-pagination');
    for (let n = 26; n <= AREAS; n += 1) await addArea(n);

    const first = await page();
    expect(rowNames(first)).toEqual(Array.from({ length: 50 }, (_, i) => nameOf(i + 1)));
    expect(first).toContain('Showing 1 to 50 of 60 business areas');
    expect(first).toMatch(/govuk-pagination__next[\s\S]*href="[^"]*\?page=2"/);
    const last = await page('?page=2');
    expect(rowNames(last)).toEqual(Array.from({ length: 10 }, (_, i) => nameOf(i + 51)));
    expect(last).toContain('Showing 51 to 60 of 60 business areas');
    expect(last).not.toContain('govuk-pagination__next');
    expect(last).toContain('govuk-pagination__prev');
    expect(last).toContain(
      '<title>Business areas: Devon & Cornwall and Dorset strategic alliance (page 2 of 2)',
    );
  });

  it('shows the last page for a page past the end, and the first for a page that is not a number', async () => {
    expect(rowNames(await page('?page=9'))).toEqual(rowNames(await page('?page=2')));
    expect(rowNames(await page('?page=0'))[0]).toBe(nameOf(1));
    expect(rowNames(await page('?page=two'))[0]).toBe(nameOf(1));
  });

  it('offers only the page sizes it lists, keeping the others out', async () => {
    expect(rowNames(await page('?pageSize=25'))).toHaveLength(25);
    expect(rowNames(await page('?pageSize=200'))).toHaveLength(60);
    expect(rowNames(await page('?pageSize=7'))).toHaveLength(50);
    expect(rowNames(await page('?pageSize=100000'))).toHaveLength(50);
    const sized = await page('?pageSize=25&stage=scoping');
    expect(sized).toMatch(/<option value="25" selected>25 a page<\/option>/);
    expect(sized).toContain('<input type="hidden" name="stage" value="scoping">');
  });

  it('totals every matching area, not only the page shown', async () => {
    const budgets = Array.from({ length: AREAS }, (_, i) => budgetOf(i + 1)).reduce((a, b) => a + b, 0);
    expect(budgets).toBe(60_000_00);
    expect(await page('?page=2')).toMatch(/£60,000(\.00)?<\/td>/);
    const listed = (await api.get(apiList('?limit=5'))).json();
    expect(listed.totals).toEqual({ budgetPence: budgets, officers: AREAS, staff: AREAS * 2 });
  });

  it('sorts by a column both ways, ties in name order, and keeps the sort in the page links', async () => {
    const up = rowNames(await page('?sort=budget&pageSize=200'));
    expect(up.slice(0, 3)).toEqual([nameOf(3), nameOf(6), nameOf(9)]);
    const down = await page('?sort=budget&order=descending&pageSize=25');
    expect(rowNames(down).slice(0, 3)).toEqual([nameOf(2), nameOf(5), nameOf(8)]);
    expect(down).toMatch(/aria-sort="descending">\s*<a [^>]*href="[^"]*\?sort=budget&pageSize=25"/);
    expect(down).toContain('?sort=budget&order=descending&pageSize=25&page=2');
    const byNameDown = rowNames(await page('?order=descending&pageSize=25'));
    expect(byNameDown[0]).toBe(nameOf(AREAS));
    expect(rowNames(await page('?sort=nonsense'))[0]).toBe(nameOf(1));
  });

  it('filters and pages together', async () => {
    const html = await page('?stage=implementation&pageSize=25');
    expect(rowNames(html)).toEqual(Array.from({ length: 15 }, (_, i) => nameOf((i + 1) * 4)));
    expect(html).toContain('Showing 15 of 60 business areas');
    expect(html).toContain('Implementation (15)');
    const scoping = await page('?stage=scoping&pageSize=25&page=2');
    expect(rowNames(scoping)).toHaveLength(20);
    expect(scoping).toContain('Showing 26 to 45 of 45 business areas (60 before filtering)');
    expect(scoping).toContain('?stage=scoping&pageSize=25"');
  });

  it('walks the API with a cursor, with no duplicates or gaps when rows come and go meanwhile', async () => {
    const firstPage = await walk('?limit=20');
    expect(firstPage.items.map((a) => a.name)).toEqual(Array.from({ length: 20 }, (_, i) => nameOf(i + 1)));
    expect(firstPage.next).toEqual(expect.any(String));
    const inserted = await addArea(0);
    const gone = await t.database.db
      .select()
      .from(businessAreas)
      .where(eq(businessAreas.name, nameOf(30)));
    await t.database.db.delete(businessAreas).where(eq(businessAreas.id, gone[0]?.id ?? ''));
    await addArea(61);
    const rest: string[] = [];
    let next = firstPage.next;
    while (next) {
      const more = await walk(`?limit=20&cursor=${next}`);
      rest.push(...more.items.map((a) => a.name));
      next = more.next;
    }
    const expected = Array.from({ length: 41 }, (_, i) => nameOf(i + 21)).filter((n) => n !== nameOf(30));
    expect(rest).toEqual(expected);
    expect(rest).not.toContain(nameOf(0));
    await t.database.db.delete(businessAreas).where(eq(businessAreas.id, inserted));
  });

  it('refuses a tampered cursor and a limit out of bounds with 400', async () => {
    const { next } = await walk('?limit=2');
    const forged = Buffer.from(JSON.stringify([1, 'x', 'not-a-uuid'])).toString('base64url');
    for (const cursor of [
      String(next).slice(0, -3),
      'AAAA',
      forged,
      '!!!',
      Buffer.from('[2]').toString('base64url'),
    ]) {
      const answer = await api.get(apiList(`?cursor=${encodeURIComponent(cursor)}`));
      expect(answer.statusCode, cursor).toBe(400);
      expect(answer.json().error).toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'cursor' }],
      });
    }
    for (const limit of ['0', '201', 'ten']) {
      const answer = await api.get(apiList(`?limit=${limit}`));
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.code).toBe('validation_failed');
    }
    expect((await walk('?limit=200')).items.length).toBeGreaterThan(50);
  });
});
