import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { DORSET_FORM, auditEventsFor, savedState } from './organisations-testing.ts';

const idFrom = (location: string | undefined) =>
  /\/organisations\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] ?? '';

describe('organisation pages', () => {
  let t: TestApp;
  let team: TestSession;
  let dorsetId: string;

  beforeAll(async () => {
    t = await createTestApp();
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    const added = await team.submit('/organisations', DORSET_FORM, '/organisations/new');
    expect(added.statusCode).toBe(303);
    dorsetId = idFrom(added.headers.location);
  });
  afterAll(() => t.close());

  it('adds an organisation, shows it, and audits the change', async () => {
    const page = await team.get(`/organisations/${dorsetId}`);
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).toContain('<h1 class="govuk-heading-l">Dorset Police</h1>');
    expect(html).toContain('750,000 (2015)');
    expect(html).toContain(`href="/audit/organisation/${dorsetId}"`);
    const events = await auditEventsFor(t.database.db, dorsetId);
    expect(events.map((e) => e.action)).toEqual(['organisation.created']);
    expect(events[0]?.after).toMatchObject({ name: 'Dorset Police', population: 750000, version: 1 });
  });

  it('lists organisations with sortable columns and filters them by kind', async () => {
    await team.submit('/organisations', {
      ...DORSET_FORM,
      kind: 'policing_body',
      name: 'Office of the Police and Crime Commissioner for Dorset',
      shortName: 'OPCC Dorset',
      population: '',
      populationYear: '',
    });
    const all = decodeEntities((await team.get('/organisations')).body);
    expect(all).toMatch(/aria-sort="ascending">\s*<a [^>]*href="\/organisations\?order=descending">Name/);
    expect(all).toContain('2 organisations');
    const forces = decodeEntities((await team.get('/organisations?kind=police_force')).body);
    expect(forces).toContain('Showing 1 of 2 organisations');
    expect(forces).toContain('Dorset Police');
    expect(forces).not.toContain('OPCC Dorset');
    const fire = decodeEntities((await team.get('/organisations?kind=fire_and_rescue_authority')).body);
    expect(fire).toContain('There are no fire and rescue authorities yet.');
  });

  it('edits an organisation with its version, and audits before and after', async () => {
    const form = await team.get(`/organisations/${dorsetId}/edit`);
    expect(form.body).toContain('name="version" value="1"');
    const saved = await team.submit(`/organisations/${dorsetId}/edit`, {
      ...DORSET_FORM,
      population: '760000',
      version: '1',
    });
    expect(saved.statusCode).toBe(303);
    expect(decodeEntities((await team.get(`/organisations/${dorsetId}`)).body)).toContain('760,000 (2015)');
    const [, updated] = await auditEventsFor(t.database.db, dorsetId);
    expect(updated?.action).toBe('organisation.updated');
    expect(updated?.before).toMatchObject({ population: 750000, version: 1 });
    expect(updated?.after).toMatchObject({ population: 760000, version: 2 });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ['a missing name', { name: '  ' }, 'Enter the name of the organisation'],
    [
      'a name too long',
      { name: 'x'.repeat(201) },
      'The name of the organisation must be 200 characters or fewer',
    ],
    ['a duplicate name', { name: 'dorset police' }, 'An organisation with this name already exists'],
    ['a bad kind', { kind: 'army' }, 'Select the kind of organisation'],
    ['no kind', { kind: '' }, 'Select the kind of organisation'],
    [
      'a population that is not a number',
      { population: 'lots' },
      'The population must be a whole number, like 750000',
    ],
    ['a year without a population', { population: '' }, 'Enter the population, or leave the year blank'],
    ['notes too long', { notes: 'n'.repeat(2001) }, 'The notes must be 2000 characters or fewer'],
  ];

  it.each(badInputs)(
    'refuses %s: 400, the message, the input kept, nothing saved',
    async (_name, change, message) => {
      const before = await savedState(t.database.db);
      const fields = { ...DORSET_FORM, name: 'Wiltshire Police', ...change };
      const response = await team.submit('/organisations', fields, '/organisations/new');
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toContain(message);
      expect(response.body).toContain('govuk-error-message');
      const html = decodeEntities(response.body);
      if (fields.population) expect(html).toContain(`value="${fields.population}"`);
      expect(html).toContain(`value="${fields.shortName}"`);
      expect(await savedState(t.database.db)).toEqual(before);
    },
  );

  it('refuses a duplicate name on edit as a field error, not a failure', async () => {
    const other = await team.submit('/organisations', {
      ...DORSET_FORM,
      name: 'Wiltshire Police',
      shortName: 'Wiltshire',
    });
    const id = idFrom(other.headers.location);
    const before = await savedState(t.database.db);
    const response = await team.submit(`/organisations/${id}/edit`, { ...DORSET_FORM, version: '1' });
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual(['An organisation with this name already exists']);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('refuses the second of two edits from the same version, keeping the first and the second person’s input', async () => {
    const first = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    const second = await t.signIn([{ role: 'administrator', organisationId: null }]);
    const version =
      /name="version" value="(\d+)"/.exec((await first.get(`/organisations/${dorsetId}/edit`)).body)?.[1] ??
      '';
    await second.get(`/organisations/${dorsetId}/edit`);
    const firstSave = await first.submit(`/organisations/${dorsetId}/edit`, {
      ...DORSET_FORM,
      region: 'Wessex',
      version,
    });
    expect(firstSave.statusCode).toBe(303);
    const before = await savedState(t.database.db);
    const secondSave = await second.submit(`/organisations/${dorsetId}/edit`, {
      ...DORSET_FORM,
      notes: 'My careful note',
      version,
    });
    expect(secondSave.statusCode).toBe(409);
    const html = decodeEntities(secondSave.body);
    expect(errorSummary(secondSave.body)[0]).toMatch(
      /^Dorset Police was changed by someone else while you were editing\. Your changes have not been saved/,
    );
    expect(html).toContain('My careful note');
    expect(html).toContain('Wessex');
    expect(html).toContain(`name="version" value="${Number(version) + 1}"`);
    expect(await savedState(t.database.db)).toEqual(before);
    expect(decodeEntities((await team.get(`/organisations/${dorsetId}`)).body)).toContain('Wessex');
  });

  it.each([
    ['an unknown id', '/organisations/00000000-0000-4000-8000-000000000000'],
    ['a malformed id', '/organisations/not-an-id'],
    ['an unknown id to edit', '/organisations/00000000-0000-4000-8000-000000000000/edit'],
    ['a malformed id to edit', '/organisations/12345/edit'],
  ])('answers 404 for %s', async (_name, url) => {
    expect((await team.get(url)).statusCode).toBe(404);
  });

  it('answers 404 when saving an unknown organisation, and saves nothing', async () => {
    const before = await savedState(t.database.db);
    const response = await team.submit(
      '/organisations/00000000-0000-4000-8000-000000000000/edit',
      { ...DORSET_FORM, version: '1' },
      '/organisations',
    );
    expect(response.statusCode).toBe(404);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('lets a viewer read but not add or change', async () => {
    const viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    const list = await viewer.get('/organisations');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Add an organisation');
    expect((await viewer.get(`/organisations/${dorsetId}`)).body).not.toContain(
      `/organisations/${dorsetId}/edit`,
    );
    expect((await viewer.get('/organisations/new')).statusCode).toBe(403);
    const before = await savedState(t.database.db);
    const refused = await viewer.submit(
      '/organisations',
      { ...DORSET_FORM, name: 'Gloucestershire Constabulary' },
      '/organisations',
    );
    expect(refused.statusCode).toBe(403);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('lets a programme team member of one organisation change that one only', async () => {
    const other = await team.submit('/organisations', {
      ...DORSET_FORM,
      name: 'Avon and Somerset Constabulary',
      shortName: 'A&S',
    });
    const otherId = idFrom(other.headers.location);
    const local = await t.signIn([{ role: 'programme_team', organisationId: dorsetId }]);
    expect((await local.get(`/organisations/${dorsetId}/edit`)).statusCode).toBe(200);
    expect((await local.get(`/organisations/${otherId}/edit`)).statusCode).toBe(403);
  });

  it('sends a stranger to sign in', async () => {
    expect((await t.anonymous().get('/organisations')).statusCode).toBe(302);
  });
});
