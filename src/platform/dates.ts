/**
 * Calendar dates are 'YYYY-MM-DD' strings; instants are Date (stored as timestamptz, UTC) and shown
 * in Europe/London. UK public-sector financial years run 1 April to 31 March and are identified by
 * the calendar year they start in: 2015 is "2015/16".
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };
export type FinancialYear = number & { readonly __brand: 'FinancialYear' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoDate(text: string): IsoDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isRealDate(year, month, day) ? (text.trim() as IsoDate) : undefined;
}

/** From the three boxes of a GOV.UK date input. */
export function isoDateFromParts(day: string, month: string, year: string): IsoDate | undefined {
  if (![day, month, year].every((part) => /^\d{1,4}$/.test(part.trim()))) return undefined;
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim())) as [number, number, number];
  if (!isRealDate(y, m, d)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

export function dateParts(date: IsoDate): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** GOV.UK style: "4 March 2026". */
export function formatDate(date: IsoDate | string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** GOV.UK style in UK time: "4 March 2026 at 2:05pm". */
export function formatDateTime(instant: Date): string {
  const parts = Object.fromEntries(londonDateTime.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}

/** The calendar date of an instant in the UK. */
export function londonDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant) as IsoDate;
}

export function financialYearOf(date: IsoDate): FinancialYear {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return (month >= 4 ? year : year - 1) as FinancialYear;
}

/** "2015/16" */
export function formatFinancialYear(year: FinancialYear | number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Accepts "2015/16", "2015-16" or "2015"; the second part must be the following year. */
export function parseFinancialYear(text: string): FinancialYear | undefined {
  const match = /^(\d{4})(?:[/-](\d{2}|\d{4}))?$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  if (start < MIN_YEAR || start >= MAX_YEAR) return undefined;
  const end = match[2];
  if (end !== undefined && Number(end) % 100 !== (start + 1) % 100) return undefined;
  if (end !== undefined && end.length === 4 && Number(end) !== start + 1) return undefined;
  return start as FinancialYear;
}

export function financialYearBounds(year: FinancialYear): { start: IsoDate; end: IsoDate } {
  return { start: `${year}-04-01` as IsoDate, end: `${year + 1}-03-31` as IsoDate };
}
