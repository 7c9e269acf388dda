import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allianceNumbers,
  formatPeopleShort,
  latestCommonYear,
  listInWords,
  numbersWarnings,
  type ForceFigures,
} from './alliance-numbers.domain.ts';

const MILLION_POUNDS = 100_000_000;

function force(name: string, population: number | null, budgets: Record<number, number>): ForceFigures {
  return {
    id: name.toLowerCase(),
    name,
    population,
    budgets: Object.entries(budgets).map(([year, millions]) => ({
      financialYear: Number(year),
      netRevenueBudgetPence: millions * MILLION_POUNDS,
    })),
  };
}

const noTarget = { savingsTargetPence: null, savingsTargetYear: null, remitBudgetPence: null };

describe('the alliance in numbers', () => {
  it('adds up the briefing figures: £396m, 2.43 million people, £12m by 2017/18', () => {
    const numbers = allianceNumbers({
      forces: [
        force('Devon & Cornwall Police', 1_700_000, { 2014: 280, 2015: 285 }),
        force('Dorset Police', 730_000, { 2014: 110, 2015: 111 }),
      ],
      savingsTargetPence: 12 * MILLION_POUNDS,
      savingsTargetYear: 2017,
      remitBudgetPence: null,
    });
    expect(numbers).toMatchObject({
      financialYear: 2015,
      combinedBudgetPence: 396 * MILLION_POUNDS,
      latestBudgetYear: 2015,
      forcesWithoutBudget: [],
      populationServed: 2_430_000,
      forcesWithoutPopulation: [],
      savingsTargetPence: 12 * MILLION_POUNDS,
      savingsTargetYear: 2017,
      remitBudgetPence: null,
    });
    expect(numbers.forces.map((line) => line.budgetPence)).toEqual([
      285 * MILLION_POUNDS,
      111 * MILLION_POUNDS,
    ]);
  });

  it.each([
    [
      'every force has the same years',
      [
        { 2014: 1, 2015: 2 },
        { 2014: 3, 2015: 4 },
      ],
      2015,
      6,
      2015,
      [],
    ],
    ['one force is a year behind', [{ 2014: 1, 2015: 2 }, { 2014: 3 }], 2014, 4, 2015, ['B']],
    ['no year in common', [{ 2015: 2 }, { 2014: 3 }], 2015, null, 2015, ['B']],
    ['one force has no budget at all', [{ 2015: 2 }, {}], 2015, null, 2015, ['B']],
    ['no force has a budget', [{}, {}], null, null, null, ['A', 'B']],
    [
      'years out of order',
      [
        { 2016: 1, 2013: 5, 2015: 2 },
        { 2015: 3, 2013: 1 },
      ],
      2015,
      5,
      2016,
      ['B'],
    ],
  ] as const)('chooses the year when %s', (_case, budgets, year, combinedMillions, latest, missing) => {
    const numbers = allianceNumbers({
      forces: budgets.map((byYear, index) => force(index === 0 ? 'A' : 'B', 10, byYear)),
      ...noTarget,
    });
    expect(numbers.financialYear).toBe(year);
    expect(numbers.combinedBudgetPence).toBe(
      combinedMillions === null ? null : combinedMillions * MILLION_POUNDS,
    );
    expect(numbers.latestBudgetYear).toBe(latest);
    expect(numbers.forcesWithoutBudget.map((f) => f.name)).toEqual(missing);
  });

  it('shows each force’s budget for the year reported, and none where it is missing', () => {
    const numbers = allianceNumbers({
      forces: [force('A', 1, { 2015: 2 }), force('B', 1, { 2014: 3 })],
      ...noTarget,
    });
    expect(numbers.forces.map((line) => line.budgetPence)).toEqual([2 * MILLION_POUNDS, null]);
  });

  it('does not give a population when a force’s is unknown, and says whose', () => {
    const numbers = allianceNumbers({
      forces: [force('A', 1_000, { 2015: 1 }), force('B', null, { 2015: 1 })],
      ...noTarget,
    });
    expect(numbers.populationServed).toBeNull();
    expect(numbers.forcesWithoutPopulation).toEqual([{ id: 'b', name: 'B' }]);
  });

  it('has nothing to add up for an alliance without forces', () => {
    const numbers = allianceNumbers({ forces: [], ...noTarget });
    expect(numbers).toMatchObject({
      financialYear: null,
      combinedBudgetPence: null,
      populationServed: null,
      forcesWithoutBudget: [],
      forces: [],
    });
  });

  it('works for any number of forces, not just two', () => {
    const forces = ['A', 'B', 'C', 'D', 'E'].map((name, i) => force(name, 100 * (i + 1), { 2015: i + 1 }));
    const numbers = allianceNumbers({ forces, ...noTarget });
    expect(numbers.combinedBudgetPence).toBe(15 * MILLION_POUNDS);
    expect(numbers.populationServed).toBe(1_500);
  });

  it('always chooses a year every force has, and adds up exactly to the sum of the lines', () => {
    const budgets = fc.dictionary(
      fc.integer({ min: 2010, max: 2020 }).map(String),
      fc.integer({ min: 0, max: 1_000_000_000_00 }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(fc.array(budgets, { minLength: 1, maxLength: 6 }), (perForce) => {
        const forces: ForceFigures[] = perForce.map((byYear, i) => ({
          id: String(i),
          name: `Force ${i}`,
          population: 1,
          budgets: Object.entries(byYear).map(([y, p]) => ({
            financialYear: Number(y),
            netRevenueBudgetPence: p,
          })),
        }));
        const numbers = allianceNumbers({ forces, ...noTarget });
        const common = latestCommonYear(forces);
        if (common === undefined) return numbers.combinedBudgetPence === null;
        const sum = numbers.forces.reduce((total, line) => total + (line.budgetPence ?? Number.NaN), 0);
        return numbers.financialYear === common && numbers.combinedBudgetPence === sum;
      }),
    );
  });
});

describe('warnings about missing figures', () => {
  const warnings = (forces: ForceFigures[]) => numbersWarnings(allianceNumbers({ forces, ...noTarget }));

  it.each([
    ['nothing is missing', [force('A', 1, { 2015: 1 }), force('B', 1, { 2015: 1 })], []],
    [
      'a force has no budget at all',
      [force('A', 1, { 2015: 1 }), force('Dorset Police', 1, {})],
      ['The combined budget cannot be shown: Dorset Police has no budget recorded for 2015/16.'],
    ],
    [
      'no force has a budget',
      [force('A', 1, {}), force('B', 1, {})],
      ['The combined budget cannot be shown: no budget is recorded for A and B.'],
    ],
    [
      'a force is a year behind',
      [force('A', 1, { 2015: 1, 2016: 1 }), force('B', 1, { 2015: 1 }), force('C', 1, { 2015: 1 })],
      ['Budgets for 2016/17 are not yet recorded for B and C, so the budgets shown are for 2015/16.'],
    ],
    [
      'a population is unknown',
      [force('A', null, { 2015: 1 }), force('B', 1, { 2015: 1 })],
      ['The population served cannot be shown: no population is recorded for A.'],
    ],
    [
      'there are no forces',
      [],
      ['This alliance has no police forces, so there are no budgets or population to add up.'],
    ],
  ])('when %s', (_case, forces, expected) => {
    expect(warnings(forces)).toEqual(expected);
  });
});

describe('words for headline figures', () => {
  it.each([
    [2_430_000, '2.43 million'],
    [1_700_000, '1.7 million'],
    [750_000, '750,000'],
    [5_389_000, '5.39 million'],
  ])('%d people is "%s"', (people, text) => {
    expect(formatPeopleShort(people)).toBe(text);
  });

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('lists %j as "%s"', (names, text) => {
    expect(listInWords(names)).toBe(text);
  });
});
