import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientFor } from '../../platform/testing/api-client.ts';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { createAccountsService } from '../accounts/accounts.service.ts';
import type { ChangeContext } from '../../platform/context.ts';

const ORGANISATION = '6f1d2c3b-4a59-4e68-8d7c-9b0a1f2e3d4c';

/** The "What happened" cells of the search results, top to bottom. */
function resultSummaries(html: string): string[] {
  const body = /<tbody class="govuk-table__body">([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [
    ...body.matchAll(
      /<tr class="govuk-table__row">[\s\S]*?<\/td>[\s\S]*?<\/td>\s*<td[^>]*>\s*([\s\S]*?)\s*<\/td>/g,
    ),
  ].map((match) => decodeEntities((match[1] ?? '').replace(/<[^>]+>/g, '').trim()));
}

function link(html: string, rel: 'next' | 'prev'): string | undefined {
  const href = new RegExp(`href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
  return href && decodeEntities(href);
}

describe('the audit trail pages and API', () => {
  let t: TestApp;
  let admin: TestSession;
  let auditor: TestSession;
  let viewer: TestSession;
  let accounts: ReturnType<typeof createAccountsService>;
  let summerUserId: string;

  const context = (action: string): ChangeContext => ({
    actor: { userId: null, label: 'Command line (ops)' },
    requestId: `req-${action}-${t.clock.now().getTime()}`,
    action,
    now: t.clock.now(),
  });

  beforeAll(async () => {
    t = await createTestApp();
    accounts = createAccountsService({ db: t.database.db, clock: t.clock, sessionIdleMinutes: 120 });
    for (let i = 1; i <= 55; i++) {
      await accounts.createUser(context('user.created'), {
        email: `bulk${i}@alliance.test`,
        name: `Bulk person ${String(i).padStart(2, '0')}`,
        roles: [{ role: 'viewer', organisationId: null }],
      });
    }
    // 00:30 on 1 July in the UK (BST), still 30 June in UTC.
    t.clock.set('2016-06-30T23:30:00Z');
    const summer = await accounts.createUser(context('user.created'), {
      email: 'summer@alliance.test',
      name: 'Summer Starter',
      roles: [{ role: 'viewer', organisationId: null }],
    });
    summerUserId = summer.id;
    t.clock.set('2016-07-02T09:05:00Z');
    await accounts.updateUser(context('user.updated'), summer.id, {
      version: summer.version,
      name: 'Summer Starter-Smith',
      active: true,
      roles: [{ role: 'auditor', organisationId: null }],
    });
    admin = await t.signIn([{ role: 'administrator', organisationId: null }], 'admin@alliance.test');
    auditor = await t.signIn([{ role: 'auditor', organisationId: null }], 'auditor@alliance.test');
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }], 'viewer@alliance.test');
  });
  afterAll(() => t.close());

  describe('a record’s timeline', () => {
    it('lists every event, newest first, with who, when, the request and the changes', async () => {
      const response = await admin.get(`/audit/user/${summerUserId}`);
      expect(response.statusCode).toBe(200);
      const html = decodeEntities(response.body);
      expect(html).toContain('History of Summer Starter-Smith');
      expect(html).toContain('class="moj-timeline"');
      const changed = html.indexOf('Changed user Summer Starter-Smith');
      const added = html.indexOf('Added user Summer Starter');
      expect(changed).toBeGreaterThan(-1);
      expect(added).toBeGreaterThan(changed);
      expect(html).toContain('by Command line (ops)');
      expect(html).toContain('2 July 2016 at 10:05am');
      expect(html).toContain('1 July 2016 at 12:30am');
      expect(html).toContain('<time datetime="2016-07-02T09:05:00.000Z">');
      expect(html).toContain(`req-user.updated-${Date.parse('2016-07-02T09:05:00Z')}`);
      const changes = html.slice(changed, added);
      expect(changes).toContain('Show changes');
      expect(changes).toMatch(
        />name<\/th>\s*<td[^>]*>Summer Starter<\/td>\s*<td[^>]*>Summer Starter-Smith<\/td>/,
      );
      expect(changes).toMatch(/>version<\/th>\s*<td[^>]*>1<\/td>\s*<td[^>]*>2<\/td>/);
      expect(changes).not.toMatch(/>email<\/th>/);
    });

    it('says so when a record has no events', async () => {
      const response = await viewer.get(`/audit/organisation/${ORGANISATION}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('There are no events for this record.');
    });

    it('answers 404 for an unknown kind of record or a malformed id', async () => {
      expect((await admin.get(`/audit/budget/${ORGANISATION}`)).statusCode).toBe(404);
      expect((await admin.get(`/audit/constructor/${ORGANISATION}`)).statusCode).toBe(404);
      expect((await admin.get('/audit/user/not-a-uuid')).statusCode).toBe(404);
    });

    it('shows a user’s history only to them, administrators and auditors', async () => {
      expect((await viewer.get(`/audit/user/${summerUserId}`)).statusCode).toBe(403);
      expect((await auditor.get(`/audit/user/${summerUserId}`)).statusCode).toBe(200);
      const own = (await accounts.findUserByEmail('viewer@alliance.test'))?.id;
      const mine = await viewer.get(`/audit/user/${own}`);
      expect(mine.statusCode).toBe(200);
      expect(mine.body).toContain('signed in');
      expect((await t.anonymous().get(`/audit/organisation/${ORGANISATION}`)).statusCode).toBe(302);
    });
  });

  describe('the search', () => {
    it('is for auditors and administrators only', async () => {
      expect((await auditor.get('/audit')).statusCode).toBe(200);
      expect((await admin.get('/audit')).statusCode).toBe(200);
      expect((await viewer.get('/audit')).statusCode).toBe(403);
      expect((await t.anonymous().get('/audit')).statusCode).toBe(302);
    });

    it('finds events by text in the summary or the person, newest first, linking to the timeline', async () => {
      const response = await auditor.get('/audit?text=summer+starter');
      expect(response.statusCode).toBe(200);
      expect(resultSummaries(response.body)).toEqual([
        'Changed user Summer Starter-Smith',
        'Added user Summer Starter',
      ]);
      expect(response.body).toContain(`href="/audit/user/${summerUserId}"`);
      const byPerson = await auditor.get('/audit?text=command+line&action=user.updated');
      expect(resultSummaries(byPerson.body)).toEqual(['Changed user Summer Starter-Smith']);
    });

    it('filters by type of record and action, keeping the choices in the form', async () => {
      const response = await auditor.get('/audit?entityType=organisation');
      expect(response.body).toContain('No events match your search.');
      expect(response.body).toMatch(/<option value="organisation" selected>/);
      const signIns = await auditor.get('/audit?entityType=user&action=account.signed-in');
      expect(resultSummaries(signIns.body)).toEqual([
        'Test user 3 signed in',
        'Test user 2 signed in',
        'Test user 1 signed in',
      ]);
    });

    it('takes UK calendar days, both included', async () => {
      const fromJuly = await auditor.get('/audit?from-day=1&from-month=7&from-year=2016&text=summer');
      expect(resultSummaries(fromJuly.body)).toEqual([
        'Changed user Summer Starter-Smith',
        'Added user Summer Starter',
      ]);
      const julyFirst = await auditor.get(
        '/audit?from-day=1&from-month=7&from-year=2016&to-day=1&to-month=7&to-year=2016',
      );
      expect(resultSummaries(julyFirst.body)).toEqual(['Added user Summer Starter']);
      const untilJune = await auditor.get('/audit?to-day=30&to-month=6&to-year=2016&text=summer');
      expect(untilJune.body).toContain('No events match your search.');
    });

    it.each([
      {
        query: 'from-day=31&from-month=2&from-year=2016',
        errors: ['The ‘from’ date must be a real date'],
      },
      { query: 'to-day=1&to-month=13&to-year=2016', errors: ['The ‘to’ date must be a real date'] },
      {
        query: 'from-day=2&from-month=7&from-year=2016&to-day=1&to-month=7&to-year=2016',
        errors: ['The ‘to’ date must be the same as or after the ‘from’ date'],
      },
      { query: 'entityType=budget', errors: ['Select a type of record from the list'] },
      { query: `text=${'x'.repeat(201)}`, errors: ['Search text must be 200 characters or fewer'] },
    ])('refuses $query with 400 and an error summary', async ({ query, errors }) => {
      const response = await auditor.get(`/audit?${query}`);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(errors);
      expect(response.body).not.toContain('<tbody');
    });

    it('links each error to its field', async () => {
      const response = await auditor.get('/audit?from-day=31&from-month=2&from-year=2016');
      expect(response.body).toContain('href="#from-day"');
      expect(response.body).toContain('id="from-day"');
      expect(response.body).toContain('value="31"');
    });

    it('pages through results with seq cursors, keeping the filters', async () => {
      const first = await auditor.get('/audit?action=user.created&text=bulk');
      expect(resultSummaries(first.body)).toHaveLength(50);
      expect(resultSummaries(first.body)[0]).toBe('Added user Bulk person 55');
      expect(link(first.body, 'prev')).toBeUndefined();
      const next = link(first.body, 'next');
      expect(next).toMatch(/^\/audit\?text=bulk&action=user\.created&before=\d+$/);

      const second = await auditor.get(next as string);
      expect(resultSummaries(second.body)).toEqual([
        'Added user Bulk person 05',
        'Added user Bulk person 04',
        'Added user Bulk person 03',
        'Added user Bulk person 02',
        'Added user Bulk person 01',
      ]);
      expect(link(second.body, 'next')).toBeUndefined();
      const previous = link(second.body, 'prev');
      expect(previous).toMatch(/after=\d+$/);

      const back = await auditor.get(previous as string);
      expect(resultSummaries(back.body)).toEqual(resultSummaries(first.body));
      expect(link(back.body, 'prev')).toBeUndefined();
    });
  });

  describe('the API', () => {
    it('searches with the same filters and a before cursor, including the hashes', async () => {
      const client = await apiClientFor(t.app, t.database, t.clock, [
        { role: 'auditor', organisationId: null },
      ]);
      const first = await client.get('/api/v1/audit/events?action=user.created&text=bulk&limit=3');
      expect(first.statusCode).toBe(200);
      const page = first.json();
      expect(page.events.map((event: { summary: string }) => event.summary)).toEqual([
        'Added user Bulk person 55',
        'Added user Bulk person 54',
        'Added user Bulk person 53',
      ]);
      expect(page.events[0]).toMatchObject({
        entityType: 'user',
        actorLabel: 'Command line (ops)',
        prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        occurredAt: '2016-03-15T10:00:00.000Z',
      });
      expect(page.events[0].prevHash).toBe(page.events[1].hash);
      const next = await client.get(
        `/api/v1/audit/events?action=user.created&text=bulk&limit=3&before=${page.nextBefore}`,
      );
      expect(next.json().events[0].summary).toBe('Added user Bulk person 52');

      const july = await client.get('/api/v1/audit/events?from=2016-07-01&to=2016-07-01');
      expect(july.json()).toMatchObject({
        events: [{ summary: 'Added user Summer Starter' }],
        nextBefore: null,
      });
    });

    it.each([
      'limit=201',
      'limit=0',
      'from=2016-02-30',
      'entityType=budget',
      'before=abc',
      'from=2016-07-02&to=2016-07-01',
    ])('refuses %s with 400', async (query) => {
      const client = await apiClientFor(t.app, t.database, t.clock, [
        { role: 'auditor', organisationId: null },
      ]);
      const response = await client.get(`/api/v1/audit/events?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    });

    it('gives one record’s events, and 404 for unknown kinds and ids', async () => {
      const client = await apiClientFor(t.app, t.database, t.clock, [
        { role: 'administrator', organisationId: null },
      ]);
      const response = await client.get(`/api/v1/audit/events/user/${summerUserId}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().events.map((event: { action: string }) => event.action)).toEqual([
        'user.updated',
        'user.created',
      ]);
      expect(response.json().events[0].before).toMatchObject({ name: 'Summer Starter' });
      expect((await client.get(`/api/v1/audit/events/budget/${summerUserId}`)).statusCode).toBe(404);
      expect((await client.get('/api/v1/audit/events/user/nope')).statusCode).toBe(404);
    });

    it('verifies the chain', async () => {
      const client = await apiClientFor(t.app, t.database, t.clock, [
        { role: 'auditor', organisationId: null },
      ]);
      const response = await client.get('/api/v1/audit/verify');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ intact: true, checked: expect.any(Number) });
    });

    it('is closed to other roles (403) and to strangers (401)', async () => {
      const client = await apiClientFor(t.app, t.database, t.clock, [
        { role: 'viewer', organisationId: null },
      ]);
      for (const url of [
        '/api/v1/audit/events',
        `/api/v1/audit/events/user/${summerUserId}`,
        '/api/v1/audit/verify',
      ]) {
        expect((await client.get(url)).statusCode).toBe(403);
        expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      }
    });

    it('is described in OpenAPI', async () => {
      const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/audit/events',
          '/api/v1/audit/events/{entityType}/{entityId}',
          '/api/v1/audit/verify',
        ]),
      );
    });
  });
});
