/**
 * CSV as RFC 4180 describes it, for files people open in Excel: UTF-8 with a byte order mark (so
 * Excel does not guess another encoding), CRLF line ends, and fields quoted when they hold a
 * comma, a quote or a line break.
 */

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)") is written with a leading
 * apostrophe, which Excel shows as text; reading takes the apostrophe off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV text, starting with the byte order mark. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/**
 * Bytes as text: UTF-8 (with or without a byte order mark), or, when they are not valid UTF-8,
 * Windows-1252, which Excel's plain "CSV" uses on UK machines (£ is one byte there).
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

export type CsvParse =
  | { readonly ok: true; readonly records: string[][]; readonly more: boolean }
  | { readonly ok: false; readonly problem: string };

/**
 * The records of CSV text, at most `limit` of them (`more` says whether there were others).
 * Accepts CRLF, LF or CR line ends and a missing final line end; a quote inside an unquoted field
 * is kept as it is. A quoted field that never closes makes the file unreadable.
 */
export function csvRecords(text: string, limit = Number.POSITIVE_INFINITY): CsvParse {
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  let recordStart = 1;
  while (position < text.length) {
    if (records.length >= limit) return { ok: true, records, more: true };
    const parsed = text[position] === '"' ? quotedField(text, position) : plainField(text, position);
    if (parsed === undefined) {
      return {
        ok: false,
        problem: `The file is not a readable CSV file: the quoted value that starts on row ${recordStart} has no closing quote`,
      };
    }
    record.push(GUARDED.test(parsed.value) ? parsed.value.slice(1) : parsed.value);
    position = parsed.next;
    const separator = text[position];
    if (separator === ',') {
      position += 1;
      if (position < text.length) continue;
      record.push(''); // a comma at the very end: the last field is empty
    } else {
      position += separator === '\r' && text[position + 1] === '\n' ? 2 : 1;
    }
    records.push(record);
    record = [];
    recordStart = records.length + 1;
  }
  return { ok: true, records, more: false };
}

function plainField(text: string, start: number): { value: string; next: number } {
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end += 1;
  return { value: text.slice(start, end), next: end };
}

/** From the opening quote to just after the closing one; doubled quotes are one quote. */
function quotedField(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  let position = start + 1;
  for (;;) {
    const close = text.indexOf('"', position);
    if (close === -1) return undefined;
    value += text.slice(position, close);
    if (text[close + 1] === '"') {
      value += '"';
      position = close + 2;
      continue;
    }
    // Anything between the closing quote and the separator belongs to the field, as Excel reads it.
    const rest = plainField(text, close + 1);
    return { value: value + rest.value, next: rest.next };
  }
}
