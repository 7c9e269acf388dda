import type ExcelJSModule from 'exceljs';

/**
 * exceljs adds about 30 MB to the service's memory; most processes never read or write a workbook,
 * so it is loaded the first time one does.
 */
let excel: Promise<typeof ExcelJSModule> | undefined;
const loadExcel = () => (excel ??= import('exceljs').then((module) => module.default));
import { PassThrough, Readable } from 'node:stream';
import { csvRecords, csvText, decodeText, guardFormula } from '../../../platform/csv.ts';
import { formatMoneyForInput } from '../../../platform/money.ts';
import { zipUnpackedSize } from '../../../platform/files/containers.ts';
import { normalise, type Cell } from './finance-spreadsheet-cells.domain.ts';
import type { SheetRow } from './finance-spreadsheet.domain.ts';
import { SAVINGS_MODEL_SHEET, type ColumnFormat, type Table } from './finance-spreadsheet-export.domain.ts';

/**
 * Reading and writing the savings model's two kinds of file. Rows are read one at a time and
 * the reading stops at the row limit, so a huge file costs no more memory than the limit allows.
 */
export type SpreadsheetKind = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<SpreadsheetKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export type ReadResult =
  | {
      readonly ok: true;
      readonly kind: SpreadsheetKind;
      readonly rows: SheetRow[];
      readonly tooManyRows: boolean;
    }
  | { readonly ok: false; readonly problem: string };

export interface ReadOptions {
  /** Rows of data to read at most, besides the header. */
  readonly maxRows: number;
  /** Bytes of the file read so far, of its size. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

const startsWith = (bytes: Buffer, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0];
/** Far beyond 200,000 rows of costs (a 50,000-row workbook unpacks to about 15 MB). */
const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

const NOT_A_WORKBOOK =
  'The file is not a readable Excel workbook (.xlsx): open it in Excel and save it again';

/** By content first (an xlsx workbook is a ZIP archive), then by the name. */
export function kindOf(fileName: string, bytes: Buffer): SpreadsheetKind | { problem: string } {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLD_EXCEL)) {
    return {
      problem:
        'The file is an older Excel workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV and try again',
    };
  }
  if (/\.xls[xm]?$/i.test(fileName.trim()) && bytes.length > 0) return { problem: NOT_A_WORKBOOK };
  if (bytes.subarray(0, 8192).includes(0)) {
    return { problem: 'The file is neither an Excel workbook (.xlsx) nor a CSV file' };
  }
  return 'csv';
}

export async function readSpreadsheet(
  file: { readonly fileName: string; readonly bytes: Buffer },
  options: ReadOptions,
): Promise<ReadResult> {
  const kind = kindOf(file.fileName, file.bytes);
  if (typeof kind !== 'string') return { ok: false, problem: kind.problem };
  if (kind === 'csv') return readCsv(file.bytes, options);
  const unpacked = zipUnpackedSize(file.bytes);
  if (unpacked === undefined) return { ok: false, problem: NOT_A_WORKBOOK };
  if (unpacked > MAX_UNPACKED_BYTES) {
    return { ok: false, problem: 'The workbook is too large once unpacked: split it into smaller files' };
  }
  try {
    const read = await readXlsx(file.bytes, options);
    options.onProgress?.(file.bytes.length, file.bytes.length);
    return read;
  } catch {
    return { ok: false, problem: NOT_A_WORKBOOK };
  }
}

function readCsv(bytes: Buffer, options: ReadOptions): ReadResult {
  const parsed = csvRecords(decodeText(bytes), options.maxRows + 1);
  options.onProgress?.(bytes.length, bytes.length);
  if (!parsed.ok) return parsed;
  const rows = parsed.records.map((cells, index) => ({ rowNumber: index + 1, cells }));
  return { ok: true, kind: 'csv', rows, tooManyRows: parsed.more };
}

const CHUNK = 256 * 1024;

/**
 * The bytes as a stream, reporting how far the reader has got. The last byte is reported only
 * when the worksheet has been read, which can take a while after the stream has been consumed.
 */
function streamOf(bytes: Buffer, onProgress: ReadOptions['onProgress']): Readable {
  let offset = 0;
  return new Readable({
    read() {
      const end = Math.min(offset + CHUNK, bytes.length);
      this.push(end > offset ? bytes.subarray(offset, end) : null);
      offset = end;
      onProgress?.(Math.min(offset, bytes.length - 1), bytes.length);
    },
  });
}

interface SheetEntry {
  readonly name: string;
}

/** The model sheet if the workbook has one, or else its first sheet. */
function wantedSheet(sheets: readonly SheetEntry[]): string | undefined {
  const named = sheets.find((s) => normalise(s.name) === normalise(SAVINGS_MODEL_SHEET));
  return (named ?? sheets[0])?.name;
}

/** A workbook cell's value as text or a number: formulas give their result, rich text its text. */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text?: string }[]; text?: unknown; error?: string };
    if ('result' in v) return cellOf(v.result);
    if (v.richText) return v.richText.map((part) => part.text ?? '').join('');
    if ('text' in v) return cellOf(v.text);
    if (v.error) return v.error;
  }
  return null;
}

async function readXlsx(bytes: Buffer, options: ReadOptions): Promise<ReadResult> {
  const ExcelJS = await loadExcel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(streamOf(bytes, options.onProgress), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const book = reader as unknown as { model?: { sheets?: SheetEntry[] } };
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name;
    const wanted = wantedSheet(book.model?.sheets ?? []);
    if (wanted !== undefined && name !== wanted) continue;
    const rows: SheetRow[] = [];
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? row.values : [];
      // Row values are indexed from column 1.
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellOf(values[i + 1]));
      rows.push({ rowNumber: row.number, cells });
      if (rows.length > options.maxRows + 1) return { ok: true, kind: 'xlsx', rows, tooManyRows: true };
    }
    return { ok: true, kind: 'xlsx', rows, tooManyRows: false };
  }
  return { ok: false, problem: NOT_A_WORKBOOK };
}

const NUMBER_FORMATS: Partial<Record<ColumnFormat, string>> = {
  money: '"£"#,##0.00',
  percent: '0.00%',
};

/** A value as the workbook holds it: pounds for money, a fraction for a percentage. */
function workbookValue(value: Cell, format: ColumnFormat): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (format === 'money') return value / 100;
  if (format === 'percent') return value / 100;
  return value;
}

/**
 * The tables as one workbook, a worksheet each: a bold header row that stays in view, set column
 * widths, and money as numbers of pounds with a £ format, never as text.
 */
export async function writeXlsx(tables: readonly Table[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => out.on('end', resolve).on('error', reject));
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: NUMBER_FORMATS[c.format] ? { numFmt: NUMBER_FORMATS[c.format] } : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const row of table.rows) {
      sheet.addRow(row.map((value, i) => workbookValue(value, table.columns[i]?.format ?? 'text'))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

/** One table as CSV: money as plain "1234.56", which imports back exactly. */
export function writeCsv(table: Table): Buffer {
  const text = (value: Cell, format: ColumnFormat): string => {
    if (value === null) return '';
    if (typeof value === 'string') return format === 'text' ? guardFormula(value) : value;
    return format === 'money' ? formatMoneyForInput(value) : String(value);
  };
  const rows = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.map((value, i) => text(value, table.columns[i]?.format ?? 'text'))),
  ];
  return Buffer.from(csvText(rows), 'utf8');
}
