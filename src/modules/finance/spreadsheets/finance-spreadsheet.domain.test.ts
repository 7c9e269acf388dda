import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../../platform/dates.ts';
import { amountOf, yearOf } from './finance-spreadsheet-cells.domain.ts';
import {
  checkCostRows,
  columnsOf,
  listedProblems,
  MAX_LISTED_PROBLEMS,
  type Cell,
  type SheetRow,
} from './finance-spreadsheet.domain.ts';

const HEADER = [
  'Business area',
  'Financial year',
  'Force',
  'Baseline cost',
  'Target operating model cost',
  'Implementation cost',
];
const context = {
  areas: [
    { id: 'fleet', name: 'Fleet services' },
    { id: 'ict', name: 'ICT' },
  ],
  forces: [
    { id: 'dc', name: 'Devon & Cornwall Police' },
    { id: 'dorset', name: 'Dorset Police' },
  ],
  currentYear: 2015 as FinancialYear,
};

/** A sheet as read: the header on row 1, then the rows given, numbered from 2. */
const sheet = (...rows: Cell[][]): SheetRow[] =>
  [HEADER, ...rows].map((cells, index) => ({ rowNumber: index + 1, cells }));

const problemsOf = (rows: SheetRow[]) => {
  const result = checkCostRows(rows, context);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('reading an amount from a cell', () => {
  it.each<[Cell, number | null]>([
    ['£1,234.56', 123456],
    ['1234.56', 123456],
    [' 1234 ', 123400],
    ['', null],
    [null, null],
    [1234.56, 123456],
    [0.1 + 0.2, 30], // a binary fraction a hair off whole pence is those pence
    [286_000_000, 28_600_000_000],
    [0, 0],
  ])('reads %j as %j pence', (cell, expected) => {
    expect(amountOf(cell)).toEqual({ value: expected });
  });

  it.each<[Cell, RegExp]>([
    ['12,34', /"12,34" is not an amount of money, like 1234.56 or £1,234.56/],
    ['twelve', /"twelve" is not an amount of money/],
    ['12.345', /"12.345" is not an amount of money/],
    ['-5', /must not be negative/],
    [-5, /must not be negative/],
    [1234.561, /1234.561 has more than two decimal places/],
    ['£100,000,000,000.01', /too large/],
    [1e20, /too large/],
    [Number.NaN, /not an amount of money/],
  ])('refuses %j', (cell, message) => {
    expect(amountOf(cell).problem).toMatch(message);
  });
});

describe('reading a financial year from a cell', () => {
  it.each<[Cell, number]>([
    ['2015/16', 2015],
    [' 2015-16 ', 2015],
    [2015, 2015],
    ['2000/01', 2000],
    ['2035/36', 2035],
  ])('reads %j as %i', (cell, year) => {
    expect(yearOf(cell, context.currentYear)).toEqual({ value: year });
  });

  it.each<[Cell, string]>([
    ['', 'enter the financial year, like 2015/16'],
    ['2015/17', '"2015/17" is not a financial year, like 2015/16'],
    ['last year', '"last year" is not a financial year, like 2015/16'],
    ['1999/00', 'the financial year must be between 2000/01 and 2035/36'],
    ['2036/37', 'the financial year must be between 2000/01 and 2035/36'],
  ])('refuses %j', (cell, problem) => {
    expect(yearOf(cell, context.currentYear)).toEqual({ problem });
  });
});

describe('finding the columns', () => {
  it('finds them by header in any order, ignoring case and spaces, and ignores other columns', () => {
    const header = ['Saving', ' force ', 'BASELINE  COST', 'Business area', 'Implementation cost'];
    const found = columnsOf([...header, 'Target operating model cost', 'financial year']);
    expect(found.columns).toEqual({
      businessArea: 3,
      financialYear: 6,
      force: 1,
      baseline: 2,
      targetCost: 5,
      implementationCost: 4,
    });
  });

  it('names each column that is missing or repeated', () => {
    const { columns, problems } = columnsOf(['Business area', 'Force', 'Force', 'Baseline cost']);
    expect(columns).toBeUndefined();
    expect(problems).toEqual([
      'The file has no "Financial year" column',
      'The file has 2 "Force" columns: keep one',
      'The file has no "Target operating model cost" column',
      'The file has no "Implementation cost" column',
      'The first row must name the columns Business area, Financial year, Force, Baseline cost, Target operating model cost, Implementation cost',
    ]);
  });
});

describe('checking a whole file', () => {
  it('groups the rows into one record per area and year and one baseline per force', () => {
    const result = checkCostRows(
      sheet(
        ['Fleet services', '2015/16', 'Devon & Cornwall Police', '£700,000.00', '£900,000', ''],
        [' fleet SERVICES ', 2015, 'dorset police', 300000, 900000, null],
        [],
        ['ICT', '2016/17', 'Dorset Police', '1000', '', '250.50'],
      ),
      context,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        rows: 3,
        areaYears: [
          { businessAreaId: 'fleet', financialYear: 2015, targetCost: 90_000_000, implementationCost: 0 },
          { businessAreaId: 'ict', financialYear: 2016, targetCost: null, implementationCost: 25_050 },
        ],
        baselines: [
          { businessAreaId: 'fleet', organisationId: 'dc', financialYear: 2015, baseline: 70_000_000 },
          { businessAreaId: 'fleet', organisationId: 'dorset', financialYear: 2015, baseline: 30_000_000 },
          { businessAreaId: 'ict', organisationId: 'dorset', financialYear: 2016, baseline: 100_000 },
        ],
        years: [2015, 2016],
      },
    });
  });

  it('lists every problem of every row, in row order, in the words of the row', () => {
    const problems = problemsOf(
      sheet(
        ['Flet services', '2015/16', 'Dorset Police', '100', '', ''],
        ['Fleet services', '2015/17', 'Dorset', '12,34', '-5', '1.234'],
        ['Fleet services', '1999/00', 'Dorset Police', '', 'abc', ''],
        ['ICT', '2015/16', 'Dorset Police', '100', '500', '0'],
        ['', '', '', '', '', 'x'],
        ['ICT', '2015/16', 'Dorset Police', '200', '500', '0'],
        ['ICT', '2015/16', 'Devon & Cornwall Police', '300', '600', '10'],
      ),
    );
    expect(problems).toEqual([
      'Row 2: "Flet services" is not a business area of this alliance',
      'Row 3: "2015/17" is not a financial year, like 2015/16',
      'Row 3: "Dorset" is not a force of this alliance',
      'Row 3: the baseline cost "12,34" is not an amount of money, like 1234.56 or £1,234.56',
      'Row 3: the target operating model cost must not be negative',
      'Row 3: the implementation cost "1.234" is not an amount of money, like 1234.56 or £1,234.56',
      'Row 4: the financial year must be between 2000/01 and 2035/36',
      'Row 4: enter the baseline cost',
      'Row 4: the target operating model cost "abc" is not an amount of money, like 1234.56 or £1,234.56',
      'Row 6: enter the business area',
      'Row 6: enter the financial year, like 2015/16',
      'Row 6: enter the force',
      'Row 6: enter the baseline cost',
      'Row 6: the implementation cost "x" is not an amount of money, like 1234.56 or £1,234.56',
      'Row 7: ICT, 2015/16, Dorset Police is already on row 5',
      'Rows 5 and 8: the target operating model cost of ICT in 2015/16 must be the same on every row (£500.00 and £600.00)',
      'Rows 5 and 8: the implementation cost of ICT in 2015/16 must be the same on every row (£0.00 and £10.00)',
    ]);
  });

  it('says when a target cost is blank on one row of an area-year and not on another', () => {
    const problems = problemsOf(
      sheet(
        ['ICT', '2015/16', 'Dorset Police', '100', '', ''],
        ['ICT', '2015/16', 'Devon & Cornwall Police', '100', '150', ''],
      ),
    );
    expect(problems).toEqual([
      'Rows 2 and 3: the target operating model cost of ICT in 2015/16 must be the same on every row (blank and £150.00)',
    ]);
  });

  it('refuses an empty file, a header alone and a file of blank rows', () => {
    expect(problemsOf([])).toEqual(['The file is empty']);
    expect(problemsOf([{ rowNumber: 1, cells: ['', null] }])).toEqual(['The file is empty']);
    expect(problemsOf(sheet())).toEqual(['The file has no rows of costs under its headers']);
  });

  it('refuses a file with a missing column before looking at its rows', () => {
    const rows = [{ rowNumber: 1, cells: HEADER.slice(0, 5) }];
    expect(problemsOf(rows)[0]).toBe('The file has no "Implementation cost" column');
  });

  it('refuses a file the reader stopped reading at the row limit', () => {
    const result = checkCostRows(sheet(['ICT', '2015/16', 'Dorset Police', '1', '', '']), context, {
      tooManyRows: true,
    });
    expect(result).toEqual({
      ok: false,
      problems: ['The file has more than 200,000 rows: split it into smaller files'],
    });
  });

  it('reports how far it has got', () => {
    const rows = Array.from({ length: 12_000 }, (_, i): Cell[] => [
      'ICT',
      String(2000 + (i % 30)),
      i % 2 ? 'Dorset Police' : 'Devon & Cornwall Police',
      String(i),
      '',
      '',
    ]);
    const progress: [number, number][] = [];
    checkCostRows(sheet(...rows), context, { onChecked: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [5_000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
  });
});

describe('listing problems', () => {
  it(`lists the first ${MAX_LISTED_PROBLEMS} and counts the rest`, () => {
    const problems = Array.from({ length: MAX_LISTED_PROBLEMS + 2 }, (_, i) => `Row ${i + 2}: wrong`);
    const listed = listedProblems(problems);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(listed.at(-2)).toBe(`Row ${MAX_LISTED_PROBLEMS + 1}: wrong`);
    expect(listed.at(-1)).toBe('…and 2 more problems');
    expect(listedProblems(problems.slice(0, MAX_LISTED_PROBLEMS + 1)).at(-1)).toBe('…and 1 more problem');
    expect(listedProblems(['one'])).toEqual(['one']);
  });
});

describe('the text of every cell', () => {
  it('refuses a lone surrogate or a NUL in any cell, with its row and column, past the last column read', () => {
    const problems = problemsOf(
      sheet(['ICT', '2016/17', 'Dorset Police', '1', '', '', 'note \ud800'], ['I\u0000CT']),
    );
    expect(problems).toEqual([
      'Row 2: column G contains a character that is not valid text: retype it without the pasted symbol',
      'Row 3: column A ("Business area") contains an invisible control character: retype it without that character',
    ]);
  });

  it('matches a name however its accents were typed, as NFC', () => {
    const accented = { ...context, areas: [{ id: 'cafe', name: 'Caf\u00e9 services' }] };
    const result = checkCostRows(
      sheet(['Cafe\u0301 services', '2016/17', 'Dorset Police', '1', '', '']),
      accented,
    );
    expect(result.ok).toBe(true);
  });
});
