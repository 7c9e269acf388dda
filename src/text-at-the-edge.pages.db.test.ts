import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  createTestApp,
  decodeEntities,
  type TestApp,
  type TestSession,
} from './platform/testing/test-app.ts';
import { savedState } from './modules/organisations/organisations-testing.ts';
import {
  savedState as portfolioState,
  addTestArea,
  setUpPortfolio,
  uploaderFor,
} from './modules/business-areas/portfolio/business-areas.testing.ts';
import { MINIMAL_PDF } from './modules/business-areas/documents/documents.testing.ts';

/**
 * Every POST address the app serves, read from Fastify's own route tree, so a form added later is
 * tried too. Lines look like `│   ├── /:id/edit (POST)`: four characters of indent per level.
 */
function postRoutes(app: FastifyInstance): string[] {
  const tree = app.printRoutes({ method: 'POST', commonPrefix: false });
  const parents: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│├└─\s]*?)(?:[├└]── )(\S+) \(POST\)/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const segment = (match[2] ?? '').replace(/:(\w+)(\|:\w+)*/g, ':$1');
    parents.length = depth;
    const path = parents.join('') + segment;
    parents.push(segment);
    routes.push(path);
  }
  return routes;
}

function summaryOf(html: string): string {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return decodeEntities(summary.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

describe('text is checked at the edge of every page form', () => {
  let t: TestApp;
  let admin: TestSession;
  let pages: string[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn([{ role: 'administrator', organisationId: null }]);
    pages = postRoutes(t.app).filter((route) => !route.startsWith('/api/'));
  });
  afterAll(() => t.close());

  it('finds the forms to try', () => {
    expect(pages).toContain('/organisations/:id/edit');
    expect(pages).toContain('/business-areas/:id/documents');
    expect(pages.length).toBeGreaterThan(30);
  });

  it('refuses a control character in a field of every form with 400 naming it, saving nothing', async () => {
    const before = await savedState(t.database.db);
    const failures: string[] = [];
    for (const route of pages) {
      const url = route.replace(/:\w+/g, () => randomUUID());
      for (const bad of ['Dorset\u0000Police', 'Dorset\u001bPolice']) {
        const response = await admin.submit(url, { name: bad, version: '1' }, '/account');
        const summary = summaryOf(response.body);
        if (
          response.statusCode !== 400 ||
          !summary.includes('Name contains an invisible control character')
        ) {
          failures.push(`${route}: ${response.statusCode} ${summary}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('names a field in words and links back to the form it came from', async () => {
    const response = await admin.submit('/organisations', { shortName: 'Two\nlines' }, '/organisations/new');
    expect(response.statusCode).toBe(400);
    expect(summaryOf(response.body)).toContain('Short name must be on one line, without tabs or line breaks');
    expect(response.body).toContain('Go back to the form');
  });

  it('still refuses a forged form as forged: the CSRF check comes first', async () => {
    const response = await admin.postForm('/organisations', { name: 'a\u0000b' });
    expect(response.statusCode).toBe(403);
  });
});

describe('text in an uploaded form', () => {
  let t: TestApp;
  let areaId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { allianceId } = await setUpPortfolio(t);
    const deps = { db: t.database.db, clock: t.clock };
    const name = 'Major crime investigation';
    const area = await addTestArea(deps, allianceId, { name, functionGroup: 'operational' });
    areaId = area.id;
  });
  afterAll(() => t.close());

  it('refuses a control character in a document’s title or file name, saving nothing', async () => {
    const team = await uploaderFor(t, [{ role: 'programme_team', organisationId: null }]);
    const before = await portfolioState(t.database.db);
    const file = { filename: 'case\u0007.pdf', content: MINIMAL_PDF, contentType: 'application/pdf' };
    const response = await team.upload(areaId, { title: 'Full\u0000case' }, file);
    expect(response.statusCode).toBe(400);
    expect(summaryOf(response.body)).toContain('Title contains an invisible control character');
    expect(summaryOf(response.body)).toContain('The name of the selected file contains');
    expect(await portfolioState(t.database.db)).toEqual(before);
  });
});
