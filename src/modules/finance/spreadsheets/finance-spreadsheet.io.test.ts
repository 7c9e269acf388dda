import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellOf, kindOf, readSpreadsheet, writeCsv, writeXlsx } from './finance-spreadsheet.io.ts';
import type { Table } from './finance-spreadsheet-export.domain.ts';

const table: Table = {
  name: 'Savings model',
  columns: [
    { header: 'Business area', format: 'text', width: 30 },
    { header: 'Baseline cost', format: 'money', width: 15 },
    { header: 'Share', format: 'percent', width: 10 },
  ],
  rows: [
    ['Fleet, "services"', 123_456, 72.5],
    ['=HYPERLINK("x")', 1, null],
    ['Dogs', -99, 27.5],
  ],
};

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('telling the kind of file', () => {
  it.each([
    ['costs.xlsx', Buffer.from('PK\u0003\u0004rest', 'latin1'), 'xlsx'],
    ['costs.csv', Buffer.from('PK\u0003\u0004rest', 'latin1'), 'xlsx'],
    ['costs.csv', Buffer.from('a,b\r\n'), 'csv'],
    ['costs.txt', Buffer.from('a,b\r\n'), 'csv'],
    ['costs', Buffer.alloc(0), 'csv'],
  ])('%s starting %j is %s', (fileName, bytes, kind) => {
    expect(kindOf(fileName, bytes)).toBe(kind);
  });

  it('names what is wrong with a file that is neither', () => {
    expect(kindOf('costs.xlsx', Buffer.from('a,b'))).toEqual({
      problem: 'The file is not a readable Excel workbook (.xlsx): open it in Excel and save it again',
    });
    expect(kindOf('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
      problem:
        'The file is an older Excel workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV and try again',
    });
    expect(kindOf('photo.jpg', Buffer.from([0xff, 0xd8, 0, 0]))).toEqual({
      problem: 'The file is neither an Excel workbook (.xlsx) nor a CSV file',
    });
  });
});

describe('reading workbook cells', () => {
  it.each<[unknown, string | number | null]>([
    [12.5, 12.5],
    ['ICT', 'ICT'],
    [null, null],
    [undefined, null],
    [true, 'TRUE'],
    [{ formula: 'A1*2', result: 25 }, 25],
    [{ sharedFormula: 'A1', result: 'x' }, 'x'],
    [{ richText: [{ text: 'Fleet ' }, { text: 'services' }] }, 'Fleet services'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
    [{ error: '#N/A' }, '#N/A'],
    [new Date('2016-03-15T00:00:00Z'), '2016-03-15'],
  ])('reads %j as %j', (value, cell) => {
    expect(cellOf(value)).toEqual(cell);
  });
});

describe('reading a workbook', () => {
  it('reads back what the export writes: pounds as numbers, text as text', async () => {
    const read = await readSpreadsheet(
      { fileName: 'x.xlsx', bytes: await writeXlsx([table]) },
      { maxRows: 10 },
    );
    expect(read).toEqual({
      ok: true,
      kind: 'xlsx',
      tooManyRows: false,
      rows: [
        { rowNumber: 1, cells: ['Business area', 'Baseline cost', 'Share'] },
        { rowNumber: 2, cells: ['Fleet, "services"', 1234.56, 0.725] },
        { rowNumber: 3, cells: ['=HYPERLINK("x")', 0.01] },
        { rowNumber: 4, cells: ['Dogs', -0.99, 0.275] },
      ],
    });
  });

  it('reads the sheet called "Savings model" wherever it is, or else the first sheet', async () => {
    const named = await workbook({ Notes: [['not this']], 'savings MODEL': [['this']] });
    const first = await workbook({ Costs: [['the first']], Notes: [['not this']] });
    const cellsOf = async (bytes: Buffer) => {
      const read = await readSpreadsheet({ fileName: 'x.xlsx', bytes }, { maxRows: 10 });
      return read.ok ? read.rows.map((r) => r.cells) : read.problem;
    };
    expect(await cellsOf(named)).toEqual([['this']]);
    expect(await cellsOf(first)).toEqual([['the first']]);
  });

  it('keeps the row numbers the spreadsheet shows, gaps included', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Costs');
    sheet.getCell('A1').value = 'header';
    sheet.getCell('B4').value = 5;
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const read = await readSpreadsheet({ fileName: 'x.xlsx', bytes }, { maxRows: 10 });
    expect(read.ok && read.rows).toEqual([
      { rowNumber: 1, cells: ['header'] },
      { rowNumber: 4, cells: [null, 5] },
    ]);
  });

  it('stops at the row limit, saying there were more, in either kind of file', async () => {
    for (const [fileName, bytes] of [
      ['x.xlsx', await writeXlsx([table])],
      ['x.csv', writeCsv(table)],
    ] as const) {
      const read = await readSpreadsheet({ fileName, bytes }, { maxRows: 2 });
      expect(read.ok && read.tooManyRows).toBe(true);
      const all = await readSpreadsheet({ fileName, bytes }, { maxRows: 3 });
      expect(all.ok && all.tooManyRows).toBe(false);
    }
  });

  it('reports the bytes read, ending with the whole file', async () => {
    const bytes = await writeXlsx([table]);
    const progress: [number, number][] = [];
    await readSpreadsheet(
      { fileName: 'x.xlsx', bytes },
      { maxRows: 10, onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(progress.slice(0, -1).every(([done]) => done < bytes.length)).toBe(true);
  });
});

describe('writing CSV', () => {
  it('writes money as plain pounds and pence, guards formulas and leaves blanks empty', () => {
    expect(writeCsv(table).toString('utf8')).toBe(
      '\uFEFFBusiness area,Baseline cost,Share\r\n' +
        '"Fleet, ""services""",1234.56,72.5\r\n' +
        '"\'=HYPERLINK(""x"")",0.01,\r\n' +
        'Dogs,-0.99,27.5\r\n',
    );
  });
});

describe('a workbook that would unpack to more than the disk should hold', () => {
  it('is refused from what its ZIP directory declares, before anything is unpacked', async () => {
    const bytes = await workbook({ 'Savings model': [['Business area'], ['Dogs']] });
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(central).toBeGreaterThan(0);
    bytes.writeUInt32LE(0x7fff_ffff, central + 24);
    const read = await readSpreadsheet({ fileName: 'costs.xlsx', bytes }, { maxRows: 1000 });
    expect(read).toEqual({
      ok: false,
      problem: 'The workbook is too large once unpacked: split it into smaller files',
    });
  });
});
