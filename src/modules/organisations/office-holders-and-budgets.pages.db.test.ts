import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  decodeEntities,
  errorSummary,
  type TestApp,
  type TestSession,
} from '../../platform/testing/test-app.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { runUseCase } from '../../platform/usecase/use-case.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { auditEventsFor, savedState } from './organisations-testing.ts';

const term = (office: string, holderName: string, start: string, end = '') => {
  const [sd = '', sm = '', sy = ''] = start.split('/');
  const [ed = '', em = '', ey = ''] = end.split('/');
  return {
    office,
    holderName,
    'startDate-day': sd,
    'startDate-month': sm,
    'startDate-year': sy,
    'endDate-day': ed,
    'endDate-month': em,
    'endDate-year': ey,
  };
};

describe('office holder and budget pages', () => {
  let t: TestApp;
  let admin: TestSession;
  let forceId: string;
  let bodyId: string;
  let holders: string;
  let budgets: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn([{ role: 'administrator', organisationId: null }]);
    const deps = { db: t.database.db, clock: t.clock };
    const asker = { actor: SYSTEM_ACTOR, requestId: 'test', now: t.clock.now() };
    const add = async (kind: 'police_force' | 'policing_body', name: string, shortName: string) =>
      (await runUseCase(createOrganisation, { kind, name, shortName }, deps, asker)).id;
    forceId = await add('police_force', 'Dorset Police', 'Dorset');
    bodyId = await add('policing_body', 'OPCC for Dorset', 'OPCC Dorset');
    holders = `/organisations/${forceId}/office-holders/new`;
    budgets = `/organisations/${forceId}/budgets/new`;
  });
  afterAll(() => t.close());

  it('adds a chief constable with GOV.UK dates, shows them in office, and audits it', async () => {
    const form = await admin.get(holders);
    expect(form.body).toContain('Chief constable');
    expect(form.body).not.toContain('Police and crime commissioner');
    const response = await admin.submit(holders, term('chief_constable', 'Debbie Simpson', '1/12/2013'));
    expect(response.statusCode).toBe(303);
    const page = decodeEntities((await admin.get(`/organisations/${forceId}`)).body);
    expect(page).toContain('Debbie Simpson');
    expect(page).toContain('1 December 2013');
    expect(page).toContain('In office');
    const events = await auditEventsFor(t.database.db, forceId);
    expect(events.at(-1)?.action).toBe('organisation.office-holder-added');
    expect(events.at(-1)?.summary).toBe('Added Debbie Simpson as chief constable of Dorset Police');
  });

  const badTerms: [string, Record<string, string>, string][] = [
    ['no office', term('', 'A Person', '1/1/2015'), 'Select the office'],
    [
      'an office the kind does not have',
      term('police_and_crime_commissioner', 'A Person', '1/1/2015'),
      'Choose an office that a police force has',
    ],
    ['no name', term('deputy_chief_constable', '', '1/1/2015'), 'Enter the name of the office holder'],
    ['no start date', term('deputy_chief_constable', 'A Person', '//'), 'Enter the start date'],
    [
      'an impossible date',
      term('deputy_chief_constable', 'A Person', '31/2/2016'),
      'The start date must be a real date',
    ],
    [
      'an impossible end date',
      term('deputy_chief_constable', 'A Person', '1/1/2016', '30/13/2016'),
      'The end date must be a real date',
    ],
    [
      'an end date before the start date',
      term('deputy_chief_constable', 'A Person', '1/3/2016', '29/2/2016'),
      'End date must be the same as or after the start date',
    ],
    [
      'an overlapping term of the same office',
      term('chief_constable', 'Another Person', '1/1/2015', '31/12/2015'),
      'Debbie Simpson holds this office from 1 December 2013 with no end date: terms of the same office must not overlap',
    ],
  ];

  it.each(badTerms)(
    'refuses %s: 400, the message, the input kept, nothing saved',
    async (_name, fields, message) => {
      const before = await savedState(t.database.db);
      const response = await admin.submit(holders, fields);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toContain(message);
      if (fields.holderName) expect(decodeEntities(response.body)).toContain(`value="${fields.holderName}"`);
      if (fields['startDate-day']) expect(response.body).toContain(`value="${fields['startDate-day']}"`);
      expect(await savedState(t.database.db)).toEqual(before);
    },
  );

  it('links a date error to the first box of the date', async () => {
    const response = await admin.submit(holders, term('deputy_chief_constable', 'A Person', '31/2/2016'));
    expect(response.body).toContain('href="#startDate-day"');
    expect(response.body).toContain('id="startDate-day"');
  });

  it('records when an office holder left, after which a successor may start', async () => {
    const page = (await admin.get(`/organisations/${forceId}`)).body;
    const endUrl = /href="(\/organisations\/[^"]+\/end)"/.exec(page)?.[1] ?? '';
    const bad = await admin.submit(endUrl, {
      'endDate-day': '1',
      'endDate-month': '1',
      'endDate-year': '2013',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorSummary(bad.body)).toEqual(['End date must be the same as or after the start date']);
    const ended = await admin.submit(endUrl, {
      'endDate-day': '31',
      'endDate-month': '3',
      'endDate-year': '2016',
    });
    expect(ended.statusCode).toBe(303);
    const again = await admin.submit(endUrl, {
      'endDate-day': '1',
      'endDate-month': '4',
      'endDate-year': '2016',
    });
    expect(errorSummary(again.body)).toEqual(['Debbie Simpson already left this office on 31 March 2016']);
    const successor = await admin.submit(holders, term('chief_constable', 'James Vaughan', '1/4/2016'));
    expect(successor.statusCode).toBe(303);
    const events = await auditEventsFor(t.database.db, forceId);
    expect(events.map((e) => e.action).slice(-2)).toEqual([
      'organisation.office-holder-ended',
      'organisation.office-holder-added',
    ]);
  });

  it('answers 404 for an office holder under the wrong organisation', async () => {
    const page = (await admin.get(`/organisations/${forceId}`)).body;
    const holderId = /office-holders\/([0-9a-f-]{36})\/end/.exec(page)?.[1] ?? '';
    expect((await admin.get(`/organisations/${bodyId}/office-holders/${holderId}/end`)).statusCode).toBe(404);
    expect((await admin.get(`/organisations/${forceId}/office-holders/nope/end`)).statusCode).toBe(404);
  });

  it('sets a budget from money as typed, shows it as money, and replaces it with before and after audited', async () => {
    const first = await admin.submit(budgets, {
      financialYear: '2015/16',
      netRevenueBudget: '£110,000,000',
      source: 'HMIC PEEL 2015',
    });
    expect(first.statusCode).toBe(303);
    const page = decodeEntities((await admin.get(`/organisations/${forceId}`)).body);
    expect(page).toContain('2015/16');
    expect(page).toContain('£110,000,000.00');
    const change = decodeEntities((await admin.get(`${budgets}?year=2015`)).body);
    expect(change).toContain('value="2015/16"');
    expect(change).toContain('value="£110,000,000.00"');
    const second = await admin.submit(budgets, {
      financialYear: '2015-16',
      netRevenueBudget: '110500000.50',
      source: '',
    });
    expect(second.statusCode).toBe(303);
    const [latest] = (await auditEventsFor(t.database.db, forceId)).slice(-1);
    expect(latest?.action).toBe('organisation.budget-set');
    expect(latest?.before).toMatchObject({ financialYear: 2015, netRevenueBudgetPence: 11_000_000_000 });
    expect(latest?.after).toMatchObject({
      financialYear: 2015,
      netRevenueBudgetPence: 11_050_000_050,
      source: null,
    });
    expect((await savedState(t.database.db)).budgets).toBe(1);
  });

  const badBudgets: [string, Record<string, string>, string][] = [
    [
      'an amount that is not money',
      { netRevenueBudget: 'abc' },
      'The net revenue budget must be an amount of money, like £1,234.56',
    ],
    ['a negative amount', { netRevenueBudget: '-£5' }, 'The net revenue budget must not be negative'],
    ['no amount', { netRevenueBudget: '' }, 'Enter the net revenue budget'],
    [
      'a year whose halves do not follow',
      { financialYear: '2015/17' },
      'The year must be a financial year, like 2015/16',
    ],
    ['no year', { financialYear: ' ' }, 'Enter the year'],
    ['a source too long', { source: 's'.repeat(501) }, 'The source must be 500 characters or fewer'],
  ];

  it.each(badBudgets)(
    'refuses a budget with %s, keeping the input and saving nothing',
    async (_name, change, message) => {
      const before = await savedState(t.database.db);
      const fields = { financialYear: '2016/17', netRevenueBudget: '£1,000', source: 'estimate', ...change };
      const response = await admin.submit(budgets, fields);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([message]);
      expect(decodeEntities(response.body)).toContain(`value="${fields.financialYear}"`);
      expect(await savedState(t.database.db)).toEqual(before);
    },
  );

  it('lets finance set budgets but not office holders, and the programme team the reverse', async () => {
    const finance = await t.signIn([{ role: 'finance', organisationId: forceId }]);
    expect((await finance.get(budgets)).statusCode).toBe(200);
    expect((await finance.get(`/organisations/${bodyId}/budgets/new`)).statusCode).toBe(403);
    expect((await finance.get(holders)).statusCode).toBe(403);
    const team = await t.signIn([{ role: 'programme_team', organisationId: null }]);
    expect((await team.get(holders)).statusCode).toBe(200);
    expect((await team.get(budgets)).statusCode).toBe(403);
  });

  it('refuses a viewer who tries to add an office holder or a budget, saving nothing', async () => {
    const viewer = await t.signIn([{ role: 'viewer', organisationId: null }]);
    expect((await viewer.get(holders)).statusCode).toBe(403);
    const before = await savedState(t.database.db);
    const pageUrl = `/organisations/${forceId}`;
    const refused = await viewer.submit(
      holders,
      term('deputy_chief_constable', 'A Person', '1/1/2015'),
      pageUrl,
    );
    expect(refused.statusCode).toBe(403);
    const budget = await viewer.submit(
      budgets,
      { financialYear: '2016/17', netRevenueBudget: '£1' },
      pageUrl,
    );
    expect(budget.statusCode).toBe(403);
    expect(await savedState(t.database.db)).toEqual(before);
  });

  it('answers 404 for the forms of an unknown organisation', async () => {
    expect(
      (await admin.get('/organisations/00000000-0000-4000-8000-000000000000/budgets/new')).statusCode,
    ).toBe(404);
    expect((await admin.get('/organisations/bad/office-holders/new')).statusCode).toBe(404);
  });
});
