import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { addTestArea, areaAuditEvents, savedState, setUpPortfolio } from './business-areas.testing.ts';

describe('business case sections', () => {
  let t: TestApp;
  let team: TestSession;
  let viewer: TestSession;
  let areaId: string;
  const sectionUrl = (section: string) => `/business-areas/${areaId}/case/${section}`;

  beforeAll(async () => {
    t = await createTestApp();
    const { allianceId } = await setUpPortfolio(t);
    const deps = { db: t.database.db, clock: t.clock };
    const area = await addTestArea(deps, allianceId, {
      name: 'Contact management',
      functionGroup: 'operational',
    });
    areaId = area.id;
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('shows the five cases as a GOV.UK task list, none started', async () => {
    const page = await viewer.get(`/business-areas/${areaId}/case`);
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).toContain('govuk-task-list');
    for (const title of [
      'Strategic case',
      'Economic case',
      'Commercial case',
      'Financial case',
      'Management case',
    ]) {
      expect(html).toContain(title);
    }
    expect(html.match(/>\s*Not started\s*</g)).toHaveLength(5);
    expect(html).toContain('0 of 5 sections completed');
  });

  it('saves a section with its text, owner and status, and audits it against the area', async () => {
    const form = await team.get(sectionUrl('strategic'));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="version" value="0"');
    const response = await team.submit(sectionUrl('strategic'), {
      body: 'Two forces, one contact centre.\r\nShared telephony.',
      owner: 'Superintendent Jim Nye',
      status: 'in_progress',
      version: '0',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/business-areas/${areaId}/case?saved=strategic`);
    const list = decodeEntities((await team.get(response.headers.location as string)).body);
    expect(list).toContain('Strategic case saved');
    expect(list).toMatch(/>\s*In progress\s*</);
    expect(list).toContain('Owner: Superintendent Jim Nye.');

    const done = await team.submit(sectionUrl('strategic'), {
      body: 'Final text',
      owner: 'Superintendent Jim Nye',
      status: 'completed',
      version: '1',
    });
    expect(done.statusCode).toBe(303);
    const afterwards = decodeEntities((await team.get(`/business-areas/${areaId}/case`)).body);
    expect(afterwards).toContain('1 of 5 sections completed');
    const events = await areaAuditEvents(t.database.db, areaId);
    expect(events.map((event) => event.summary).slice(-2)).toEqual([
      'Saved the strategic case of Contact management (in progress)',
      'Saved the strategic case of Contact management (completed)',
    ]);
  });

  it('shows a viewer the text without a form', async () => {
    const page = await viewer.get(sectionUrl('strategic'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Final text');
    expect(page.body).not.toContain('<form method="post" action="/business-areas');
  });

  it.each([
    [
      'text over 20,000 characters',
      { body: 'x'.repeat(20_001) },
      'The text must be 20,000 characters or fewer',
    ],
    ['no status', { status: '' }, 'Select the status of the section'],
    ['an unknown status', { status: 'approved' }, 'Select the status of the section'],
    ['an owner too long', { owner: 'x'.repeat(201) }, 'The owner must be 200 characters or fewer'],
  ])('refuses %s and saves nothing', async (_what, fields, message) => {
    const before = await savedState(t.database.db);
    const response = await team.submit(sectionUrl('economic'), {
      body: 'Options appraisal',
      owner: '',
      status: 'in_progress',
      version: '0',
      ...fields,
    });
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual([message]);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('accepts exactly 20,000 characters, counting a line break as one', async () => {
    const body = `${'x'.repeat(9_999)}\r\n${'y'.repeat(10_000)}`;
    const response = await team.submit(sectionUrl('financial'), {
      body,
      owner: '',
      status: 'in_progress',
      version: '0',
    });
    expect(response.statusCode).toBe(303);
  });

  it('refuses the second of two saves from the same version, keeping their text', async () => {
    const first = await team.submit(sectionUrl('commercial'), {
      body: 'First',
      owner: '',
      status: 'in_progress',
      version: '0',
    });
    expect(first.statusCode).toBe(303);
    const before = await savedState(t.database.db);
    const second = await team.submit(sectionUrl('commercial'), {
      body: 'Second',
      owner: '',
      status: 'in_progress',
      version: '0',
    });
    expect(second.statusCode).toBe(409);
    expect(errorSummary(second.body)[0]).toContain(
      'The commercial case of Contact management was changed by someone else while you were editing.',
    );
    expect(second.body).toContain('>Second</textarea>');
    expect(second.body).toContain('The saved values');
    expect(second.body).toContain('name="version" value="1"');
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('answers 404 for a section that is not one of the five, and for unknown areas', async () => {
    expect((await team.get(`/business-areas/${areaId}/case/legal`)).statusCode).toBe(404);
    expect((await team.get(`/business-areas/${areaId}/case/constructor`)).statusCode).toBe(404);
    expect((await team.get(`/business-areas/${crypto.randomUUID()}/case`)).statusCode).toBe(404);
    expect((await team.get(`/business-areas/${crypto.randomUUID()}/case/strategic`)).statusCode).toBe(404);
    const bad = await team.submit(`/business-areas/${areaId}/case/legal`, {
      body: 'x',
      status: 'in_progress',
      version: '0',
    });
    expect(bad.statusCode).toBe(404);
  });

  it('refuses a viewer who tries to save', async () => {
    const before = await savedState(t.database.db);
    const response = await viewer.submit(sectionUrl('management'), {
      body: 'x',
      status: 'completed',
      version: '0',
    });
    expect(response.statusCode).toBe(403);
    expect(await savedState(t.database.db)).toEqual(before);
  });
});
