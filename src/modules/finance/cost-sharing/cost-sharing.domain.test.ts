import { describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { pence } from '../../../platform/money.ts';
import { apportion } from './apportion.domain.ts';
import {
  basisForYear,
  basisProblems,
  budgetYearsOf,
  claimsOf,
  dayBefore,
  describeBasis,
  effectiveDateProblems,
  exactShares,
  percentOf,
  resolveBasis,
  type BasisDefinition,
  type BasisVersion,
  type Party,
  type PartyFacts,
  type SimpleBasis,
} from './cost-sharing.domain.ts';

const POUND = 100;
const DC = { organisationId: 'dc', name: 'Devon & Cornwall Police' };
const DORSET = { organisationId: 'dorset', name: 'Dorset Police' };
const WARWICKSHIRE = { organisationId: 'warks', name: 'Warwickshire Police' };
const WEST_MERCIA = { organisationId: 'wm', name: 'West Mercia Police' };
const ALLIANCE = [DC, DORSET];

const facts: PartyFacts = {
  budgets: (year) =>
    new Map(
      year === 2015
        ? [
            ['dc', 286_000_000 * POUND],
            ['dorset', 110_000_000 * POUND],
          ]
        : [['dc', 290_000_000 * POUND]],
    ),
  populations: new Map([
    ['dc', 1_680_000],
    ['dorset', 750_000],
  ]),
};

const percents = (definition: BasisDefinition, parties: readonly Party[]) => {
  const { shares, denominator } = exactShares(definition, parties);
  return shares.map((s) => percentOf(s.numerator, denominator));
};
const split = (amount: number, definition: BasisDefinition, parties: readonly Party[]) =>
  apportion(pence(amount), claimsOf(definition, parties)).map((p) => p.amount);

describe('each kind of basis', () => {
  it('fixed percentages: Warwickshire 31%, West Mercia 69%', () => {
    const definition = resolveBasis(
      {
        kind: 'fixed',
        factors: [
          { organisationId: 'warks', value: 3100 },
          { organisationId: 'wm', value: 6900 },
        ],
      },
      [WARWICKSHIRE, WEST_MERCIA],
      facts,
    );
    expect(basisProblems(definition, [WARWICKSHIRE, WEST_MERCIA])).toEqual([]);
    expect(percents(definition, [WARWICKSHIRE, WEST_MERCIA])).toEqual([31, 69]);
    expect(split(1_000_001, definition, [WARWICKSHIRE, WEST_MERCIA])).toEqual([310_000, 690_001]);
  });

  it('net revenue budget: £286m and £110m give 72.22% and 27.78%, the budgets copied into the basis', () => {
    const definition = resolveBasis(
      { kind: 'budget', financialYear: 2015 as FinancialYear },
      ALLIANCE,
      facts,
    );
    expect(definition).toEqual({
      kind: 'budget',
      financialYear: 2015,
      factors: [
        { organisationId: 'dc', value: 28_600_000_000 },
        { organisationId: 'dorset', value: 11_000_000_000 },
      ],
    });
    expect(basisProblems(definition, ALLIANCE)).toEqual([]);
    expect(percents(definition, ALLIANCE).map((p) => p.toFixed(2))).toEqual(['72.22', '27.78']);
    expect(split(396 * POUND, definition, ALLIANCE)).toEqual([286 * POUND, 110 * POUND]);
  });

  it('population: 1.68 million and 0.75 million', () => {
    const definition = resolveBasis({ kind: 'population' }, ALLIANCE, facts);
    expect(basisProblems(definition, ALLIANCE)).toEqual([]);
    expect(percents(definition, ALLIANCE)).toEqual([69.1358, 30.8642]);
    expect(split(2_430_000, definition, ALLIANCE)).toEqual([1_680_000, 750_000]);
  });

  it('a demand measure entered per force', () => {
    const definition = resolveBasis(
      {
        kind: 'demand',
        measure: 'incidents',
        factors: [
          { organisationId: 'dc', value: 300_000 },
          { organisationId: 'dorset', value: 100_000 },
        ],
      },
      ALLIANCE,
      facts,
    );
    expect(basisProblems(definition, ALLIANCE)).toEqual([]);
    expect(percents(definition, ALLIANCE)).toEqual([75, 25]);
    expect(split(101, definition, ALLIANCE)).toEqual([76, 25]);
  });

  it('a weighted mix, 50% budget and 50% population, shared as exact fractions', () => {
    const definition = resolveBasis(
      {
        kind: 'weighted',
        components: [
          { weight: 5000, basis: { kind: 'budget', financialYear: 2015 as FinancialYear } },
          { weight: 5000, basis: { kind: 'population' } },
        ],
      },
      ALLIANCE,
      facts,
    );
    expect(basisProblems(definition, ALLIANCE)).toEqual([]);
    const { shares, denominator } = exactShares(definition, ALLIANCE);
    // Devon & Cornwall: (286/396 + 1680/2430) / 2 = (286 × 2430 + 1680 × 396) / (2 × 396 × 2430)
    const expected = { numerator: 286n * 2430n + 1680n * 396n, denominator: 2n * 396n * 2430n };
    expect((shares[0]?.numerator ?? 0n) * expected.denominator).toBe(expected.numerator * denominator);
    expect((shares[0]?.numerator ?? 0n) + (shares[1]?.numerator ?? 0n)).toBe(denominator);
    expect(percents(definition, ALLIANCE)).toEqual([70.679, 29.321]);
    const portions = split(100_000_000, definition, ALLIANCE);
    expect(portions).toEqual([70_679_012, 29_320_988]);
  });

  it('shares between five forces, and every amount still adds up', () => {
    const five = ['Avon', 'Devon', 'Dorset', 'Gloucestershire', 'Wiltshire'].map((name, i) => ({
      organisationId: `f${i}`,
      name: `${name} Police`,
    }));
    const definition: BasisDefinition = {
      kind: 'budget',
      financialYear: 2015 as FinancialYear,
      factors: [272_975_000, 286_000_000, 110_000_000, 105_095_000, 100_000_000].map((pounds, i) => ({
        organisationId: `f${i}`,
        value: pounds * POUND,
      })),
    };
    expect(basisProblems(definition, five)).toEqual([]);
    for (const amount of [1, 4, 99_999, 123_456_789_01]) {
      const portions = split(amount, definition, five);
      expect(portions).toHaveLength(5);
      expect(portions.reduce((sum, p) => sum + p, 0)).toBe(amount);
    }
    expect(percents(definition, five).reduce((sum, p) => sum + p, 0)).toBeCloseTo(100, 3);
  });

  it('lists the budget years an input needs looked up, once each', () => {
    expect(
      budgetYearsOf({
        kind: 'weighted',
        components: [
          { weight: 5000, basis: { kind: 'budget', financialYear: 2015 as FinancialYear } },
          { weight: 2500, basis: { kind: 'budget', financialYear: 2015 as FinancialYear } },
          { weight: 2500, basis: { kind: 'population' } },
        ],
      }),
    ).toEqual([2015]);
    expect(budgetYearsOf({ kind: 'population' })).toEqual([]);
  });
});

const fixed = (...values: [string, number][]): SimpleBasis => ({
  kind: 'fixed',
  factors: values.map(([organisationId, value]) => ({ organisationId, value })),
});

describe('basisProblems', () => {
  it.each<[string, BasisDefinition, { field: string; message: string }[]]>([
    [
      'percentages that do not add up to 100',
      fixed(['dc', 7000], ['dorset', 2000]),
      [{ field: 'factors', message: 'The percentages must add up to 100; they add up to 90' }],
    ],
    [
      'percentages over 100, with decimals',
      fixed(['dc', 7050], ['dorset', 3001]),
      [{ field: 'factors', message: 'The percentages must add up to 100; they add up to 100.51' }],
    ],
    [
      'a force left out',
      fixed(['dc', 10_000]),
      [{ field: 'factors.dorset', message: 'Enter a percentage for Dorset Police' }],
    ],
    [
      'a force that is not a member',
      fixed(['dc', 7000], ['dorset', 2000], ['wm', 1000]),
      [{ field: 'factors', message: 'The basis names a force that is not a member of this alliance' }],
    ],
    [
      'a force named twice',
      fixed(['dc', 5000], ['dc', 2000], ['dorset', 3000]),
      [{ field: 'factors', message: 'The basis names a force more than once' }],
    ],
    [
      'a negative figure',
      fixed(['dc', 11_000], ['dorset', -1000]),
      [{ field: 'factors.dorset', message: 'The figure for Dorset Police must not be negative' }],
    ],
    [
      'a percentage with more than two decimal places',
      fixed(['dc', 7000.5], ['dorset', 2999.5]),
      [
        {
          field: 'factors.dc',
          message: 'The percentage for Devon & Cornwall Police can have at most 2 decimal places',
        },
        {
          field: 'factors.dorset',
          message: 'The percentage for Dorset Police can have at most 2 decimal places',
        },
      ],
    ],
    [
      'every figure zero',
      {
        kind: 'population',
        factors: [
          { organisationId: 'dc', value: 0 },
          { organisationId: 'dorset', value: 0 },
        ],
      },
      [{ field: 'factors', message: 'At least one force must have a figure above zero' }],
    ],
    [
      'a budget missing for the chosen year',
      { kind: 'budget', financialYear: 2016 as FinancialYear, factors: [{ organisationId: 'dc', value: 1 }] },
      [{ field: 'factors.dorset', message: 'Dorset Police has no net revenue budget for the chosen year' }],
    ],
    [
      'a population missing',
      { kind: 'population', factors: [{ organisationId: 'dorset', value: 1 }] },
      [{ field: 'factors.dc', message: 'Devon & Cornwall Police has no population recorded' }],
    ],
    [
      'a demand measure that says nothing',
      {
        kind: 'demand',
        measure: '  ',
        factors: [
          { organisationId: 'dc', value: 3 },
          { organisationId: 'dorset', value: 1 },
        ],
      },
      [{ field: 'factors.measure', message: 'Enter what the demand measure counts, like incidents' }],
    ],
    [
      'a demand figure missing',
      { kind: 'demand', measure: 'calls', factors: [{ organisationId: 'dc', value: 3 }] },
      [{ field: 'factors.dorset', message: 'Enter the calls figure for Dorset Police' }],
    ],
    [
      'a mix of one part',
      { kind: 'weighted', components: [{ weight: 10_000, basis: fixed(['dc', 5000], ['dorset', 5000]) }] },
      [{ field: 'components', message: 'A weighted mix needs at least two parts' }],
    ],
    [
      'a mix whose weights do not add up to 100',
      {
        kind: 'weighted',
        components: [
          { weight: 6000, basis: fixed(['dc', 5000], ['dorset', 5000]) },
          {
            weight: 3000,
            basis: {
              kind: 'population',
              factors: [
                { organisationId: 'dc', value: 1 },
                { organisationId: 'dorset', value: 1 },
              ],
            },
          },
        ],
      },
      [{ field: 'components', message: 'The weights must add up to 100; they add up to 90' }],
    ],
    [
      'a mix with a part of no weight and a part with a bad figure',
      {
        kind: 'weighted',
        components: [
          { weight: 0, basis: fixed(['dc', 5000], ['dorset', 5000]) },
          { weight: 10_000, basis: fixed(['dc', 5000], ['dorset', 4000]) },
        ],
      },
      [
        { field: 'components.0.weight', message: 'The weight of part 1 must be above zero' },
        { field: 'components.1', message: 'The percentages must add up to 100; they add up to 90' },
      ],
    ],
  ])('refuses %s', (_case, definition, problems) => {
    expect(basisProblems(definition, ALLIANCE)).toEqual(problems);
  });

  it('refuses any basis for an alliance with no police forces', () => {
    expect(basisProblems(fixed(['dc', 10_000]), [])).toEqual([
      { field: 'kind', message: 'The alliance has no police forces to share costs between' },
    ]);
  });

  it('accepts a force with a figure of zero when another has more', () => {
    expect(basisProblems(fixed(['dc', 10_000], ['dorset', 0]), ALLIANCE)).toEqual([]);
  });
});

const version = (
  id: string,
  effectiveFrom: string,
  effectiveTo: string | null,
  businessAreaId: string | null = null,
  versionNumber = 1,
): BasisVersion => ({
  id,
  businessAreaId,
  versionNumber,
  effectiveFrom: effectiveFrom as IsoDate,
  effectiveTo: effectiveTo as IsoDate | null,
});

describe('basisForYear', () => {
  const v1 = version('v1', '2015-04-01', '2016-03-31');
  const v2 = version('v2', '2016-04-01', null, null, 2);
  const marine = version('marine', '2016-04-01', null, 'marine-area');

  it('takes the version in effect on 1 April: one ending on 31 March governs the year before', () => {
    expect(basisForYear([v2, v1], 2014 as FinancialYear, null)).toBeUndefined();
    expect(basisForYear([v2, v1], 2015 as FinancialYear, null)?.id).toBe('v1');
    expect(basisForYear([v2, v1], 2016 as FinancialYear, null)?.id).toBe('v2');
    expect(basisForYear([v2, v1], 2030 as FinancialYear, null)?.id).toBe('v2');
  });

  it('lets a version adopted after 1 April govern only from the next year', () => {
    const lateStart = [version('old', '2015-04-01', '2016-04-01'), version('new', '2016-04-02', null)];
    expect(basisForYear(lateStart, 2016 as FinancialYear, null)?.id).toBe('old');
    expect(basisForYear(lateStart, 2017 as FinancialYear, null)?.id).toBe('new');
    const from31March = [version('v', '2016-03-31', null)];
    expect(basisForYear(from31March, 2015 as FinancialYear, null)).toBeUndefined();
    expect(basisForYear(from31March, 2016 as FinancialYear, null)?.id).toBe('v');
  });

  it('prefers an area’s own basis where it is in effect, and otherwise the alliance’s', () => {
    const all = [v2, v1, marine];
    expect(basisForYear(all, 2016 as FinancialYear, 'marine-area')?.id).toBe('marine');
    expect(basisForYear(all, 2015 as FinancialYear, 'marine-area')?.id).toBe('v1');
    expect(basisForYear(all, 2016 as FinancialYear, 'dogs-area')?.id).toBe('v2');
    expect(basisForYear(all, 2016 as FinancialYear, null)?.id).toBe('v2');
  });
});

describe('effectiveDateProblems', () => {
  const open = version('v1', '2015-04-01', null);
  const closed = version('v1', '2015-04-01', '2017-03-31');
  const later = version('v2', '2018-04-01', null, null, 2);

  it('accepts a first version', () => {
    expect(effectiveDateProblems([], '2015-04-01' as IsoDate, null)).toEqual([]);
  });

  it('accepts a new version that follows an open-ended one, which it closes', () => {
    expect(effectiveDateProblems([open], '2016-04-01' as IsoDate, null)).toEqual([]);
    expect(effectiveDateProblems([open], '2015-04-02' as IsoDate, '2016-03-31' as IsoDate)).toEqual([]);
  });

  it('refuses a version starting the same day as the open-ended one', () => {
    expect(effectiveDateProblems([open], '2015-04-01' as IsoDate, null)).toEqual([
      { field: 'effectiveFrom', message: 'The dates overlap version 1, in effect from 1 April 2015' },
    ]);
  });

  it('refuses a version that starts before the open-ended one', () => {
    expect(effectiveDateProblems([open], '2014-04-01' as IsoDate, '2015-04-01' as IsoDate)).toHaveLength(1);
  });

  it('refuses to overlap a version that has an end date, naming it', () => {
    expect(effectiveDateProblems([closed], '2016-04-01' as IsoDate, null)).toEqual([
      {
        field: 'effectiveFrom',
        message: 'The dates overlap version 1, in effect from 1 April 2015 to 31 March 2017',
      },
    ]);
    expect(effectiveDateProblems([closed], '2017-03-31' as IsoDate, null)).toHaveLength(1);
  });

  it('accepts a version that starts the day after one ends, or fits before a later one', () => {
    expect(effectiveDateProblems([closed], '2017-04-01' as IsoDate, null)).toEqual([]);
    expect(effectiveDateProblems([later], '2016-04-01' as IsoDate, '2018-03-31' as IsoDate)).toEqual([]);
  });

  it('refuses an open-ended version that would run into a later one', () => {
    expect(effectiveDateProblems([later], '2016-04-01' as IsoDate, null)).toHaveLength(1);
    expect(effectiveDateProblems([later], '2016-04-01' as IsoDate, '2018-04-01' as IsoDate)).toHaveLength(1);
  });

  it('refuses an end date before the start date, and accepts a single day', () => {
    expect(effectiveDateProblems([], '2016-04-01' as IsoDate, '2016-03-31' as IsoDate)).toEqual([
      { field: 'effectiveTo', message: 'The end date must be the same as or after the start date' },
    ]);
    expect(effectiveDateProblems([], '2016-04-01' as IsoDate, '2016-04-01' as IsoDate)).toEqual([]);
  });
});

describe('dayBefore', () => {
  it.each([
    ['2016-04-01', '2016-03-31'],
    ['2016-03-01', '2016-02-29'],
    ['2015-03-01', '2015-02-28'],
    ['2000-03-01', '2000-02-29'],
    ['2100-03-01', '2100-02-28'],
    ['2016-01-01', '2015-12-31'],
    ['2016-05-01', '2016-04-30'],
    ['2016-10-31', '2016-10-30'],
  ])('the day before %s is %s', (date, expected) => {
    expect(dayBefore(date as IsoDate)).toBe(expected);
  });
});

describe('describeBasis', () => {
  it.each<[string, Parameters<typeof describeBasis>[0], string]>([
    ['fixed', fixed(['dc', 5000], ['dorset', 5000]), 'Fixed percentages'],
    [
      'budget',
      { kind: 'budget', financialYear: 2015 as FinancialYear },
      'In proportion to net revenue budget (2015/16)',
    ],
    [
      'budget at the turn of the century',
      { kind: 'budget', financialYear: 2099 as FinancialYear },
      'In proportion to net revenue budget (2099/00)',
    ],
    ['population', { kind: 'population' }, 'In proportion to population'],
    [
      'demand',
      { kind: 'demand', measure: 'calls for service', factors: [] },
      'In proportion to calls for service',
    ],
    [
      'a weighted mix',
      {
        kind: 'weighted',
        components: [
          { weight: 5050, basis: { kind: 'budget', financialYear: 2015 as FinancialYear } },
          { weight: 4950, basis: { kind: 'population' } },
        ],
      },
      '50.5% in proportion to net revenue budget (2015/16), 49.5% in proportion to population',
    ],
  ])('%s', (_kind, definition, expected) => {
    expect(describeBasis(definition)).toBe(expected);
  });
});

describe('percentOf', () => {
  it('shows a share to four decimal places, and nothing of nothing', () => {
    expect(percentOf(2n, 3n)).toBe(66.6667);
    expect(percentOf(1n, 3n)).toBe(33.3333);
    expect(percentOf(0n, 0n)).toBe(0);
  });
});
