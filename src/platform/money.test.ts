import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, formatMoneyForInput, formatMoneyShort, parseMoney, pence } from './money.ts';

describe('parseMoney', () => {
  it.each([
    ['£1,234.56', 123456],
    ['1234.56', 123456],
    ['1234', 123400],
    ['£12', 1200],
    ['£286,000,000', 28_600_000_000],
    ['  £0.5 ', 50],
    ['-£10.00', -1000],
    ['£-10', -1000],
    ['0', 0],
  ])('reads %s as %i pence', (text, expected) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'abc', '£', '1,23', '12.345', '£1,2345', '1.2.3', '£ 1 000', '1e6', 'NaN'])(
    'refuses %j',
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, reason: 'format' });
    },
  );

  it('refuses amounts of £100 billion or more as a typing error', () => {
    expect(parseMoney('£100,000,000,000.01')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseMoney('£100,000,000,000.00')).toEqual({ ok: true, value: 10_000_000_000_000 });
  });

  it('round-trips every amount through the input form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }), (amount) => {
        expect(parseMoney(formatMoneyForInput(amount))).toEqual({ ok: true, value: amount });
      }),
    );
  });

  it('round-trips every amount through the display form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (amount) => {
        expect(parseMoney(formatMoney(amount))).toEqual({ ok: true, value: amount });
      }),
    );
  });
});

describe('showing money', () => {
  it('shows exact amounts in pounds and pence', () => {
    expect(formatMoney(pence(123456))).toBe('£1,234.56');
    expect(formatMoney(pence(-5))).toBe('-£0.05');
  });

  it('shows headline figures in millions', () => {
    expect(formatMoneyShort(39_600_000_000)).toBe('£396 million');
    expect(formatMoneyShort(1_250_000_000)).toBe('£12.5 million');
    expect(formatMoneyShort(95_000_000)).toBe('£950,000');
    expect(formatMoneyShort(250_000_000_000)).toBe('£2.5 billion');
  });

  it('refuses fractions of a penny', () => {
    expect(() => pence(1.5)).toThrow(RangeError);
  });
});
