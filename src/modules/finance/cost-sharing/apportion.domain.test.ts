import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pence } from '../../../platform/money.ts';
import { ApportionmentError, TIE_RULE, apportion, sumPence, type Claim } from './apportion.domain.ts';

/** About £900 billion: the largest amounts whose product with a budget-sized weight passes 2^53. */
const NEAR_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 100);

const amounts = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }),
  fc.integer({ min: NEAR_LIMIT - 1_000_000, max: NEAR_LIMIT }),
  fc.integer({ min: -NEAR_LIMIT, max: -NEAR_LIMIT + 1_000_000 }),
);

const weights = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n }),
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.bigInt({ min: 0n, max: 100_000_000_000_000n }),
);

/** One to eight parties with distinct ids; names may repeat, so the last tie-break is exercised too. */
const claimLists = fc
  .array(fc.record({ weight: weights, tieKey: fc.constantFrom('Avon', 'Dorset', 'Devon', 'Wiltshire') }), {
    minLength: 1,
    maxLength: 8,
  })
  .filter((list) => list.some((c) => c.weight > 0n))
  .map((list) => list.map((c, i): Claim => ({ ...c, partyId: `party-${String(i).padStart(2, '0')}` })));

const total = (claims: readonly Claim[]) => claims.reduce((sum, c) => sum + c.weight, 0n);

