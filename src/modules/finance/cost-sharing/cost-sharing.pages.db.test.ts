import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, errorSummary, type TestSession } from '../../../platform/testing/test-app.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { costSharingBases } from '../finance.tables.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';

const DEVON_AND_CORNWALL = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';
const AVON = 'Avon and Somerset Constabulary';

describe('cost-sharing basis pages', () => {
  let demo: FinanceDemo;
  let finance: TestSession;
  let viewer: TestSession;
  let devon: string;
  let dorset: string;
  const bases = () => `/alliances/${demo.allianceId}/finance/bases`;
  const newBasis = () => `${bases()}/new`;

  const fixed = (a: string, b: string) => ({ kind: 'fixed', [`fixed-${devon}`]: a, [`fixed-${dorset}`]: b });
  const good = (overrides: Record<string, string> = {}) => ({
    label: 'Fixed ratio agreed by the executive board',
    ...fixed('69', '31'),
    'effectiveFrom-day': '1',
    'effectiveFrom-month': '4',
    'effectiveFrom-year': '2016',
    reason: 'Agreed on 10 March 2016',
    ...overrides,
  });

  beforeAll(async () => {
    demo = await startFinanceDemo();
    finance = await demo.t.signIn([{ role: 'finance', organisationId: null }]);
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
    devon = await demo.organisationId(DEVON_AND_CORNWALL);
    dorset = await demo.organisationId(DORSET);
  });
  afterAll(() => demo.t.close());

  it('shows the history: each version, its shares and dates, the one in effect today, and the tie rule', async () => {
    const page = await viewer.get(bases());
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    expect(html).toContain('Version 1: In proportion to the size of each force');
    expect(html).toContain('In proportion to net revenue budget (2015/16)');
    expect(html).toContain('Devon & Cornwall Police: 72.22%');
    expect(html).toContain('Dorset Police: 27.78%');
    expect(html).toContain('From 1 April 2015');
    expect(html.match(/In effect today<\/strong>/g)).toHaveLength(1);
    expect(html).toContain('<h2 class="govuk-heading-m">Marine section</h2>');
    expect(html).toContain('Devon & Cornwall Police: 40%');
    expect(html).toContain('where shares are equal too, to the party whose name comes first alphabetically');
    expect(html).not.toContain('Add a version of the alliance’s basis');
  });

  it('splits an amount by a version exactly, to the penny, with a total row', async () => {
    const version = (await demo.t.database.db.select().from(costSharingBases)).find(
      (b) => b.businessAreaId === null && b.versionNumber === 1,
    );
    const page = await viewer.get(
      `${bases()}?basis=${version?.id}&amount=${encodeURIComponent('£1,000,000.01')}`,
    );
    expect(page.statusCode).toBe(200);
    const table = decodeEntities(
      /<table class="govuk-table" id="split-result">[\s\S]*?<\/table>/.exec(page.body)?.[0] ?? '',
    );
    const cells = [...table.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]?.trim());
    expect(cells).toEqual([
      'Force',
      'Share',
      'Amount',
      DEVON_AND_CORNWALL,
      '72.22%',
      '£722,222.23',
      DORSET,
      '27.78%',
      '£277,777.78',
      'Total',
      '100%',
      '£1,000,000.01',
    ]);
  });

  it.each([
    ['words for an amount', 'abc', 'The amount to split must be an amount of money, like £1,234.56'],
    ['a negative amount', '-5', 'The amount to split must not be negative'],
  ])('refuses %s to split, keeping what was typed', async (_name, amount, message) => {
    const version = (await demo.t.database.db.select().from(costSharingBases))[0];
    const page = await viewer.get(`${bases()}?basis=${version?.id}&amount=${encodeURIComponent(amount)}`);
    expect(page.statusCode).toBe(400);
    expect(errorSummary(page.body)).toEqual([message]);
    expect(decodeEntities(page.body)).toContain(`value="${amount}"`);
  });

  it('refuses to split by a version that is not one of this alliance’s', async () => {
    const page = await viewer.get(`${bases()}?basis=${crypto.randomUUID()}&amount=10`);
    expect(page.statusCode).toBe(400);
    expect(errorSummary(page.body)).toEqual(['Select the version to split the amount by']);
  });

  describe('refuses a bad basis, keeps what was typed and saves nothing', () => {
    const cases: [string, () => Record<string, string>, string[], string][] = [
      [
        'percentages that do not add up to 100',
        () => good(fixed('60', '30')),
        ['The percentages must add up to 100; they add up to 90'],
        'value="60"',
      ],
      [
        'a weighted mix whose weights do not add up',
        () =>
          good({
            kind: 'weighted',
            'weight-budget': '50',
            'mix-budgetYear': '2015/16',
            'weight-population': '40',
          }),
        ['The weights must add up to 100; they add up to 90'],
        'value="40"',
      ],
      [
        'percentages with three decimal places and words',
        () => good(fixed('69.125', 'thirty')),
        [
          'The percentage for Devon & Cornwall Police must have no more than 2 decimal places',
          'The percentage for Dorset Police must be a number, like 70 or 70.25',
        ],
        'value="69.125"',
      ],
      [
        'dates that overlap the version in effect',
        () => good({ 'effectiveFrom-year': '2015' }),
        ['The dates overlap version 1, in effect from 1 April 2015'],
        'value="2015"',
      ],
      [
        'a budget year out of range',
        () => good({ kind: 'budget', budgetYear: '1999/00' }),
        ['The budget year must be between 2000/01 and 2035/36'],
        'value="1999/00"',
      ],
      [
        'a budget year no force has a budget for',
        () => good({ kind: 'budget', budgetYear: '2030/31' }),
        ['Devon & Cornwall Police has no net revenue budget for the chosen year'],
        'value="2030/31"',
      ],
      [
        'nothing filled in',
        () => ({}),
        [
          'Enter a name for the basis',
          'Select how the costs are shared',
          'Enter the date the basis takes effect',
        ],
        'name="label"',
      ],
      [
        'an end before the start',
        () => good({ 'effectiveTo-day': '31', 'effectiveTo-month': '3', 'effectiveTo-year': '2016' }),
        ['The end date must be the same as or after the start date'],
        'value="31"',
      ],
      [
        'an impossible date',
        () => good({ 'effectiveFrom-day': '31', 'effectiveFrom-month': '2' }),
        ['The date the basis takes effect must be a real date'],
        'value="31"',
      ],
      [
        'a name that is too long',
        () => good({ label: 'x'.repeat(201) }),
        ['A name for the basis must be 200 characters or fewer'],
        'x'.repeat(201),
      ],
    ];

    it.each(cases)('%s', async (_name, form, messages, kept) => {
      const before = { bases: await demo.rows(costSharingBases), events: await demo.rows(auditEvents) };
      const response = await finance.submit(newBasis(), form());
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(messages);
      expect(decodeEntities(response.body)).toContain(kept);
      expect({ bases: await demo.rows(costSharingBases), events: await demo.rows(auditEvents) }).toEqual(
        before,
      );
    });

    it('links every message in the summary to a box on the page', async () => {
      const response = await finance.submit(newBasis(), good(fixed('60', '30')));
      const hrefs = [...response.body.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
      expect(hrefs).toEqual([`fixed-${devon}`]);
      expect(response.body).toContain(`id="fixed-${devon}"`);
    });

    it('refuses a tampered form naming a force outside the alliance', async () => {
      const avon = await demo.organisationId(AVON);
      const before = await demo.rows(costSharingBases);
      const response = await finance.submit(
        newBasis(),
        good({ ...fixed('60', '30'), [`fixed-${avon}`]: '10' }),
      );
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual([
        'The basis names a force that is not a member of this alliance',
      ]);
      expect(await demo.rows(costSharingBases)).toBe(before);
    });
  });

  it('adopts a new version, closes the one before it, audits it and says so', async () => {
    const form = await finance.get(newBasis());
    expect(form.statusCode).toBe(200);
    expect(decodeEntities(form.body)).toContain('In proportion to a demand measure');
    const response = await finance.submit(newBasis(), good());
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    const page = decodeEntities((await finance.get(response.headers.location as string)).body);
    expect(page).toContain('Version 2 adopted: Fixed ratio agreed by the executive board');
    expect(page).toContain('The alliance’s default basis, in effect from 1 April 2016.');
    expect(page).toContain('1 April 2015 to 31 March 2016');
    expect(page).toContain('Devon & Cornwall Police: 69%');
    expect(page).toContain('Agreed on 10 March 2016');
    expect(await demo.auditActions()).toContain('finance.basis_adopted');
  });

  it('gives one business area a basis of its own, a weighted mix', async () => {
    const area = await demo.areaId('Dogs');
    const url = `${newBasis()}?area=${area}`;
    const form = await finance.get(url);
    expect(decodeEntities(form.body)).toContain('New cost-sharing basis for Dogs');
    const response = await finance.submit(url, {
      ...good({ label: 'Dogs: budget and demand' }),
      kind: 'weighted',
      'weight-budget': '50',
      'mix-budgetYear': '2015/16',
      'weight-demand': '50',
      'mix-demandMeasure': 'dog deployments',
      [`mix-demand-${devon}`]: '1,200',
      [`mix-demand-${dorset}`]: '800',
    });
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    const page = decodeEntities((await finance.get(response.headers.location as string)).body);
    expect(page).toContain('<h2 class="govuk-heading-m">Dogs</h2>');
    expect(page).toContain(
      '50% in proportion to net revenue budget (2015/16), 50% in proportion to dog deployments',
    );
    // (13/18 + 3/5) / 2 = 66.11%
    expect(page).toContain('Devon & Cornwall Police: 66.11%');
  });

  it('finds no such page for an area of another alliance or a malformed one', async () => {
    const other = await finance.get(`${newBasis()}?area=${crypto.randomUUID()}`);
    expect(other.statusCode).toBe(404);
    expect((await finance.get(`${newBasis()}?area=marine`)).statusCode).toBe(404);
    expect((await finance.get(`/alliances/${crypto.randomUUID()}/finance/bases`)).statusCode).toBe(404);
  });

  it('lets only finance leads and the programme team adopt a basis', async () => {
    expect((await viewer.get(newBasis())).statusCode).toBe(403);
    const before = await demo.rows(costSharingBases);
    const response = await viewer.submit(newBasis(), good({ 'effectiveFrom-year': '2018' }), bases());
    expect(response.statusCode).toBe(403);
    expect(await demo.rows(costSharingBases)).toBe(before);
  });
});
