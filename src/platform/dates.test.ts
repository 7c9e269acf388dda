import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  financialYearBounds,
  financialYearOf,
  formatDate,
  formatDateTime,
  formatFinancialYear,
  isoDateFromParts,
  londonDate,
  parseFinancialYear,
  parseIsoDate,
  type FinancialYear,
  type IsoDate,
} from './dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-04-31', false],
    ['2016-13-01', false],
    ['2016-00-10', false],
    ['16-03-01', false],
    ['2016-3-1', false],
  ])('%s is a real date: %s', (text, real) => {
    expect(parseIsoDate(text) !== undefined).toBe(real);
  });

  it('reads the three boxes of a GOV.UK date input', () => {
    expect(isoDateFromParts('7', '2', '2014')).toBe('2014-02-07');
    expect(isoDateFromParts('31', '2', '2016')).toBeUndefined();
    expect(isoDateFromParts('', '2', '2016')).toBeUndefined();
    expect(isoDateFromParts('x', '2', '2016')).toBeUndefined();
  });

  it('shows dates in GOV.UK style', () => {
    expect(formatDate('2014-06-23')).toBe('23 June 2014');
    expect(formatDateTime(new Date('2016-03-15T14:05:00Z'))).toBe('15 March 2016 at 2:05pm');
    // British Summer Time: 23:30 UTC on 30 June is 00:30 on 1 July in the UK.
    expect(formatDateTime(new Date('2016-06-30T23:30:00Z'))).toBe('1 July 2016 at 12:30am');
    expect(londonDate(new Date('2016-06-30T23:30:00Z'))).toBe('2016-07-01');
  });
});

describe('financial years', () => {
  it('runs 1 April to 31 March', () => {
    expect(financialYearOf('2016-03-31' as IsoDate)).toBe(2015);
    expect(financialYearOf('2016-04-01' as IsoDate)).toBe(2016);
    expect(financialYearBounds(2015 as FinancialYear)).toEqual({ start: '2015-04-01', end: '2016-03-31' });
  });

  it('reads and writes "2015/16"', () => {
    expect(formatFinancialYear(2015)).toBe('2015/16');
    expect(formatFinancialYear(1999)).toBe('1999/00');
    expect(parseFinancialYear('2015/16')).toBe(2015);
    expect(parseFinancialYear('2015-16')).toBe(2015);
    expect(parseFinancialYear('2015/2016')).toBe(2015);
    expect(parseFinancialYear('2015')).toBe(2015);
    expect(parseFinancialYear('2015/17')).toBeUndefined();
    expect(parseFinancialYear('2015/2017')).toBeUndefined();
    expect(parseFinancialYear('15/16')).toBeUndefined();
    expect(parseFinancialYear('1850/51')).toBeUndefined();
  });

  it('every date lies inside the bounds of its own financial year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (instant) => {
          const date = instant.toISOString().slice(0, 10) as IsoDate;
          const { start, end } = financialYearBounds(financialYearOf(date));
          expect(start <= date && date <= end).toBe(true);
          expect(parseFinancialYear(formatFinancialYear(financialYearOf(date)))).toBe(financialYearOf(date));
        },
      ),
    );
  });
});
