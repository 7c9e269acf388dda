import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { loadDemoOrganisations } from '../../demo/demo-organisations.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { alliances } from './alliances.tables.ts';

const DEVON_AND_CORNWALL = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const OPCC_DORSET = 'Office of the Police and Crime Commissioner for Dorset';
const OPCC_DEVON =
  'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly';

describe('alliance pages', () => {
  let t: TestApp;
  let ids: ReadonlyMap<string, string>;
  let team: TestSession;
  const id = (name: string) => ids.get(name) as string;

  const validForm = () => ({
    name: 'Devon & Cornwall and Dorset strategic alliance',
    shortName: 'Strategic alliance',
    description: 'Two forces as equal partners',
    status: 'active',
    'formedOn-day': '31',
    'formedOn-month': '3',
    'formedOn-year': '2015',
    savingsTarget: '£12,000,000',
    savingsTargetYear: '2017/18',
    members: [id(DEVON_AND_CORNWALL), id(DORSET), id(OPCC_DEVON), id(OPCC_DORSET)],
  });

  async function countRows() {
    const [allianceRows] = await t.database.db.select({ n: count() }).from(alliances);
    const [events] = await t.database.db.select({ n: count() }).from(auditEvents);
    return { alliances: allianceRows?.n ?? 0, events: events?.n ?? 0 };
  }

  async function addAlliance(session: TestSession, fields: Record<string, string | string[]>) {
    const response = await session.submit('/alliances/new', fields);
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    return (response.headers.location as string).split('/')[2]?.split('?')[0] as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await loadDemoOrganisations(t.database.db, {
      actor: { userId: null, label: 'Test' },
      requestId: 'test',
      action: 'demo.loaded',
      now: t.clock.now(),
    });
    team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
  });
  afterAll(() => t.close());

  it('adds an alliance, shows it with its members, lists it and audits it', async () => {
    const form = await team.get('/alliances/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Police forces');
    expect(form.body).toContain('Policing bodies (offices of the police and crime commissioners)');
    expect(form.body).toContain('id="members"');

    const allianceId = await addAlliance(team, validForm());
    const page = await team.get(`/alliances/${allianceId}?saved=added`);
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).toContain('Alliance added');
    expect(html).toContain('Devon & Cornwall and Dorset strategic alliance');
    expect(html).toContain('£12,000,000.00 a year by 2017/18');
    expect(html).toContain('31 March 2015');
    expect(html).toContain(OPCC_DEVON);
    expect(html).toContain('Members (4)');
    expect(html).toContain(`href="/audit/alliance/${allianceId}"`);

    const list = decodeEntities((await team.get('/alliances')).body);
    expect(list).toContain(`href="/alliances/${allianceId}"`);
    expect(list).toContain('Strategic alliance');

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, allianceId));
    expect(events.map((event) => event.action)).toEqual(['alliance.created']);
  });

  describe('refuses bad input, keeps what was typed and saves nothing', () => {
    const cases: [string, Record<string, string | string[]>, string, string][] = [
      ['a missing name', { name: '  ' }, 'Enter the name', 'name="shortName"'],
      ['one member only', { members: [DORSET] }, 'Select two or more organisations', 'value="£12,000,000"'],
      ['no members at all', { members: [] }, 'Select two or more organisations', 'value="2017/18"'],
      [
        'an unknown organisation',
        { members: [DORSET, crypto.randomUUID()] },
        'Select organisations from the list',
        'value="Strategic alliance"',
      ],
      [
        'two PCC offices without a force',
        { members: [OPCC_DORSET, OPCC_DEVON] },
        'Select at least one police force',
        'value="2017/18"',
      ],
      [
        'a target in words',
        { savingsTarget: 'twelve million' },
        'The savings target must be an amount of money, like £1,234.56',
        'value="twelve million"',
      ],
      [
        'a negative target',
        { savingsTarget: '-£5' },
        'The savings target must not be negative',
        'value="-£5"',
      ],
      [
        'a due year before the alliance was formed',
        { savingsTargetYear: '2013/14' },
        'The year the savings are due must be 2014/15 (when the alliance was formed) or later',
        'value="2013/14"',
      ],
      [
        'a due year that is not a financial year',
        { savingsTargetYear: '2017/19' },
        'The year the savings are due must be a financial year, like 2015/16',
        'value="2017/19"',
      ],
      [
        'an impossible date',
        { 'formedOn-day': '31', 'formedOn-month': '2', 'formedOn-year': '2015' },
        'The date the alliance was formed must be a real date',
        'value="2"',
      ],
      [
        'a new alliance that is already ending',
        { status: 'ending' },
        'A new alliance must be proposed or active',
        'value="Strategic alliance"',
      ],
      ['no status', { status: '' }, 'Select the status', 'value="Strategic alliance"'],
      [
        'a name that is too long',
        { name: 'x'.repeat(201) },
        'The name must be 200 characters or fewer',
        'x'.repeat(201),
      ],
    ];

    it.each(cases)('%s', async (_case, change, message, kept) => {
      const before = await countRows();
      const members = change.members as string[] | undefined;
      const fields = {
        ...validForm(),
        name: `Alliance ${crypto.randomUUID()}`,
        ...change,
        ...(members ? { members: members.map((name) => ids.get(name) ?? name) } : {}),
      };
      const response = await team.submit('/alliances/new', fields);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toContain(message);
      expect(decodeEntities(response.body)).toContain(kept);
      expect(response.body).toContain('<title>Error: Add an alliance');
      expect(await countRows()).toEqual(before);
    });

    it('keeps the ticked members ticked', async () => {
      const response = await team.submit('/alliances/new', {
        ...validForm(),
        name: '',
        members: [id(DORSET)],
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatch(new RegExp(`value="${id(DORSET)}" checked`));
    });

    it('refuses a second alliance with the same name', async () => {
      const before = await countRows();
      const response = await team.submit('/alliances/new', validForm());
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(['An alliance with this name already exists']);
      expect(await countRows()).toEqual(before);
    });
  });

  describe('editing', () => {
    let allianceId: string;
    beforeAll(async () => {
      allianceId = await addAlliance(team, {
        ...validForm(),
        name: 'Edited alliance',
        members: [id(DEVON_AND_CORNWALL), id(DORSET)],
      });
    });

    it('shows the saved values and saves a change with the version it read', async () => {
      const form = await team.get(`/alliances/${allianceId}/edit`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="version" value="1"');
      expect(decodeEntities(form.body)).toContain('value="12,000,000"');
      const response = await team.submit(`/alliances/${allianceId}/edit`, {
        ...validForm(),
        name: 'Edited alliance',
        description: 'Now with the Dorset OPCC',
        members: [id(DEVON_AND_CORNWALL), id(DORSET), id(OPCC_DORSET)],
        version: '1',
      });
      expect(response.statusCode).toBe(303);
      const page = decodeEntities((await team.get(`/alliances/${allianceId}`)).body);
      expect(page).toContain('Now with the Dorset OPCC');
      expect(page).toContain('Members (3)');
    });

    it('refuses a status move the alliance may not make', async () => {
      const current = await team.get(`/alliances/${allianceId}/edit`);
      const version = /name="version" value="(\d+)"/.exec(current.body)?.[1] as string;
      const response = await team.submit(`/alliances/${allianceId}/edit`, {
        ...validForm(),
        name: 'Edited alliance',
        status: 'proposed',
        version,
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(['An active alliance can only move to ending']);
    });

    it('refuses to leave fewer than two members', async () => {
      const before = await countRows();
      const current = await team.get(`/alliances/${allianceId}/edit`);
      const version = /name="version" value="(\d+)"/.exec(current.body)?.[1] as string;
      const response = await team.submit(`/alliances/${allianceId}/edit`, {
        ...validForm(),
        name: 'Edited alliance',
        members: [id(DORSET)],
        version,
      });
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(['Select two or more organisations']);
      expect(await countRows()).toEqual(before);
    });

    it('refuses a stale save with 409, keeps the first change and shows both', async () => {
      const other = await t.signIn([{ role: 'programme_team', organisationId: null }]);
      const mine = await team.get(`/alliances/${allianceId}/edit`);
      const theirs = await other.get(`/alliances/${allianceId}/edit`);
      const version = /name="version" value="(\d+)"/.exec(mine.body)?.[1] as string;
      expect(theirs.body).toContain(`name="version" value="${version}"`);
      const base = { ...validForm(), name: 'Edited alliance', members: [id(DEVON_AND_CORNWALL), id(DORSET)] };

      const first = await other.submit(`/alliances/${allianceId}/edit`, {
        ...base,
        description: 'Their description',
        version,
      });
      expect(first.statusCode).toBe(303);
      const second = await team.submit(`/alliances/${allianceId}/edit`, {
        ...base,
        description: 'My description',
        version,
      });
      expect(second.statusCode).toBe(409);
      expect(errorSummary(second.body)).toEqual([
        'Edited alliance was changed by someone else while you were editing. Your changes have not been saved.',
      ]);
      expect(second.body).toContain('My description');
      expect(second.body).toContain('id="saved-values"');
      expect(second.body).toContain('Their description');
      expect(second.body).toContain(`name="version" value="${Number(version) + 1}"`);
      const [row] = await t.database.db.select().from(alliances).where(eq(alliances.id, allianceId));
      expect(row?.description).toBe('Their description');
    });
  });

  describe('unknown addresses and permissions', () => {
    it.each([
      `/alliances/${crypto.randomUUID()}`,
      '/alliances/not-an-id',
      `/alliances/${crypto.randomUUID()}/edit`,
    ])('answers 404 for %s', async (url) => {
      expect((await team.get(url)).statusCode).toBe(404);
    });

    it('answers 404 to a change of an alliance that does not exist', async () => {
      const response = await team.submit(`/alliances/${crypto.randomUUID()}/edit`, {
        ...validForm(),
        version: '1',
      });
      expect(response.statusCode).toBe(404);
    });

    it('lets a viewer read but not add or change', async () => {
      const viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
      const list = await viewer.get('/alliances');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain('Add an alliance');
      const [first] = await t.database.db.select().from(alliances).limit(1);
      expect((await viewer.get(`/alliances/${first?.id}`)).statusCode).toBe(200);
      expect((await viewer.get('/alliances/new')).statusCode).toBe(403);
      expect((await viewer.get(`/alliances/${first?.id}/edit`)).statusCode).toBe(403);
      const before = await countRows();
      const post = await viewer.submit(
        '/alliances/new',
        { ...validForm(), name: 'Viewer alliance' },
        '/alliances',
      );
      expect(post.statusCode).toBe(403);
      expect(await countRows()).toEqual(before);
    });

    it('sends a stranger to sign in', async () => {
      expect((await t.anonymous().get('/alliances')).statusCode).toBe(302);
    });
  });

  it('leaves an intact audit trail', async () => {
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
  });
});
