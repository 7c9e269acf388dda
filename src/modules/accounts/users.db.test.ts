import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
  TEST_PASSWORD,
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { organisations } from '../organisations/organisations.tables.ts';
import { users } from './accounts.tables.ts';

const DORSET = '0e4c1f1a-6a0b-4d59-9a53-1c1b6f0d2a11';

describe('administering users', () => {
  let t: TestApp;
  let admin: TestSession;

  async function counts() {
    const [[people], [events]] = await Promise.all([
      t.database.db.select({ n: count() }).from(users),
      t.database.db.select({ n: count() }).from(auditEvents),
    ]);
    return { users: people?.n, events: events?.n };
  }

  async function userByEmail(email: string) {
    const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
    if (!row) throw new Error(`no user ${email}`);
    return row;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const now = t.clock.now();
    await t.database.db.insert(organisations).values({
      id: DORSET,
      kind: 'police_force',
      name: 'Dorset Police',
      shortName: 'Dorset',
      createdAt: now,
      updatedAt: now,
    });
    admin = await t.signIn([{ role: 'administrator', organisationId: null }], 'admin@alliance.test');
  });
  afterAll(() => t.close());

  const good = {
    name: 'Harriet Jones',
    email: 'Harriet.Jones@Dorset.example',
    roles: ['hr', 'viewer'],
    hrOrganisation: DORSET,
    financeOrganisation: '',
    password: '',
  };

  it('adds a user with a role limited to one organisation, and lists them', async () => {
    const form = await admin.get('/users/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Dorset Police');
    const response = await admin.submit('/users/new', good);
    expect(response.statusCode).toBe(303);
    const list = await admin.get(response.headers.location as string);
    expect(list.statusCode).toBe(200);
    const html = decodeEntities(list.body);
    expect(html).toContain('Harriet Jones has been added.');
    expect(html).toContain('harriet.jones@dorset.example');
    expect(html).toContain('HR (Dorset Police)');
    expect(html).toContain('No password');
  });

  it('a user added without a password cannot sign in until an administrator sets one', async () => {
    const attempt = await t
      .anonymous()
      .submit('/sign-in', { email: 'harriet.jones@dorset.example', password: TEST_PASSWORD });
    expect(attempt.statusCode).toBe(401);
    const user = await userByEmail('harriet.jones@dorset.example');
    const short = await admin.submit(`/users/${user.id}/password`, { password: 'too short' });
    expect(short.statusCode).toBe(400);
    expect(errorSummary(short.body)).toEqual(['Password must be at least 12 characters']);
    const set = await admin.submit(`/users/${user.id}/password`, { password: TEST_PASSWORD });
    expect(set.statusCode).toBe(303);
    const later = await t
      .anonymous()
      .submit('/sign-in', { email: 'harriet.jones@dorset.example', password: TEST_PASSWORD });
    expect(later.statusCode).toBe(303);
  });

  it('setting a password ends that user’s sessions', async () => {
    const session = await t.signIn([{ role: 'viewer', organisationId: null }], 'ends@alliance.test');
    expect((await session.get('/')).statusCode).toBe(200);
    const user = await userByEmail('ends@alliance.test');
    await admin.submit(`/users/${user.id}/password`, { password: 'a brand new password' });
    expect((await session.get('/')).statusCode).toBe(302);
  });

  it.each([
    { why: 'missing name', change: { name: '' }, errors: ['Enter their name'] },
    { why: 'missing email', change: { email: '' }, errors: ['Enter their email address'] },
    {
      why: 'bad email',
      change: { email: 'not an email' },
      errors: ['Enter an email address in the correct format, like name@example.com'],
    },
    {
      why: 'overlong name',
      change: { name: 'x'.repeat(201) },
      errors: ['Their name must be 200 characters or fewer'],
    },
    { why: 'no role', change: { roles: [] }, errors: ['Select at least one role'] },
    {
      why: 'unknown role',
      change: { roles: ['viewer', 'emperor'] },
      errors: ['Select a role from the list'],
    },
    {
      why: 'role scoped to an unknown organisation',
      change: { hrOrganisation: '9d1f4a7e-1111-4111-8111-111111111111' },
      errors: ['Select an organisation from the list'],
    },
    {
      why: 'role scoped to a malformed organisation id',
      change: { hrOrganisation: 'Dorset' },
      errors: ['Select an organisation from the list'],
    },
    {
      why: 'short password',
      change: { password: 'eleven char' },
      errors: ['Password must be at least 12 characters'],
    },
    {
      why: 'several problems at once',
      change: { name: '', email: 'nope', roles: [] },
      errors: [
        'Enter their name',
        'Enter an email address in the correct format, like name@example.com',
        'Select at least one role',
      ],
    },
  ])('refuses a new user with $why, saving nothing', async ({ change, errors }) => {
    const before = await counts();
    const fields = { ...good, email: 'someone.new@alliance.test', ...change };
    const response = await admin.submit('/users/new', fields);
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual(errors);
    expect(await counts()).toEqual(before);
    if (fields.name) expect(decodeEntities(response.body)).toContain(`value="${fields.name}"`);
  });

  it('refuses a duplicate email whatever its case, keeping the input and saving nothing', async () => {
    const before = await counts();
    const response = await admin.submit('/users/new', { ...good, email: ' HARRIET.jones@dorset.example ' });
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual(['A user with this email address already exists']);
    expect(response.body).toContain('value="Harriet Jones"');
    expect(response.body).toMatch(/value="hr" checked/);
    expect(await counts()).toEqual(before);
  });

  it('changes a user’s name, roles and status, and the timeline shows before and after', async () => {
    const user = await userByEmail('harriet.jones@dorset.example');
    const form = await admin.get(`/users/${user.id}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`name="version" value="${user.version}"`);
    const response = await admin.submit(`/users/${user.id}/edit`, {
      version: String(user.version),
      name: 'Harriet Smith',
      roles: ['finance'],
      financeOrganisation: '',
      active: 'false',
    });
    expect(response.statusCode).toBe(303);
    const saved = await userByEmail('harriet.jones@dorset.example');
    expect(saved).toMatchObject({ name: 'Harriet Smith', active: false, version: user.version + 1 });

    const timeline = decodeEntities((await admin.get(`/audit/user/${user.id}`)).body);
    expect(timeline).toContain('Deactivated user Harriet Smith');
    expect(timeline).toContain('Show changes');
    const changes = /Deactivated user Harriet Smith[\s\S]*?<\/table>/.exec(timeline)?.[0] ?? '';
    expect(changes).toMatch(
      /<th scope="row" class="govuk-table__header">name<\/th>\s*<td[^>]*>Harriet Jones<\/td>\s*<td[^>]*>Harriet Smith<\/td>/,
    );
    expect(changes).toMatch(/>active<\/th>\s*<td[^>]*>true<\/td>\s*<td[^>]*>false<\/td>/);
    expect(changes).toContain('[{"organisationId":null,"role":"finance"}]');
    expect(changes).toContain(
      `[{"organisationId":"${DORSET}","role":"hr"},{"organisationId":null,"role":"viewer"}]`,
    );
  });

  it('refuses a stale edit with 409, keeping the input and showing what was saved', async () => {
    await t.signIn([{ role: 'viewer', organisationId: null }], 'stale@alliance.test');
    const user = await userByEmail('stale@alliance.test');
    const first = await admin.submit(`/users/${user.id}/edit`, {
      version: String(user.version),
      name: 'First Save',
      roles: ['viewer'],
      active: 'true',
    });
    expect(first.statusCode).toBe(303);
    const before = await counts();
    const second = await admin.submit(`/users/${user.id}/edit`, {
      version: String(user.version),
      name: 'Second Save',
      roles: ['auditor'],
      active: 'true',
    });
    expect(second.statusCode).toBe(409);
    const html = decodeEntities(second.body);
    expect(errorSummary(second.body)[0]).toMatch(
      /changed this user while you were editing\. Your changes have not been saved/,
    );
    expect(html).toContain('value="Second Save"');
    expect(html).toContain('Name: First Save');
    expect(html).toContain(`name="version" value="${user.version + 1}"`);
    expect(await counts()).toEqual(before);
    expect((await userByEmail('stale@alliance.test')).name).toBe('First Save');
  });

  it('will not let administrators remove their own administrator role or deactivate themselves', async () => {
    const me = await userByEmail('admin@alliance.test');
    const before = await counts();
    const demote = await admin.submit(`/users/${me.id}/edit`, {
      version: String(me.version),
      name: me.name,
      roles: ['viewer'],
      active: 'true',
    });
    expect(demote.statusCode).toBe(400);
    expect(errorSummary(demote.body)).toEqual([
      'You cannot remove your own administrator role. Ask another administrator to do it.',
    ]);
    const deactivate = await admin.submit(`/users/${me.id}/edit`, {
      version: String(me.version),
      name: me.name,
      roles: ['administrator'],
      active: 'false',
    });
    expect(deactivate.statusCode).toBe(400);
    expect(errorSummary(deactivate.body)).toEqual([
      'You cannot deactivate your own account. Ask another administrator to do it.',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad edits: missing name, unknown role, missing status', async () => {
    const user = await userByEmail('stale@alliance.test');
    const before = await counts();
    const response = await admin.submit(`/users/${user.id}/edit`, {
      version: String(user.version),
      name: ' ',
      roles: ['wizard'],
    });
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual([
      'Enter their name',
      'Select whether they can sign in',
      'Select a role from the list',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('answers 404 for unknown and malformed user ids', async () => {
    expect((await admin.get('/users/8c0a7a4e-0000-4000-8000-000000000000/edit')).statusCode).toBe(404);
    expect((await admin.get('/users/not-an-id/edit')).statusCode).toBe(404);
    expect((await admin.get('/users/not-an-id/password')).statusCode).toBe(404);
    const post = await admin.submit('/users/8c0a7a4e-0000-4000-8000-000000000000/password', {
      password: TEST_PASSWORD,
    });
    expect(post.statusCode).toBe(404);
  });

  it('forbids the user pages to everyone but administrators', async () => {
    const viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    const auditor = await t.signIn([{ role: 'auditor', organisationId: null }]);
    for (const session of [viewer, auditor]) {
      expect((await session.get('/users')).statusCode).toBe(403);
      expect((await session.get('/users/new')).statusCode).toBe(403);
    }
    const before = await counts();
    const post = await viewer.submit('/users/new', { ...good, email: 'sneaky@alliance.test' }, '/');
    expect(post.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await t.anonymous().get('/users')).statusCode).toBe(302);
  });

  it('keeps the audit chain intact through all of it', async () => {
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
  });
});
