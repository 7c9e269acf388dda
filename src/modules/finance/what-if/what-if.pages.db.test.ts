import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../platform/money.ts';
import { decodeEntities, errorSummary, type TestSession } from '../../../platform/testing/test-app.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { costSharingBases, financeScenarios } from '../finance.tables.ts';
import { createSavingsModelService } from '../savings/savings-model.service.ts';
import { startFinanceDemo, type FinanceDemo } from '../finance-demo.fixture.ts';

/** The cells of each table on a page, by its caption. */
function tables(html: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  for (const [table = ''] of html.matchAll(/<table class="govuk-table">[\s\S]*?<\/table>/g)) {
    const caption = decodeEntities(/<caption[^>]*>([^<]*)<\/caption>/.exec(table)?.[1]?.trim() ?? '');
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) =>
        decodeEntities(
          cell
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      ),
    );
    found.set(caption, rows);
  }
  return found;
}

describe('what-if pages', () => {
  let demo: FinanceDemo;
  let finance: TestSession;
  let viewer: TestSession;
  let devon: string;
  let dorset: string;
  const whatIf = () => `/alliances/${demo.allianceId}/finance/what-if`;
  const query = (fields: Record<string, string>) => `${whatIf()}?${new URLSearchParams(fields).toString()}`;
  const halves = () => ({
    year: '2016/17',
    'c1-label': 'Equal shares',
    'c1-kind': 'fixed',
    [`c1-fixed-${devon}`]: '50',
    [`c1-fixed-${dorset}`]: '50',
    'c2-kind': 'population',
  });
  const counts = async () => ({
    scenarios: await demo.rows(financeScenarios),
    bases: await demo.rows(costSharingBases),
    events: await demo.rows(auditEvents),
  });

  beforeAll(async () => {
    demo = await startFinanceDemo();
    finance = await demo.t.signIn([{ role: 'finance', organisationId: null }]);
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
    devon = await demo.organisationId('Devon & Cornwall Police');
    dorset = await demo.organisationId('Dorset Police');
  });
  afterAll(() => demo.t.close());

  it('offers the form for this financial year, with nothing compared yet', async () => {
    const page = await viewer.get(whatIf());
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<input[^>]*id="year"[^>]*value="2015\/16"/);
    expect(page.body).toContain('name="c3-kind"');
    expect(page.body).not.toContain('the bases side by side');
    expect(page.body).toContain('No comparisons have been saved yet.');
  });

  it('compares candidates with the live basis side by side, saving nothing', async () => {
    const before = await counts();
    const page = await viewer.get(query(halves()));
    expect(page.statusCode, errorSummary(page.body).join('; ')).toBe(200);
    const found = tables(page.body);
    const model = await createSavingsModelService({ db: demo.t.database.db, clock: demo.t.clock }).model(
      demo.allianceId,
    );
    const live = model.forceLines.find((l) => l.financialYear === 2016 && l.organisationId === devon);
    const devonTable = found.get('Devon & Cornwall Police') ?? [];
    expect(devonTable[0]?.slice(1).map((h) => h.split(' ')[0])).toEqual(['In', 'Equal', 'Candidate']);
    expect(devonTable[1]).toEqual(['Share', '72.22%', '50%', '69.14%']);
    expect(devonTable[2]?.[1]).toBe(formatMoney(live?.contribution ?? 0));
    expect(devonTable[4]?.[0]).toBe('Pays, beside the live basis');
    expect(devonTable[4]?.[1]).toBe('The live basis');
    expect(devonTable[4]?.[2]).toMatch(/^£[\d,.]+ less$/);
    expect(found.get('Dorset Police')?.[4]?.[2]).toMatch(/^£[\d,.]+ more$/);
    const allForces = found.get('All forces') ?? [];
    expect(new Set(allForces[1]?.slice(1)).size).toBe(1);
    expect(page.body).not.toContain('Save this comparison');
    expect(await counts()).toEqual(before);
  });

  it('offers the save form only to those who may change finance', async () => {
    const page = await finance.get(query(halves()));
    expect(page.body).toContain('Save this comparison');
    expect(page.body).toContain(`<input type="hidden" name="c1-fixed-${devon}" value="50">`);
  });

  describe('refuses bad candidates with the error summary, and saves nothing', () => {
    const cases: [string, () => Record<string, string>, string[], string][] = [
      [
        'percentages that do not add up to 100',
        () => ({ ...halves(), [`c1-fixed-${dorset}`]: '40' }),
        ['The percentages must add up to 100; they add up to 90'],
        '#c1-fixed-',
      ],
      [
        'a weighted mix whose weights do not add up',
        () => ({
          year: '2016/17',
          'c2-kind': 'weighted',
          'c2-weight-population': '50',
          'c2-weight-fixed': '40',
          [`c2-mix-fixed-${devon}`]: '50',
          [`c2-mix-fixed-${dorset}`]: '50',
        }),
        ['The weights must add up to 100; they add up to 90'],
        '#c2-weight-population',
      ],
      [
        'a year out of range',
        () => ({ ...halves(), year: '1999/00' }),
        ['The financial year must be between 2000/01 and 2035/36'],
        '#year',
      ],
      ['no candidate', () => ({ year: '2016/17' }), ['Choose how candidate 1 shares the costs'], '#c1-kind'],
      [
        'a demand measure without figures',
        () => ({ year: '2016/17', 'c3-kind': 'demand', 'c3-demandMeasure': 'calls' }),
        ['Enter the calls figure for Devon & Cornwall Police', 'Enter the calls figure for Dorset Police'],
        '#c3-demand-',
      ],
    ];

    it.each(cases)('%s', async (_name, fields, messages, href) => {
      const before = await counts();
      const page = await viewer.get(query(fields()));
      expect(page.statusCode).toBe(400);
      expect(errorSummary(page.body)).toEqual(messages);
      expect(page.body).toContain(`<a href="${href}`);
      expect(await counts()).toEqual(before);
    });

    it('refuses a tampered candidate naming a force outside the alliance', async () => {
      const avon = await demo.organisationId('Avon and Somerset Constabulary');
      const page = await viewer.get(
        query({ ...halves(), [`c1-fixed-${devon}`]: '40', [`c1-fixed-${avon}`]: '10' }),
      );
      expect(page.statusCode).toBe(400);
      expect(errorSummary(page.body)).toEqual([
        'The basis names a force that is not a member of this alliance',
      ]);
    });
  });

  describe('saving and adopting', () => {
    let scenarioUrl = '';

    it('refuses to save without a name, or with a bad candidate, and saves nothing', async () => {
      const before = await counts();
      const unnamed = await finance.submit(whatIf(), { ...halves(), name: ' ' }, query(halves()));
      expect(unnamed.statusCode).toBe(400);
      expect(errorSummary(unnamed.body)).toEqual(['Enter a name for the comparison']);
      expect(unnamed.body).toContain('Save this comparison');
      const bad = await finance.submit(whatIf(), { ...halves(), 'c2-kind': 'budget', name: 'Bad' });
      expect(bad.statusCode).toBe(400);
      expect(errorSummary(bad.body)).toEqual(['Enter the financial year of the budgets, like 2015/16']);
      expect(await counts()).toEqual(before);
    });

    it('saves a comparison and shows it again', async () => {
      const response = await finance.submit(whatIf(), {
        ...halves(),
        name: 'Equal shares against population',
      });
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      scenarioUrl = (response.headers.location as string).split('?')[0] ?? '';
      const page = decodeEntities((await viewer.get(response.headers.location as string)).body);
      expect(page).toContain('Comparison saved');
      expect(page).toContain('<h1 class="govuk-heading-l">Equal shares against population</h1>');
      expect(tables(page).get('Devon & Cornwall Police')?.[1]).toEqual(['Share', '72.22%', '50%', '69.14%']);
      expect(page).not.toContain('Adopt this basis');
      expect(await demo.auditActions()).toContain('finance.scenario_saved');
      const list = decodeEntities((await viewer.get(whatIf())).body);
      expect(list).toContain('Equal shares against population</a>');
    });

    it.each<[string, Record<string, string>, string[]]>([
      ['no choice and no date', {}, ['Select the basis to adopt', 'Enter the date the basis takes effect']],
      [
        'a candidate that is not there',
        {
          candidate: '7',
          'effectiveFrom-day': '1',
          'effectiveFrom-month': '4',
          'effectiveFrom-year': '2016',
        },
        ['Select the basis to adopt'],
      ],
      [
        'dates that overlap the version in effect',
        {
          candidate: '0',
          'effectiveFrom-day': '1',
          'effectiveFrom-month': '4',
          'effectiveFrom-year': '2015',
        },
        ['The dates overlap version 1, in effect from 1 April 2015'],
      ],
    ])('refuses to adopt with %s, saving nothing', async (_name, fields, messages) => {
      const before = await counts();
      const response = await finance.submit(`${scenarioUrl}/adopt`, fields, scenarioUrl);
      expect(response.statusCode).toBe(400);
      expect(errorSummary(response.body)).toEqual(messages);
      expect(await counts()).toEqual(before);
    });

    it('lets only finance leads and the programme team adopt', async () => {
      const fields = {
        candidate: '0',
        'effectiveFrom-day': '1',
        'effectiveFrom-month': '4',
        'effectiveFrom-year': '2016',
      };
      const response = await viewer.submit(`${scenarioUrl}/adopt`, fields, scenarioUrl);
      expect(response.statusCode).toBe(403);
    });

    it('adopts a candidate as the next version of the alliance’s basis', async () => {
      const response = await finance.submit(
        `${scenarioUrl}/adopt`,
        {
          candidate: '0',
          'effectiveFrom-day': '1',
          'effectiveFrom-month': '4',
          'effectiveFrom-year': '2016',
        },
        scenarioUrl,
      );
      expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
      const bases = decodeEntities((await finance.get(response.headers.location as string)).body);
      expect(bases).toContain('Version 2 adopted: Equal shares');
      expect(bases).toContain('Adopted from the what-if "Equal shares against population"');
      expect(await demo.auditActions()).toContain('finance.scenario_adopted');
      const scenario = decodeEntities((await finance.get(scenarioUrl)).body);
      expect(scenario).toContain('version 2 of the alliance’s basis</a>, in effect from 1 April 2016');
    });

    it('finds no such what-if in another alliance', async () => {
      const other = scenarioUrl.replace(demo.allianceId, crypto.randomUUID());
      expect((await viewer.get(other)).statusCode).toBe(404);
      expect((await viewer.get(`${whatIf()}/${crypto.randomUUID()}`)).statusCode).toBe(404);
    });
  });
});
