import { parseFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { formatMoneyForInput, parseMoney, type Pence } from '../../../platform/money.ts';
import { checkedText, textProblemMessage } from '../../../platform/text.ts';
import { financeYearProblems } from '../savings/finance-records.domain.ts';

/** A cell as read from either kind of file: text, a number (xlsx), or nothing. */
export type Cell = string | number | null;

export interface NamedThing {
  readonly id: string;
  readonly name: string;
}

/** What reading one cell gives: its value, or what is wrong with it in the user's words. */
export type CellReading<T> =
  { readonly value: T; readonly problem?: never } | { readonly value?: never; readonly problem: string };

const MAX_QUOTED = 60;

/** Names and headers match ignoring case and the spaces around and within them. */
export const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell).trim();
}

/** A person's own words, shortened for a message. */
export function quoted(text: string): string {
  return `"${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}"`;
}

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const TOO_LARGE = 'is too large: amounts must be at most £100 billion';

function amountInText(text: string): CellReading<Pence | null> {
  if (text === '') return { value: null };
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    return {
      problem:
        parsed.reason === 'too-large'
          ? TOO_LARGE
          : `${quoted(text)} is not an amount of money, like 1234.56 or £1,234.56`,
    };
  }
  if (parsed.value < 0) return { problem: 'must not be negative' };
  return { value: parsed.value };
}

/**
 * An amount in a cell: text as a person types it ("£1,234.56", "1234.56"), or a number of pounds
 * from a workbook. A number must be whole pence to within a hundredth of a penny (what a binary
 * fraction of pounds can be off by, far below any real difference), and is then read as exactly
 * those pence.
 */
export function amountOf(cell: Cell): CellReading<Pence | null> {
  if (typeof cell !== 'number') return amountInText(cellText(cell));
  if (!Number.isFinite(cell)) return { problem: 'is not an amount of money' };
  const whole = Math.round(cell * 100);
  if (!Number.isSafeInteger(whole)) return { problem: TOO_LARGE };
  if (Math.abs(cell * 100 - whole) > 0.01) return { problem: `${cell} has more than two decimal places` };
  return amountInText(formatMoneyForInput(whole));
}

export function yearOf(cell: Cell, currentYear: FinancialYear): CellReading<FinancialYear> {
  const text = cellText(cell);
  if (text === '') return { problem: 'enter the financial year, like 2015/16' };
  const year = parseFinancialYear(text);
  if (year === undefined) return { problem: `${quoted(text)} is not a financial year, like 2015/16` };
  const [outOfRange] = financeYearProblems(year, currentYear);
  return outOfRange ? { problem: lowerFirst(outOfRange.message) } : { value: year };
}

export type Lookup = (name: string) => NamedThing | undefined;

export function lookupOf(things: readonly NamedThing[]): Lookup {
  const byName = new Map(things.map((t) => [normalise(t.name), t]));
  return (name) => byName.get(normalise(name));
}

/** A business area or force named in a cell, found among the alliance's own. */
export function namedOf(cell: Cell, lookup: Lookup, what: string): CellReading<NamedThing> {
  const text = cellText(cell);
  if (text === '') return { problem: `enter the ${what}` };
  const found = lookup(text);
  return found ? { value: found } : { problem: `${quoted(text)} is not a ${what} of this alliance` };
}

/** A column as a spreadsheet labels it: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface TextRow {
  readonly rowNumber: number;
  readonly cells: readonly Cell[];
}

/**
 * Every text cell of a file passes the check every form field passes: a control character or a lone
 * surrogate is refused with its row and column named; the rest is put in NFC, so a name matches the
 * stored one however it was typed.
 */
export function checkedSheetText<R extends TextRow>(rows: readonly R[]): { rows: R[]; problems: string[] } {
  const headers = rows[0]?.cells ?? [];
  const problems: string[] = [];
  const checked = rows.map((row) => {
    const cells = row.cells.map((cell, index) => {
      if (typeof cell !== 'string') return cell;
      const text = checkedText(cell.trim());
      if (text.ok) return text.value;
      const header = headers[index];
      const named = typeof header === 'string' && checkedText(header).ok ? ` (${quoted(header.trim())})` : '';
      const where = `column ${columnLetter(index)}${named}`;
      problems.push(`Row ${row.rowNumber}: ${lowerFirst(textProblemMessage(where, text.problem))}`);
      return cell;
    });
    return { ...row, cells };
  });
  return { rows: checked, problems };
}
