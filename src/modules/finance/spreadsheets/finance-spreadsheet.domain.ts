import { formatFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { formatMoney, pence, type Pence } from '../../../platform/money.ts';
import {
  amountOf,
  cellText,
  checkedSheetText,
  lookupOf,
  lowerFirst,
  namedOf,
  normalise,
  yearOf,
  type Cell,
  type Lookup,
  type NamedThing,
} from './finance-spreadsheet-cells.domain.ts';

export type { Cell, NamedThing } from './finance-spreadsheet-cells.domain.ts';

/**
 * The savings model as a spreadsheet: one row per business area, financial year and force. The
 * export writes every column; an import reads the first six and ignores the computed ones, so a
 * person can edit an export and import it again.
 */
export const COLUMNS = {
  businessArea: 'Business area',
  financialYear: 'Financial year',
  force: 'Force',
  baseline: 'Baseline cost',
  targetCost: 'Target operating model cost',
  implementationCost: 'Implementation cost',
  basis: 'Basis',
  share: 'Share',
  contribution: 'Contribution',
  saving: 'Saving',
} as const;

export type ColumnKey = keyof typeof COLUMNS;
export const IMPORTED_COLUMNS = [
  'businessArea',
  'financialYear',
  'force',
  'baseline',
  'targetCost',
  'implementationCost',
] as const satisfies readonly ColumnKey[];
type ImportedColumn = (typeof IMPORTED_COLUMNS)[number];

/** Enough for any alliance's model many times over; more is a mistake or a different file. */
export const MAX_IMPORT_ROWS = 200_000;
/** A refused file lists this many problems; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 500;
export interface SheetRow {
  /** As the spreadsheet shows it: the header is row 1. */
  readonly rowNumber: number;
  readonly cells: readonly Cell[];
}

export interface ImportContext {
  readonly areas: readonly NamedThing[];
  readonly forces: readonly NamedThing[];
  readonly currentYear: FinancialYear;
}

export interface ImportedAreaYear {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
}

export interface ImportedBaseline {
  readonly businessAreaId: string;
  readonly organisationId: string;
  readonly financialYear: FinancialYear;
  readonly baseline: Pence;
}

export interface CostImport {
  readonly rows: number;
  readonly areaYears: readonly ImportedAreaYear[];
  readonly baselines: readonly ImportedBaseline[];
  readonly years: readonly FinancialYear[];
}

export type CostImportResult =
  { readonly ok: true; readonly value: CostImport } | { readonly ok: false; readonly problems: string[] };

type Columns = Record<ImportedColumn, number>;

