import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinancialYear } from '../../../platform/dates.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { createFinanceExportService } from './finance-export.service.ts';
import { createFinanceImportService, type ImportStage } from './finance-import.service.ts';
import { costsOf } from '../finance.repo.ts';
import {
  auditEventsAfter,
  financeState,
  setUpDemoFinance,
  type DemoFinance,
} from '../finance-service.testing.ts';

let demo: DemoFinance;
const services = () => ({
  exports: createFinanceExportService({ db: demo.db, clock: demo.clock }),
  imports: createFinanceImportService({ db: demo.db, clock: demo.clock }),
});

beforeAll(async () => {
  demo = await setUpDemoFinance();
});
afterAll(() => demo.database.close());

/** The alliance's stored costs in a stable order, to compare before and after. */
async function storedCosts() {
  const { areaYears, baselines } = await costsOf(demo.db, demo.allianceId);
  const key = (r: { businessAreaId: string; financialYear: number; organisationId?: string }) =>
    `${r.businessAreaId}|${r.financialYear}|${r.organisationId ?? ''}`;
  const sorted = <T extends Parameters<typeof key>[0]>(rows: T[]) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return { areaYears: sorted(areaYears), baselines: sorted(baselines) };
}

async function refusal(work: Promise<unknown>): Promise<{ message: string; problems: string[] }> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  expect(error.details.every((d) => d.field === 'file')).toBe(true);
  return { message: error.message, problems: error.details.map((d) => d.message) };
}

const HEADER =
  'Business area,Financial year,Force,Baseline cost,Target operating model cost,Implementation cost';
const csv = (...lines: string[]) => Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');

describe('exporting the savings model', () => {
  it('writes a workbook with the model as real numbers in £ formats, and the trajectory by year', async () => {
    const file = await services().exports.exportModel(demo.allianceId, 'xlsx');
    expect(file.fileName).toBe(
      'devon-and-cornwall-and-dorset-strategic-alliance-savings-model-2016-03-15.xlsx',
    );
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Savings model', 'By year']);
    const sheet = workbook.getWorksheet('Savings model') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.rowCount).toBe(file.rows + 1);
    // 32 areas, 2014/15 to 2019/20, two forces.
    expect(file.rows).toBe(32 * 6 * 2);
    const row = sheet.getRow(2);
    expect(typeof row.getCell(4).value).toBe('number');
    expect(row.getCell(4).numFmt).toBe('"£"#,##0.00');
    expect(row.getCell(8).numFmt).toBe('0.00%');
    expect(row.getCell(2).value).toMatch(/^\d{4}\/\d{2}$/);
    const combined = sheet.getColumn(7).values.find((v) => typeof v === 'string' && v.startsWith('Alliance'));
    expect(combined).toBe('Alliance default v1: In proportion to the size of each force');
    const byYear = workbook.getWorksheet('By year') as ExcelJS.Worksheet;
    expect(byYear.getRow(2).values).toEqual([undefined, '2014/15', 0, 0, 0, 0]);
  });

  it('writes CSV in UTF-8 with a byte order mark and CRLF, money as plain decimals', async () => {
    const file = await services().exports.exportModel(demo.allianceId, 'csv');
    expect(file.fileName).toMatch(/-savings-model-2016-03-15\.csv$/);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const text = file.bytes.toString('utf8');
    expect(text.startsWith(`\uFEFF${HEADER},Basis,Share,Contribution,Saving\r\n`)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(file.rows + 2);
    expect(text).not.toContain('£');
    expect(text).toMatch(/,Devon & Cornwall Police,\d+\.\d{2},/);
  });
});

