/**
 * Money is whole pence. JavaScript numbers hold integers exactly up to 2^53 (about £90 trillion),
 * far beyond any police budget, so Pence is a branded safe integer; splits that multiply amounts
 * by weights use bigint internally (see docs/adr/0003-money-as-integer-pence.md).
 */
export type Pence = number & { readonly __brand: 'Pence' };

export function pence(value: number): Pence {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of pence: ${value}`);
  return value as Pence;
}

export function poundsToPence(pounds: number): Pence {
  return pence(Math.round(pounds * 100));
}

const MONEY_PATTERN = /^(-)?£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const MAX_PENCE = 100_000_000_000_00; // £100 billion: larger is certainly a typing error

export type MoneyParseResult = { ok: true; value: Pence } | { ok: false; reason: 'format' | 'too-large' };

/** Parses "£1,234.56", "1234.56", "1234" or "£12" as typed by a person. */
export function parseMoney(input: string): MoneyParseResult {
  const match = MONEY_PATTERN.exec(input.trim().replace(/^£\s*-/, '-£'));
  if (!match) return { ok: false, reason: 'format' };
  const [, sign, whole = '0', fraction = ''] = match;
  const wholePence = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (wholePence > BigInt(MAX_PENCE)) return { ok: false, reason: 'too-large' };
  const signed = Number(wholePence) * (sign ? -1 : 1);
  return { ok: true, value: pence(signed === 0 ? 0 : signed) };
}

// Made once: building an Intl.NumberFormat costs far more than formatting with one, and pages
// format hundreds of amounts.
const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const wholePounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "£1,234.56" */
export function formatMoney(amount: Pence | number): string {
  return gbp.format(amount / 100);
}

/** The plain editable form: "1234.56" (no symbol or separators), for prefilling inputs. */
export function formatMoneyForInput(amount: Pence | number): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Summary form for headline figures: "£396 million", "£12.5 million", "£950,000". */
export function formatMoneyShort(amount: Pence | number): string {
  const pounds = amount / 100;
  if (Math.abs(pounds) >= 1_000_000_000) return `£${trimNumber(pounds / 1_000_000_000)} billion`;
  if (Math.abs(pounds) >= 1_000_000) return `£${trimNumber(pounds / 1_000_000)} million`;
  return wholePounds.format(pounds);
}

function trimNumber(value: number): string {
  return oneDecimal.format(value);
}