describe('apportion: properties', () => {
  it('always adds up to the amount exactly, including negative, zero and near-limit amounts', () => {
    fc.assert(
      fc.property(amounts, claimLists, (amount, claims) => {
        const portions = apportion(pence(amount), claims);
        expect(portions.reduce((sum, p) => sum + BigInt(p.amount), 0n)).toBe(BigInt(amount));
      }),
      { numRuns: 500 },
    );
  });

  it('never gives a party a negative share of an amount that is not negative', () => {
    fc.assert(
      fc.property(amounts, claimLists, (amount, claims) => {
        const portions = apportion(pence(Math.abs(amount)), claims);
        expect(portions.every((p) => p.amount >= 0)).toBe(true);
      }),
    );
  });

  it('keeps every portion within a penny of its exact share', () => {
    fc.assert(
      fc.property(amounts, claimLists, (amount, claims) => {
        const sum = total(claims);
        apportion(pence(amount), claims).forEach((portion, i) => {
          // portion − amount × weight / total, scaled by total to stay in whole numbers.
          const gap = BigInt(portion.amount) * sum - BigInt(amount) * (claims[i] as Claim).weight;
          expect(gap < sum && gap > -sum).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives each party the same amount whatever order the parties are listed in', () => {
    const shuffled = claimLists.chain((claims) =>
      fc.tuple(
        fc.constant(claims),
        fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }),
      ),
    );
    fc.assert(
      fc.property(amounts, shuffled, (amount, [claims, reordered]) => {
        const byParty = (list: readonly Claim[]) =>
          Object.fromEntries(apportion(pence(amount), list).map((p) => [p.partyId, p.amount]));
        expect(byParty(reordered)).toEqual(byParty(claims));
      }),
      { numRuns: 300 },
    );
  });

  it('splits a refund as the mirror image of the same payment', () => {
    fc.assert(
      fc.property(amounts, claimLists, (amount, claims) => {
        const out = apportion(pence(amount), claims).map((p) => p.amount);
        const back = apportion(pence(-amount), claims).map((p) => p.amount);
        expect(back.map((v) => -v + 0)).toEqual(out.map((v) => v + 0));
      }),
    );
  });

  it('gives nothing to a party whose weight is zero', () => {
    fc.assert(
      fc.property(amounts, claimLists, (amount, claims) => {
        apportion(pence(amount), claims).forEach((portion, i) => {
          if ((claims[i] as Claim).weight === 0n) expect(portion.amount + 0).toBe(0);
        });
      }),
    );
  });
});

const claim = (partyId: string, tieKey: string, weight: bigint): Claim => ({ partyId, tieKey, weight });

describe('apportion: the tie rule', () => {
  // Ids deliberately sort the other way from the names, so only the names can decide.
  const dorset = claim('a-dorset', 'Dorset Police', 1n);
  const devon = claim('z-devon', 'Devon & Cornwall Police', 1n);

  it('gives a penny shared equally between two forces to the name first alphabetically, in either order', () => {
    for (const claims of [
      [dorset, devon],
      [devon, dorset],
    ]) {
      const byName = Object.fromEntries(apportion(pence(1), claims).map((p) => [p.partyId, p.amount]));
      expect(byName).toEqual({ 'z-devon': 1, 'a-dorset': 0 });
    }
  });

  it.each([
    {
      rule: 'the largest fraction of a penny wins over the larger share',
      amount: 2,
      claims: [claim('a', 'Alpha', 1n), claim('b', 'Bravo', 2n)],
      // exact shares 0.667 and 1.333: fractions 0.667 and 0.333
      expected: [1, 1],
    },
    {
      rule: 'with equal fractions, the larger share wins over the name',
      amount: 2,
      claims: [claim('a', 'Alpha', 1n), claim('b', 'Bravo', 3n)],
      // exact shares 0.5 and 1.5
      expected: [0, 2],
    },
    {
      rule: 'with equal fractions and shares, the name first alphabetically wins',
      amount: 100,
      claims: [
        claim('w', 'Wiltshire Police', 1n),
        claim('a', 'Avon and Somerset Constabulary', 1n),
        claim('g', 'Gloucestershire Constabulary', 1n),
      ],
      expected: [33, 34, 33],
    },
    {
      rule: 'names are compared ignoring capitals, not by locale',
      amount: 1,
      claims: [claim('x', 'avon', 1n), claim('y', 'Zeta', 1n)],
      expected: [1, 0],
    },
    {
      rule: 'names that differ only in capitals fall back to plain text order, so the result is still fixed',
      amount: 1,
      claims: [claim('x', 'dorset', 1n), claim('y', 'Dorset', 1n)],
      expected: [0, 1],
    },
    {
      rule: 'a refund loses its odd penny by the same rule',
      amount: -1,
      claims: [claim('a', 'Dorset Police', 1n), claim('b', 'Devon & Cornwall Police', 1n)],
      expected: [0, -1],
    },
  ])('$rule', ({ amount, claims, expected }) => {
    expect(apportion(pence(amount), claims).map((p) => p.amount + 0)).toEqual(expected);
  });

  it('states the rule in the words the pages show', () => {
    expect(TIE_RULE).toContain('largest fractions of a penny');
    expect(TIE_RULE).toContain('larger share');
    expect(TIE_RULE).toContain('first alphabetically');
  });
});

describe('apportion: examples', () => {
  it('splits £145m 72:28 by the two forces’ budgets to the penny', () => {
    const claims = [
      claim('dc', 'Devon & Cornwall Police', 28_600_000_000n),
      claim('d', 'Dorset Police', 11_000_000_000n),
    ];
    expect(apportion(pence(14_500_000_000), claims)).toEqual([
      { partyId: 'dc', amount: 10_472_222_222 },
      { partyId: 'd', amount: 4_027_777_778 },
    ]);
  });

  it('splits an amount near the largest safe whole number exactly, where floating point would not', () => {
    const claims = [claim('a', 'A', 28_600_000_000_00n), claim('b', 'B', 11_000_000_000_01n)];
    const portions = apportion(pence(NEAR_LIMIT), claims);
    const exactA = (BigInt(NEAR_LIMIT) * 28_600_000_000_00n) / 39_600_000_000_01n;
    expect(BigInt(portions[0]?.amount ?? 0)).toBeGreaterThanOrEqual(exactA);
    expect(BigInt(portions[0]?.amount ?? 0)).toBeLessThanOrEqual(exactA + 1n);
    expect((portions[0]?.amount ?? 0) + (portions[1]?.amount ?? 0)).toBe(NEAR_LIMIT);
  });

  it('gives nothing to anyone when the amount is zero', () => {
    expect(apportion(pence(0), [claim('a', 'A', 3n), claim('b', 'B', 7n)]).map((p) => p.amount + 0)).toEqual([
      0, 0,
    ]);
  });

  it('answers in the order the claims were given', () => {
    const claims = [claim('z', 'Z', 1n), claim('a', 'A', 2n), claim('m', 'M', 3n)];
    expect(apportion(pence(600), claims).map((p) => p.partyId)).toEqual(['z', 'a', 'm']);
  });

  it('sums pence', () => {
    expect(sumPence([pence(1), pence(-3), 5])).toBe(3);
    expect(sumPence([])).toBe(0);
  });
});

describe('apportion: refusals', () => {
  it.each([
    ['no claims', [], 'Nothing to split an amount between'],
    ['every weight zero', [claim('a', 'A', 0n), claim('b', 'B', 0n)], 'Every weight is zero'],
    ['a negative weight', [claim('a', 'A', 5n), claim('b', 'B', -1n)], 'A weight is negative'],
    ['a party twice', [claim('a', 'A', 1n), claim('a', 'B', 1n)], 'A party appears twice'],
  ])('refuses %s', (_case, claims, message) => {
    expect(() => apportion(pence(100), claims)).toThrow(ApportionmentError);
    expect(() => apportion(pence(100), claims)).toThrow(message);
  });
});