describe('export then import', () => {
  it.each(['xlsx', 'csv'] as const)('round-trips the same figures through %s', async (format) => {
    const before = await storedCosts();
    const { exports, imports } = services();
    const file = await exports.exportModel(demo.allianceId, format);
    const { lastAuditSeq } = await financeState(demo.db);
    const summary = await imports.importFile(demo.context('finance.imported'), demo.allianceId, file);
    expect(summary).toEqual({
      rows: 384,
      areaYears: 192,
      baselines: 384,
      years: [2014, 2015, 2016, 2017, 2018, 2019],
    });
    expect(await storedCosts()).toEqual(before);
    const events = await auditEventsAfter(demo.db, lastAuditSeq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'finance.imported',
      entityType: 'alliance',
      entityId: demo.allianceId,
      summary: `Imported 384 rows of costs from ${file.fileName}`,
    });
    expect(events[0]?.after).toMatchObject({ rows: 384, areaYears: 192, baselines: 384 });
  });

  it('imports an export a person has edited in Excel', async () => {
    const { exports, imports } = services();
    const file = await exports.exportModel(demo.allianceId, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Savings model') as ExcelJS.Worksheet;
    const row = sheet.getRow(2);
    const [area, year, force] = [1, 2, 3].map((c) => String(row.getCell(c).value)) as [
      string,
      string,
      string,
    ];
    row.getCell(4).value = 123456.78;
    row.getCell(9).value = 'ignored: computed';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    await imports.importFile(demo.context(), demo.allianceId, { fileName: 'edited.xlsx', bytes: edited });
    const { baselines } = await costsOf(demo.db, demo.allianceId);
    const changed = baselines.find(
      (b) =>
        b.businessAreaId === demo.areaId(area) &&
        b.organisationId === demo.forceId(force) &&
        formatFinancialYear(b.financialYear) === year,
    );
    expect(changed?.baseline).toBe(12_345_678);
  });
});