/** Finds the columns by their headers, in any order, ignoring case, spaces and extra columns. */
export function columnsOf(header: readonly Cell[]): { columns?: Columns; problems: string[] } {
  const positions = new Map<string, number[]>();
  header.forEach((cell, index) => {
    const key = normalise(cellText(cell));
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const problems: string[] = [];
  const columns: Partial<Columns> = {};
  for (const key of IMPORTED_COLUMNS) {
    const found = positions.get(normalise(COLUMNS[key])) ?? [];
    if (found.length === 0) problems.push(`The file has no "${COLUMNS[key]}" column`);
    if (found.length > 1) problems.push(`The file has ${found.length} "${COLUMNS[key]}" columns: keep one`);
    columns[key] = found[0];
  }
  if (problems.length > 0) {
    const names = IMPORTED_COLUMNS.map((key) => COLUMNS[key]).join(', ');
    problems.push(`The first row must name the columns ${names}`);
    return { problems };
  }
  return { columns: columns as Columns, problems };
}

export interface CheckedRow {
  readonly rowNumber: number;
  readonly area: NamedThing;
  readonly force: NamedThing;
  readonly financialYear: FinancialYear;
  readonly baseline: Pence;
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
}

interface Lookups {
  readonly area: Lookup;
  readonly force: Lookup;
  readonly currentYear: FinancialYear;
}

/** One row's cells read and checked: its problems, each in the words of the row. */
export function checkRow(row: SheetRow, columns: Columns, lookups: Lookups): CheckedRow | string[] {
  const at = (key: ImportedColumn) => row.cells[columns[key]] ?? null;
  const area = namedOf(at('businessArea'), lookups.area, 'business area');
  const year = yearOf(at('financialYear'), lookups.currentYear);
  const force = namedOf(at('force'), lookups.force, 'force');
  const baseline = amountOf(at('baseline'));
  const target = amountOf(at('targetCost'));
  const implementation = amountOf(at('implementationCost'));
  const problems = [area.problem, year.problem, force.problem];
  if (baseline.value === null) problems.push('enter the baseline cost');
  const money: [string, string | undefined][] = [
    [COLUMNS.baseline, baseline.problem],
    [COLUMNS.targetCost, target.problem],
    [COLUMNS.implementationCost, implementation.problem],
  ];
  for (const [label, problem] of money) if (problem) problems.push(`the ${lowerFirst(label)} ${problem}`);
  const found = problems.filter((p): p is string => p !== undefined);
  if (found.length > 0) return found.map((p) => `Row ${row.rowNumber}: ${p}`);
  return {
    rowNumber: row.rowNumber,
    area: area.value as NamedThing,
    force: force.value as NamedThing,
    financialYear: year.value as FinancialYear,
    baseline: baseline.value as Pence,
    targetCost: target.value ?? null,
    // A blank implementation cost is no one-off cost that year.
    implementationCost: implementation.value ?? pence(0),
  };
}

const isBlank = (row: SheetRow) => row.cells.every((cell) => cellText(cell) === '');

const moneyOrBlank = (amount: Pence | null) => (amount === null ? 'blank' : formatMoney(amount));

/** The figures every row of one area-year repeats must agree: they are one record. */
function disagreement(first: CheckedRow, row: CheckedRow): string[] {
  const where = `${first.area.name} in ${formatFinancialYear(first.financialYear)}`;
  const rows = `Rows ${first.rowNumber} and ${row.rowNumber}`;
  const pairs: [string, Pence | null, Pence | null][] = [
    [COLUMNS.targetCost, first.targetCost, row.targetCost],
    [COLUMNS.implementationCost, first.implementationCost, row.implementationCost],
  ];
  return pairs
    .filter(([, a, b]) => a !== b)
    .map(
      ([label, a, b]) =>
        `${rows}: the ${lowerFirst(label)} of ${where} must be the same on every row (${moneyOrBlank(a)} and ${moneyOrBlank(b)})`,
    );
}

/** Checked rows into one area-year record each and one baseline per force, with any clashes. */
export function groupRows(rows: readonly CheckedRow[]): { value: CostImport; problems: string[] } {
  const areaYears = new Map<string, CheckedRow>();
  const baselines = new Map<string, CheckedRow>();
  const problems: string[] = [];
  for (const row of rows) {
    const areaYear = `${row.area.id}|${row.financialYear}`;
    const baseline = `${areaYear}|${row.force.id}`;
    const earlier = baselines.get(baseline);
    if (earlier) {
      const what = `${row.area.name}, ${formatFinancialYear(row.financialYear)}, ${row.force.name}`;
      problems.push(`Row ${row.rowNumber}: ${what} is already on row ${earlier.rowNumber}`);
      continue;
    }
    baselines.set(baseline, row);
    const first = areaYears.get(areaYear);
    if (first) problems.push(...disagreement(first, row));
    else areaYears.set(areaYear, row);
  }
  const value: CostImport = {
    rows: rows.length,
    areaYears: [...areaYears.values()].map((r) => ({
      businessAreaId: r.area.id,
      financialYear: r.financialYear,
      targetCost: r.targetCost,
      implementationCost: r.implementationCost,
    })),
    baselines: [...baselines.values()].map((r) => ({
      businessAreaId: r.area.id,
      organisationId: r.force.id,
      financialYear: r.financialYear,
      baseline: r.baseline,
    })),
    years: [...new Set(rows.map((r) => r.financialYear))].sort((a, b) => a - b),
  };
  return { value, problems };
}

export interface CheckOptions {
  /** The reader stopped at MAX_IMPORT_ROWS and there was more. */
  readonly tooManyRows?: boolean;
  /** Called every few thousand rows while checking. */
  readonly onChecked?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 5_000;

/**
 * A whole file's rows (header first, as read) checked against the alliance: the records to save,
 * or every problem, row by row. Blank rows are skipped; a file with any problem saves nothing.
 */
export function checkCostRows(
  sheet: readonly SheetRow[],
  context: ImportContext,
  options: CheckOptions = {},
): CostImportResult {
  const text = checkedSheetText(sheet.filter((row) => !isBlank(row)));
  if (text.problems.length > 0) return { ok: false, problems: text.problems };
  const [header, ...data] = text.rows;
  if (!header) return { ok: false, problems: ['The file is empty'] };
  if (options.tooManyRows) {
    const limit = MAX_IMPORT_ROWS.toLocaleString('en-GB');
    return { ok: false, problems: [`The file has more than ${limit} rows: split it into smaller files`] };
  }
  const { columns, problems: headerProblems } = columnsOf(header.cells);
  if (!columns) return { ok: false, problems: headerProblems };
  if (data.length === 0) return { ok: false, problems: ['The file has no rows of costs under its headers'] };
  const lookups = { area: lookupOf(context.areas), force: lookupOf(context.forces), ...context };
  const problems: string[] = [];
  const checked: CheckedRow[] = [];
  data.forEach((row, index) => {
    const result = checkRow(row, columns, lookups);
    if (Array.isArray(result)) problems.push(...result);
    else checked.push(result);
    if ((index + 1) % PROGRESS_EVERY === 0) options.onChecked?.(index + 1, data.length);
  });
  options.onChecked?.(data.length, data.length);
  const grouped = groupRows(checked);
  problems.push(...grouped.problems);
  return problems.length > 0 ? { ok: false, problems: byRow(problems) } : { ok: true, value: grouped.value };
}

/** Problems in the order of the rows they are on (a clash between two, at the later). */
function byRow(problems: readonly string[]): string[] {
  const rowOf = (problem: string) => {
    const match = /^Rows? (\d+)(?: and (\d+))?/.exec(problem);
    return Number(match?.[2] ?? match?.[1] ?? 0);
  };
  return problems
    .map((problem, index) => ({ problem, index, row: rowOf(problem) }))
    .sort((a, b) => a.row - b.row || a.index - b.index)
    .map((p) => p.problem);
}

/** The first MAX_LISTED_PROBLEMS problems, and how many more there were. */
export function listedProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems];
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    `…and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'}`,
  ];
}
