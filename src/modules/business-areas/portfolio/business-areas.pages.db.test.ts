import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../../platform/testing/test-app.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { areaAuditEvents, areaVersion, savedState, setUpPortfolio } from './business-areas.testing.ts';

describe('business area pages', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof setUpPortfolio>>;
  let team: TestSession;
  let viewer: TestSession;
  const list = () => `/alliances/${ids.allianceId}/business-areas`;

  const areaForm = (fields: Record<string, string> = {}) => ({
    name: 'Information and communications technology',
    functionGroup: 'support',
    scope: 'in_scope',
    exclusionReason: '',
    hostOrganisationId: ids.devonId,
    seniorResponsibleOfficer: 'DCC Paul Netherton',
    leadName: 'Head of ICT',
    description: 'One ICT department for both forces',
    ...fields,
  });

  async function addArea(fields: Record<string, string> = {}): Promise<string> {
    const response = await team.submit(`${list()}/new`, areaForm(fields));
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    return (response.headers.location as string).split('/')[2]?.split('?')[0] as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await setUpPortfolio(t);
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('adds a business area at scoping, shows it and audits it', async () => {
    const form = await team.get(`${list()}/new`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Devon &amp; Cornwall Police');
    expect(form.body).not.toContain('Wiltshire Police');

    const id = await addArea();
    const page = await team.get(`/business-areas/${id}?saved=added`);
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).toContain('Business area added');
    expect(html).toContain('Information and communications technology');
    expect(html).toContain('Scoping and feasibility since 15 March 2016');
    expect(html).toContain('Devon & Cornwall Police');
    expect(html).toContain('DCC Paul Netherton');
    expect(html).toContain(`/audit/business_area/${id}`);
    expect(html).toContain(`/business-areas/${id}/case`);
    expect(html).toContain(`/business-areas/${id}/documents`);
    expect(html).toContain('0 of 5 sections completed');

    const events = await areaAuditEvents(t.database.db, id);
    expect(events.map((event) => event.action)).toEqual(['business_area.created']);
    expect(events[0]?.summary).toBe(
      'Added business area Information and communications technology to Devon & Cornwall and Dorset strategic alliance',
    );
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });

  it('sends /business-areas to the first active alliance and lists it in the navigation', async () => {
    const response = await team.get('/business-areas');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(list());
    const page = await team.get(list());
    expect(page.body).toContain('href="/business-areas"');
    expect(page.body).toContain('Business areas');
  });

  describe('refuses bad input, keeps what was typed and saves nothing', () => {
    it.each([
      ['a missing name', { name: '  ' }, ['Enter the name of the business area']],
      [
        'a name too long',
        { name: 'x'.repeat(201) },
        ['The name of the business area must be 200 characters or fewer'],
      ],
      ['no function', { functionGroup: '' }, ['Select whether it is a support or an operational function']],
      ['an exclusion without a reason', { scope: 'excluded' }, ['Enter why the business area is excluded']],
    ])('%s', async (_what, fields, messages) => {
      const before = await savedState(t.database.db);
      const response = await team.submit(`${list()}/new`, areaForm({ name: 'Fleet', ...fields }));
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(messages);
      expect(response.body).toContain('DCC Paul Netherton');
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('a name the alliance already uses, in any case', async () => {
      await addArea({ name: 'Estates' });
      const before = await savedState(t.database.db);
      const response = await team.submit(`${list()}/new`, areaForm({ name: 'ESTATES' }));
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'The alliance already has a business area with this name',
      ]);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it.each([
      ['a force of another alliance', () => ids.wiltshireId],
      ['a member that is not a police force', () => ids.policingBodyId],
      ['an organisation that does not exist', () => crypto.randomUUID()],
    ])('a host that is %s', async (_what, host) => {
      const before = await savedState(t.database.db);
      const response = await team.submit(
        `${list()}/new`,
        areaForm({ name: 'Procurement', hostOrganisationId: host() }),
      );
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'Select a police force that is a member of the alliance as the host force',
      ]);
      expect(await savedState(t.database.db)).toEqual(before);
    });
  });

  it('records an excluded area with its reason and no host', async () => {
    const id = await addArea({
      name: 'Local policing',
      functionGroup: 'operational',
      scope: 'excluded',
      exclusionReason: 'Each force keeps its own neighbourhood teams',
      hostOrganisationId: 'none',
    });
    const html = decodeEntities((await team.get(`/business-areas/${id}`)).body);
    expect(html).toContain('Excluded: Each force keeps its own neighbourhood teams');
    expect(html).toContain('Not decided yet');
  });

  it('lists the portfolio with sort links and filters that work without JavaScript', async () => {
    const fleet = await addArea({ name: 'Fleet services', hostOrganisationId: ids.dorsetId });
    await team.submit(`/business-areas/${fleet}/confidence`, {
      confidence: 'amber_red',
      commentary: 'Vehicle contract at risk',
      'assessedOn-day': '1',
      'assessedOn-month': '3',
      'assessedOn-year': '2016',
      version: String(await areaVersion(t.database.db, fleet)),
    });
    const page = await viewer.get(list());
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).not.toContain('moj-sortable-table');
    expect(html).toMatch(/aria-sort="ascending">\s*<a [^>]*href="[^"]*\?order=descending">Name<\/a>/);
    expect(html).toMatch(/aria-sort="none">\s*<a [^>]*href="[^"]*\?sort=confidence">Confidence/);
    expect(html).toContain('class="moj-filter-layout"');
    expect(html).toMatch(/<form method="get" action="\/alliances\/[^"]+\/business-areas"/);
    expect(html).toContain('Dorset Police (1)');
    expect(html).toContain('Amber/Red (1)');
    expect(html).toContain('Excluded (1)');
    expect(html).not.toContain('Add a business area');

    const byHost = decodeEntities((await viewer.get(`${list()}?host=${ids.dorsetId}`)).body);
    expect(byHost).toMatch(/Showing 1 of \d+ business areas/);
    expect(byHost).toContain('Fleet services');
    expect(byHost).not.toContain('>Estates<');
    expect(byHost).toContain('Remove this filter');

    const byConfidence = decodeEntities(
      (await viewer.get(`${list()}?confidence=amber_red&confidence=red`)).body,
    );
    expect(byConfidence).toContain('Fleet services');
    expect(byConfidence).toMatch(/Showing 1 of/);

    const excluded = decodeEntities((await viewer.get(`${list()}?scope=excluded`)).body);
    expect(excluded).toContain('Local policing');
    expect(excluded).not.toContain('Fleet services</a>');

    const none = decodeEntities((await viewer.get(`${list()}?stage=live`)).body);
    expect(none).toContain('No business areas match these filters');

    const everything = decodeEntities((await viewer.get(`${list()}?stage=scoping&stage=nonsense`)).body);
    expect(everything).toContain('Fleet services');
  });

  describe('changing an area', () => {
    it('saves a change and audits before and after', async () => {
      const id = await addArea({ name: 'Legal services' });
      const response = await team.submit(`/business-areas/${id}/edit`, {
        ...areaForm({ name: 'Legal services', hostOrganisationId: ids.dorsetId, leadName: 'Head of Legal' }),
        version: '1',
      });
      expect(response.statusCode).toBe(303);
      const html = decodeEntities((await team.get(`/business-areas/${id}`)).body);
      expect(html).toContain('Head of Legal');
      expect(html).toContain('Dorset Police');
      const events = await areaAuditEvents(t.database.db, id);
      expect(events.map((event) => event.action)).toEqual(['business_area.created', 'business_area.updated']);
      expect(events[1]?.before).toMatchObject({ hostOrganisationId: ids.devonId, version: 1 });
      expect(events[1]?.after).toMatchObject({ hostOrganisationId: ids.dorsetId, version: 2 });
    });

    it('tells the second of two editors the area changed, keeps their input and shows the saved values', async () => {
      const id = await addArea({ name: 'Professional standards' });
      const other = await t.signIn([{ role: 'programme_team', organisationId: null }]);
      const first = await team.submit(`/business-areas/${id}/edit`, {
        ...areaForm({ name: 'Professional standards', leadName: 'First editor' }),
        version: '1',
      });
      expect(first.statusCode).toBe(303);
      const before = await savedState(t.database.db);
      const second = await other.submit(`/business-areas/${id}/edit`, {
        ...areaForm({ name: 'Professional standards', leadName: 'Second editor' }),
        version: '1',
      });
      expect(second.statusCode).toBe(409);
      const html = decodeEntities(second.body);
      expect(errorSummary(second.body)[0]).toContain(
        'Professional standards was changed by someone else while you were editing. Your changes have not been saved.',
      );
      expect(html).toContain('The saved values');
      expect(html).toContain('First editor');
      expect(html).toContain('value="Second editor"');
      expect(html).toContain('name="version" value="2"');
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('refuses bad input on the edit form too', async () => {
      const id = await addArea({ name: 'Corporate communications' });
      const before = await savedState(t.database.db);
      const response = await team.submit(`/business-areas/${id}/edit`, {
        ...areaForm({ name: '', scope: 'excluded' }),
        version: '1',
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'Enter the name of the business area',
        'Enter why the business area is excluded',
      ]);
      expect(await savedState(t.database.db)).toEqual(before);
    });
  });

  describe('baselines', () => {
    const baselineForm = (version: number, fields: Record<string, string> = {}) => ({
      version: String(version),
      'baselines-0-budget': '£1,234,567.89',
      'baselines-0-officers': '12',
      'baselines-0-staff': '140',
      'baselines-1-budget': '650000',
      'baselines-1-officers': '3',
      'baselines-1-staff': '61',
      ...fields,
    });

    it('records budget and headcount per member force and shows the totals', async () => {
      const id = await addArea({ name: 'Human resources' });
      const form = await team.get(`/business-areas/${id}/baselines`);
      expect(form.statusCode).toBe(200);
      const response = await team.submit(`/business-areas/${id}/baselines`, baselineForm(1));
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      const html = decodeEntities((await team.get(`/business-areas/${id}`)).body);
      expect(html).toContain('£1,234,567.89');
      expect(html).toContain('£650,000.00');
      expect(html).toContain('£1,884,567.89');
      expect(html).toContain('>201<');
      const events = await areaAuditEvents(t.database.db, id);
      expect(events.at(-1)?.summary).toBe(
        'Set the baselines of Human resources: £1,884,567.89, 15 officers and 201 staff',
      );
      expect(await areaVersion(t.database.db, id)).toBe(2);
    });

    it.each([
      [
        'a negative budget',
        { 'baselines-0-budget': '-5' },
        'The budget of Devon & Cornwall Police must not be negative',
      ],
      [
        'a budget that is not money',
        { 'baselines-1-budget': 'lots' },
        'The budget of Dorset Police must be an amount of money, like £1,234.56',
      ],
      ['a missing budget', { 'baselines-1-budget': '' }, 'Enter the budget of Dorset Police'],
      [
        'a fractional headcount',
        { 'baselines-0-officers': '2.5' },
        'The number of officers in Devon & Cornwall Police must be a whole number, like 750000',
      ],
      [
        'a negative headcount',
        { 'baselines-1-staff': '-1' },
        'The number of staff in Dorset Police must be between 0 and 100,000',
      ],
    ])('refuses %s and saves nothing', async (what, fields, message) => {
      const id = await addArea({ name: `Baselines with ${what}` });
      const before = await savedState(t.database.db);
      const response = await team.submit(`/business-areas/${id}/baselines`, baselineForm(1, fields));
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(response.body).toContain(`href="#${Object.keys(fields)[0]}"`);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('refuses a stale version with 409 and keeps what was typed', async () => {
      const id = await addArea({ name: 'Finance' });
      await team.submit(`/business-areas/${id}/baselines`, baselineForm(1));
      const before = await savedState(t.database.db);
      const stale = await team.submit(
        `/business-areas/${id}/baselines`,
        baselineForm(1, { 'baselines-0-staff': '999' }),
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('value="999"');
      expect(stale.body).toContain('The saved values');
      expect(await savedState(t.database.db)).toEqual(before);
    });
  });

  describe('delivery confidence', () => {
    const confidenceForm = (fields: Record<string, string> = {}) => ({
      confidence: 'amber_green',
      commentary: 'Design agreed; consultation planned',
      'assessedOn-day': '4',
      'assessedOn-month': '3',
      'assessedOn-year': '2016',
      version: '1',
      ...fields,
    });

    it('records a dated assessment and shows it as a tag with its commentary', async () => {
      const id = await addArea({ name: 'Criminal justice' });
      expect((await team.get(`/business-areas/${id}/confidence`)).statusCode).toBe(200);
      const response = await team.submit(`/business-areas/${id}/confidence`, confidenceForm());
      expect(response.statusCode).toBe(303);
      const html = decodeEntities((await team.get(`/business-areas/${id}`)).body);
      expect(html).toContain(
        '<strong class="govuk-tag govuk-tag--yellow">Amber/Green</strong> assessed on 4 March 2016',
      );
      expect(html).toContain('Design agreed; consultation planned');
      const events = await areaAuditEvents(t.database.db, id);
      expect(events.at(-1)?.summary).toBe(
        'Assessed the delivery confidence of Criminal justice as Amber/Green',
      );
    });

    it.each([
      ['an unknown level', { confidence: 'purple' }, 'Select the delivery confidence'],
      ['no commentary', { commentary: '' }, 'Enter a commentary on the delivery confidence'],
      [
        'a date in the future',
        { 'assessedOn-day': '16' },
        'The date of the assessment must be today or in the past',
      ],
      [
        'a date that does not exist',
        { 'assessedOn-day': '31', 'assessedOn-month': '2' },
        'The date of the assessment must be a real date',
      ],
    ])('refuses %s', async (what, fields, message) => {
      const id = await addArea({ name: `Confidence with ${what}` });
      const before = await savedState(t.database.db);
      const response = await team.submit(`/business-areas/${id}/confidence`, confidenceForm(fields));
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(await savedState(t.database.db)).toEqual(before);
    });

    it('refuses a stale version with 409', async () => {
      const id = await addArea({ name: 'Dogs' });
      await team.submit(`/business-areas/${id}/confidence`, confidenceForm());
      const stale = await team.submit(
        `/business-areas/${id}/confidence`,
        confidenceForm({ confidence: 'red' }),
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('The saved values');
    });
  });

  it('answers 404 for areas, alliances and sections that do not exist', async () => {
    for (const url of [
      `/business-areas/${crypto.randomUUID()}`,
      '/business-areas/not-an-id',
      `/business-areas/${crypto.randomUUID()}/edit`,
      `/business-areas/${crypto.randomUUID()}/baselines`,
      `/alliances/${crypto.randomUUID()}/business-areas`,
      '/alliances/nope/business-areas',
    ]) {
      expect((await team.get(url)).statusCode, url).toBe(404);
    }
  });

  it('lets a viewer read but not change anything', async () => {
    const id = await addArea({ name: 'Roads policing', functionGroup: 'operational' });
    expect((await viewer.get(`/business-areas/${id}`)).statusCode).toBe(200);
    expect((await viewer.get(`/business-areas/${id}`)).body).not.toContain('Change this business area');
    for (const url of [
      `${list()}/new`,
      `/business-areas/${id}/edit`,
      `/business-areas/${id}/baselines`,
      `/business-areas/${id}/confidence`,
    ]) {
      expect((await viewer.get(url)).statusCode, url).toBe(403);
    }
    const before = await savedState(t.database.db);
    const posts: [string, Record<string, string>][] = [
      [`${list()}/new`, areaForm({ name: 'Viewer area' })],
      [`/business-areas/${id}/edit`, { ...areaForm({ name: 'Renamed' }), version: '1' }],
      [`/business-areas/${id}/baselines`, { version: '1' }],
      [`/business-areas/${id}/confidence`, { version: '1' }],
    ];
    for (const [url, fields] of posts) {
      expect((await viewer.submit(url, fields, list())).statusCode, url).toBe(403);
    }
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('lets finance keep the baselines but not the rest of the area', async () => {
    const finance = await t.signIn([{ role: 'finance', organisationId: null }]);
    const id = await addArea({ name: 'Firearms and armed response', functionGroup: 'operational' });
    expect((await finance.get(`/business-areas/${id}/baselines`)).statusCode).toBe(200);
    expect((await finance.get(`/business-areas/${id}/edit`)).statusCode).toBe(403);
  });
});