describe('importing files people make', () => {
  it('reads a CSV typed by hand: £ amounts with commas, names in any case, blank costs', async () => {
    const bytes = csv(
      ' fleet services ,2016/17,DORSET POLICE,"£1,234.56",,',
      'Fleet services,2016-17,Devon & Cornwall Police,£2000,,',
    );
    const summary = await services().imports.importFile(demo.context(), demo.allianceId, {
      fileName: 'typed.csv',
      bytes,
    });
    expect(summary).toMatchObject({ rows: 2, areaYears: 1, baselines: 2, years: [2016] });
    const { areaYears, baselines } = await costsOf(demo.db, demo.allianceId, demo.areaId('Fleet services'));
    expect(areaYears.find((r) => r.financialYear === 2016)).toMatchObject({
      targetCost: null,
      implementationCost: 0,
    });
    const in2016 = baselines.filter((b) => b.financialYear === 2016);
    expect(new Map(in2016.map((b) => [b.organisationId, b.baseline]))).toEqual(
      new Map([
        [demo.forceId('Dorset Police'), 123_456],
        [demo.forceId('Devon & Cornwall Police'), 200_000],
      ]),
    );
  });

  it('reads a workbook made in a spreadsheet program: any first sheet, numbers and £ text mixed', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Costs 2017');
    workbook.addWorksheet('Notes').addRow(['Nothing here is read']);
    sheet.addRow([
      'Force',
      'Business area',
      'Financial year',
      'Baseline cost',
      'Implementation cost',
      'Target operating model cost',
    ]);
    sheet.addRow(['Dorset Police', 'ICT', 2017, 1500.5, 0, { formula: 'D2+D3', result: 4000.5 }]);
    sheet.addRow([
      'Devon & Cornwall Police',
      { richText: [{ text: 'I' }, { text: 'CT' }] },
      '2017/18',
      '£2,500.00',
      null,
      4000.5,
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await services().imports.importFile(demo.context(), demo.allianceId, { fileName: 'costs.xlsx', bytes });
    const { areaYears, baselines } = await costsOf(demo.db, demo.allianceId, demo.areaId('ICT'));
    expect(areaYears.find((r) => r.financialYear === 2017)).toMatchObject({
      targetCost: 400_050,
      implementationCost: 0,
    });
    const in2017 = baselines.filter((b) => b.financialYear === 2017).map((b) => b.baseline);
    expect(in2017.sort((a, b) => a - b)).toEqual([150_050, 250_000]);
  });
});

describe('a file with problems imports nothing', () => {
  it('lists every bad row, and saves none of the good ones', async () => {
    const before = await financeState(demo.db);
    const costs = await storedCosts();
    const { message, problems } = await refusal(
      services().imports.importFile(demo.context(), demo.allianceId, {
        fileName: '/home/someone/costs.csv',
        bytes: csv(
          'ICT,2016/17,Dorset Police,1,2,3',
          'Flet services,2016/17,Dorset Police,100,,',
          'ICT,2016/17,Dorset,12.345,,',
          'ICT,2016/17,Devon & Cornwall Police,-5,2,3',
          'ICT,1999/00,Dorset Police,5,,',
          'ICT,2016/17,dorset police,1,2,3',
        ),
      }),
    );
    expect(message).toBe('costs.csv was not imported: it has 6 problems');
    expect(problems).toEqual([
      'Row 3: "Flet services" is not a business area of this alliance',
      'Row 4: "Dorset" is not a force of this alliance',
      'Row 4: the baseline cost "12.345" is not an amount of money, like 1234.56 or £1,234.56',
      'Row 5: the baseline cost must not be negative',
      'Row 6: the financial year must be between 2000/01 and 2035/36',
      'Row 7: ICT, 2016/17, Dorset Police is already on row 2',
    ]);
    expect(await financeState(demo.db)).toEqual(before);
    expect(await storedCosts()).toEqual(costs);
  });

  it('lists the first 500 problems of a very bad file and counts the rest', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `Nowhere ${i},2016/17,Dorset Police,1,,`);
    const { message, problems } = await refusal(
      services().imports.importFile(demo.context(), demo.allianceId, {
        fileName: 'bad.csv',
        bytes: csv(...lines),
      }),
    );
    expect(message).toBe('bad.csv was not imported: it has 600 problems');
    expect(problems).toHaveLength(501);
    expect(problems.at(-1)).toBe('…and 100 more problems');
    const all = await refusal(
      services().imports.importFile(
        demo.context(),
        demo.allianceId,
        { fileName: 'bad.csv', bytes: csv(...lines) },
        { allProblems: true },
      ),
    );
    expect(all.problems).toHaveLength(600);
  });

  it.each([
    ['empty.csv', Buffer.alloc(0), 'The file is empty'],
    [
      'costs.csv',
      Buffer.from('Business area,Force\r\nICT,Dorset Police\r\n'),
      'The file has no "Financial year" column',
    ],
    [
      'costs.xlsx',
      Buffer.from('not really a workbook'),
      'The file is not a readable Excel workbook (.xlsx): open it in Excel and save it again',
    ],
    [
      'costs.xlsx',
      Buffer.from('PK\u0003\u0004 and then nonsense'),
      'The file is not a readable Excel workbook (.xlsx): open it in Excel and save it again',
    ],
    [
      'costs.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'The file is an older Excel workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV and try again',
    ],
    [
      'picture.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'The file is neither an Excel workbook (.xlsx) nor a CSV file',
    ],
    [
      'costs.csv',
      Buffer.from(`${HEADER}\r\n"ICT,2016/17\r\n`),
      'The file is not a readable CSV file: the quoted value that starts on row 2 has no closing quote',
    ],
  ])('refuses %s: %s', async (fileName, bytes, problem) => {
    const before = await financeState(demo.db);
    const refused = await refusal(
      services().imports.importFile(demo.context(), demo.allianceId, { fileName, bytes }),
    );
    expect(refused.problems[0]).toBe(problem);
    expect(refused.message.startsWith(`${fileName} was not imported: `)).toBe(true);
    expect(await financeState(demo.db)).toEqual(before);
  });

  it('refuses an alliance that does not exist', async () => {
    const missing = services().imports.importFile(demo.context(), crypto.randomUUID(), {
      fileName: 'costs.csv',
      bytes: csv('ICT,2016/17,Dorset Police,1,,'),
    });
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('progress', () => {
  it('reports reading, checking and saving, each up to its total', async () => {
    const seen = new Map<ImportStage, [number, number]>();
    await services().imports.importFile(
      demo.context(),
      demo.allianceId,
      {
        fileName: 'one.csv',
        bytes: csv('ICT,2016/17,Dorset Police,1,,', 'ICT,2016/17,Devon & Cornwall Police,1,,'),
      },
      { onProgress: (done, total, stage) => seen.set(stage, [done, total]) },
    );
    expect([...seen.keys()]).toEqual(['reading', 'checking', 'saving']);
    expect(seen.get('checking')).toEqual([2, 2]);
    expect(seen.get('saving')).toEqual([3, 3]);
  });
});
