import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { decodeEntities, errorSummary, type TestSession } from '../../../platform/testing/test-app.ts';
import { financeAreaYears, financeBaselines } from '../finance.tables.ts';
import { problemCount, problemRows } from './spreadsheet.pages.ts';
import {
  startFinanceDemo,
  uploadSession,
  type FinanceDemo,
  type UploadSession,
} from '../finance-demo.fixture.ts';

const HEADERS =
  'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost';

function problemTable(html: string): string[][] {
  const table = /<table class="govuk-table" id="problems">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map(([, row = '']) =>
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, c = '']) => decodeEntities(c.trim())),
    );
}

describe('spreadsheet pages', () => {
  let demo: FinanceDemo;
  let finance: UploadSession;
  let viewer: TestSession;
  const importUrl = () => `/alliances/${demo.allianceId}/finance/import`;
  const exportUrl = (format: string) => `/alliances/${demo.allianceId}/finance/export?format=${format}`;
  const csv = (lines: string[]) => ({
    filename: 'costs.csv',
    content: Buffer.from(`${lines.join('\r\n')}\r\n`),
  });
  const counts = async () => ({
    areaYears: await demo.rows(financeAreaYears),
    baselines: await demo.rows(financeBaselines),
    imports: (await demo.auditActions()).filter((a) => a === 'finance.imported').length,
  });

  beforeAll(async () => {
    demo = await startFinanceDemo();
    finance = await uploadSession(demo.t, [{ role: 'finance', organisationId: null }]);
    viewer = await demo.t.signIn([{ role: 'viewer', organisationId: null }]);
  });
  afterAll(() => demo.t.close());

  it('explains the columns expected and links to the current figures as a template', async () => {
    const page = await finance.get(importUrl());
    expect(page.statusCode).toBe(200);
    const html = decodeEntities(page.body);
    for (const header of HEADERS.split(','))
      expect(html).toContain(`<dt class="govuk-summary-list__key">${header}</dt>`);
    expect(html).toContain(`href="${exportUrl('xlsx')}"`);
    expect(html).toContain(`href="${exportUrl('csv')}"`);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/action="[^"]*\/finance\/import\?_csrf=[^"]+"/);
  });

  it('downloads the savings model as CSV and as a workbook, as attachments', async () => {
    const text = await viewer.get(exportUrl('csv'));
    expect(text.statusCode).toBe(200);
    expect(text.headers['content-type']).toMatch(/^text\/csv/);
    expect(text.headers['content-disposition']).toMatch(
      /^attachment; filename="devon-and-cornwall-and-dorset-strategic-alliance-savings-model-2016-03-15\.csv"/,
    );
    expect(text.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(new RegExp(`^${HEADERS}`));
    const workbook = await viewer.get(exportUrl('xlsx'));
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-disposition']).toMatch(/^attachment; filename=".*\.xlsx"/);
    expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await viewer.get(exportUrl('pdf'))).statusCode).toBe(404);
  });

  it('refuses a file with bad rows, listing every one, and imports nothing', async () => {
    const before = await counts();
    const response = await finance.upload(
      importUrl(),
      importUrl(),
      csv([
        HEADERS,
        'ICT,2016/17,Dorset Police,"£1,000.00",,',
        'Crystal balls,2016/17,Dorset Police,100,,',
        'ICT,2016/17,Devon & Cornwall Police,lots,,',
        'ICT,2016/17,Dorset Police,200,,',
        'ICT,1999/00,Dorset Police,200,,',
        'ICT,2016/17,Avon and Somerset Constabulary,-5,,',
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual(['The file has 6 problems and nothing was imported']);
    expect(response.body).toContain('<a href="#file">');
    const rows = problemTable(response.body);
    expect(rows.map((r) => r[0])).toEqual(['3', '4', '5', '6', '7', '7']);
    expect(rows.map((r) => r[1]).join('\n')).toMatch(/Crystal balls/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['no file at all', undefined, 'Select a .xlsx or .csv file to import'],
    [
      'a file that is not a spreadsheet',
      { filename: 'costs.xlsx', content: Buffer.from('hello') },
      'The file has 1 problem and nothing was imported',
    ],
  ])('refuses %s', async (_name, file, message) => {
    const before = await counts();
    const response = await finance.upload(importUrl(), importUrl(), file);
    expect(response.statusCode).toBe(400);
    expect(errorSummary(response.body)).toEqual([message]);
    expect(await counts()).toEqual(before);
  });

  it('imports a good file and says what it imported', async () => {
    const ict = await demo.areaId('ICT');
    const dorset = await demo.organisationId('Dorset Police');
    const response = await finance.upload(
      importUrl(),
      importUrl(),
      csv([
        HEADERS,
        'ICT,2020/21,Dorset Police,"£1,234,567.89","2,000,000",',
        'ICT,2020/21,Devon & Cornwall Police,"3,000,000.00","2,000,000",',
      ]),
    );
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    const page = decodeEntities((await finance.get(response.headers.location as string)).body);
    expect(page).toContain('Imported 2 rows: 1 business area cost and 2 baselines, for 2020/21');
    const [stored] = await demo.t.database.db
      .select()
      .from(financeBaselines)
      .where(eq(financeBaselines.businessAreaId, ict))
      .then((rows) => rows.filter((r) => r.organisationId === dorset && r.financialYear === 2020));
    expect(stored?.baselinePence).toBe(123_456_789);
    expect(await demo.auditActions()).toContain('finance.imported');
  });

  it('imports its own export again, unchanged', async () => {
    const exported = await viewer.get(exportUrl('xlsx'));
    const before = await counts();
    const response = await finance.upload(importUrl(), importUrl(), {
      filename: 'model.xlsx',
      content: exported.rawPayload,
    });
    expect(response.statusCode, errorSummary(response.body).join('; ')).toBe(303);
    const after = await counts();
    expect({ ...after, imports: before.imports }).toEqual(before);
    expect(after.imports).toBe(before.imports + 1);
  });

  it('lets only finance leads and the programme team import', async () => {
    expect((await viewer.get(importUrl())).statusCode).toBe(403);
    const outsider = await uploadSession(demo.t, [{ role: 'viewer', organisationId: null }]);
    const response = await outsider.upload('/', importUrl(), csv([HEADERS]));
    expect(response.statusCode).toBe(403);
  });
});

describe('the problems of a refused file', () => {
  it('splits each into its row and problem, and counts those not listed', () => {
    const details = [
      { field: 'file', message: 'Row 1,204: The amount is not money' },
      { field: 'file', message: 'The file has no header row' },
      { field: 'file', message: 'Rows 2, 1,300 and 1,301: the same cost twice' },
      { field: 'file', message: '…and 1,496 more problems' },
    ];
    expect(problemRows(details.slice(0, 3))).toEqual([
      { row: '1,204', problem: 'The amount is not money' },
      { row: '', problem: 'The file has no header row' },
      { row: '2, 1,300 and 1,301', problem: 'the same cost twice' },
    ]);
    expect(problemCount(details)).toBe(1_499);
    expect(problemCount(details.slice(0, 3))).toBe(3);
  });
});
