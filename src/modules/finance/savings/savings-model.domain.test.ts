import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FinancialYear } from '../../../platform/dates.ts';
import { pence } from '../../../platform/money.ts';
import type { BasisDefinition } from '../cost-sharing/cost-sharing.domain.ts';
import {
  DEFAULT_RAG_THRESHOLDS,
  alliancePlan,
  areaYearFigures,
  ragOf,
  thresholdProblems,
  type AreaYearCosts,
  type BasisInUse,
  type ModelBasis,
} from './savings-model.domain.ts';

const PARTIES = [
  { organisationId: 'dc', name: 'Devon & Cornwall Police' },
  { organisationId: 'dorset', name: 'Dorset Police' },
];
const BY_BUDGET: BasisDefinition = {
  kind: 'budget',
  financialYear: 2015 as FinancialYear,
  factors: [
    { organisationId: 'dc', value: 28_600_000_000 },
    { organisationId: 'dorset', value: 11_000_000_000 },
  ],
};
const basis = (definition: BasisDefinition = BY_BUDGET): BasisInUse => ({
  id: 'basis-1',
  label: 'In proportion to the size of each force',
  versionNumber: 1,
  definition,
});

function costs(
  targetCost: number | null,
  baselines: Record<string, number>,
  implementationCost = 0,
  year = 2016,
  businessAreaId = 'ict',
): AreaYearCosts {
  return {
    businessAreaId,
    financialYear: year as FinancialYear,
    targetCost: targetCost === null ? null : pence(targetCost),
    implementationCost: pence(implementationCost),
    baselines: new Map(Object.entries(baselines).map(([id, amount]) => [id, pence(amount)])),
  };
}

describe('areaYearFigures', () => {
  it('splits the combined team’s cost by the basis and names the version that did it', () => {
    const figures = areaYearFigures(
      costs(1_000_000, { dc: 800_000, dorset: 300_000 }, 40_001),
      PARTIES,
      basis(),
    );
    expect(figures).toEqual({
      businessAreaId: 'ict',
      financialYear: 2016,
      combined: true,
      baseline: 1_100_000,
      targetCost: 1_000_000,
      implementationCost: 40_001,
      plannedSaving: 100_000,
      basis: { id: 'basis-1', label: 'In proportion to the size of each force', versionNumber: 1 },
      withoutBasis: false,
      forces: [
        {
          organisationId: 'dc',
          baseline: 800_000,
          sharePercent: 72.2222,
          contribution: 722_222,
          implementationShare: 28_890,
          saving: 77_778,
        },
        {
          organisationId: 'dorset',
          baseline: 300_000,
          sharePercent: 27.7778,
          contribution: 277_778,
          implementationShare: 11_111,
          saving: 22_222,
        },
      ],
    });
  });

  it('makes contributions add up to the target cost exactly, and each saving the baseline less the contribution', () => {
    const money = fc.integer({ min: 0, max: 50_000_000_000 });
    const factor = fc.integer({ min: 0, max: 1_000_000_000 });
    fc.assert(
      fc.property(money, money, money, money, factor, factor, (target, implementation, dc, dorset, a, b) => {
        fc.pre(a + b > 0);
        const definition: BasisDefinition = {
          kind: 'demand',
          measure: 'incidents',
          factors: [
            { organisationId: 'dc', value: a },
            { organisationId: 'dorset', value: b },
          ],
        };
        const figures = areaYearFigures(
          costs(target, { dc, dorset }, implementation),
          PARTIES,
          basis(definition),
        );
        const sum = (pick: (f: (typeof figures.forces)[number]) => number) =>
          figures.forces.reduce((total, f) => total + pick(f), 0);
        expect(sum((f) => f.contribution)).toBe(target);
        expect(sum((f) => f.implementationShare)).toBe(implementation);
        for (const force of figures.forces) expect(force.saving).toBe(force.baseline - force.contribution);
        expect(sum((f) => f.saving)).toBe(figures.plannedSaving);
        expect(figures.plannedSaving).toBe(dc + dorset - target);
      }),
    );
  });

  it('shows no saving before the area is combined: each force still pays for its own team', () => {
    const figures = areaYearFigures(costs(null, { dc: 800_000, dorset: 300_000 }), PARTIES, basis());
    expect(figures).toEqual({
      businessAreaId: 'ict',
      financialYear: 2016,
      combined: false,
      baseline: 1_100_000,
      targetCost: 0,
      implementationCost: 0,
      plannedSaving: 0,
      basis: null,
      withoutBasis: false,
      forces: [
        {
          organisationId: 'dc',
          baseline: 800_000,
          sharePercent: 0,
          contribution: 800_000,
          implementationShare: 0,
          saving: 0,
        },
        {
          organisationId: 'dorset',
          baseline: 300_000,
          sharePercent: 0,
          contribution: 300_000,
          implementationShare: 0,
          saving: 0,
        },
      ],
    });
  });

  it('is not combined without a basis to share the cost by, even with a target cost', () => {
    const figures = areaYearFigures(costs(1_000_000, { dc: 800_000, dorset: 300_000 }), PARTIES, undefined);
    expect(figures.combined).toBe(false);
    expect(figures.plannedSaving).toBe(0);
    expect(figures.forces.map((f) => f.saving)).toEqual([0, 0]);
  });

  it('counts a force with no baseline as spending nothing, and a combined team dearer than the baselines as a negative saving', () => {
    const figures = areaYearFigures(costs(500_000, { dc: 400_000 }), PARTIES, basis());
    expect(figures.baseline).toBe(400_000);
    expect(figures.plannedSaving).toBe(-100_000);
    expect(figures.forces.map((f) => [f.baseline, f.contribution, f.saving])).toEqual([
      [400_000, 361_111, 38_889],
      [0, 138_889, -138_889],
    ]);
  });
});

describe('alliancePlan', () => {
  const modelBasis = (
    id: string,
    businessAreaId: string | null,
    effectiveFrom: string,
    effectiveTo: string | null,
    definition: BasisDefinition,
  ): ModelBasis => ({ ...basis(definition), id, businessAreaId, effectiveFrom, effectiveTo });
  const half: BasisDefinition = {
    kind: 'fixed',
    factors: [
      { organisationId: 'dc', value: 5000 },
      { organisationId: 'dorset', value: 5000 },
    ],
  };
  const bases = [
    modelBasis('default', null, '2015-04-01', null, BY_BUDGET),
    modelBasis('marine-own', 'marine', '2016-04-01', null, half),
  ];
  const inputs = [
    costs(100, { dc: 100, dorset: 100 }, 0, 2014, 'ict'),
    costs(100, { dc: 100, dorset: 100 }, 0, 2015, 'ict'),
    costs(100, { dc: 100, dorset: 100 }, 0, 2015, 'marine'),
    costs(100, { dc: 100, dorset: 100 }, 0, 2016, 'marine'),
  ];

  it('uses the basis in effect on 1 April of each year, an area’s own before the alliance’s', () => {
    const plan = alliancePlan(inputs, PARTIES, bases);
    expect(plan.map((f) => f.basis?.id ?? null)).toEqual([null, 'default', 'default', 'marine-own']);
    expect(plan.map((f) => f.forces.map((force) => force.contribution))).toEqual([
      [100, 100],
      [72, 28],
      [72, 28],
      [50, 50],
    ]);
  });

  it('puts a what-if basis in place of the alliance’s, leaving an area’s own basis alone', () => {
    const candidate = { ...basis(half), id: 'what-if', versionNumber: 0 };
    const plan = alliancePlan(inputs, PARTIES, bases, candidate);
    expect(plan.map((f) => f.basis?.id)).toEqual(['what-if', 'what-if', 'what-if', 'marine-own']);
  });
});

describe('ragOf', () => {
  it.each<[number, number, string | null]>([
    [100, 100, 'green'],
    [101, 100, 'green'],
    [99, 100, 'amber'],
    [90, 100, 'amber'],
    [89, 100, 'red'],
    [1_200_000_000, 1_200_000_000, 'green'],
    [1_199_999_999, 1_200_000_000, 'amber'],
    [1_080_000_000, 1_200_000_000, 'amber'],
    [1_079_999_999, 1_200_000_000, 'red'],
    [-5, 100, 'red'],
    [100, 0, null],
    [100, -100, null],
  ])('a forecast of %i against a plan of %i is %s', (forecast, planned, rag) => {
    expect(ragOf(forecast, planned, DEFAULT_RAG_THRESHOLDS)).toBe(rag);
  });

  it('follows an alliance’s own tolerance', () => {
    const tolerant = { amberBelowPercent: 95, redBelowPercent: 80 };
    expect(ragOf(95, 100, tolerant)).toBe('green');
    expect(ragOf(94, 100, tolerant)).toBe('amber');
    expect(ragOf(80, 100, tolerant)).toBe('amber');
    expect(ragOf(79, 100, tolerant)).toBe('red');
  });

  it('compares exactly at amounts where floating point would round', () => {
    const planned = 9_007_199_254_740_991; // 2^53 − 1
    expect(ragOf(planned, planned, DEFAULT_RAG_THRESHOLDS)).toBe('green');
    expect(ragOf(planned - 1, planned, DEFAULT_RAG_THRESHOLDS)).toBe('amber');
  });
});

describe('thresholdProblems', () => {
  it.each([
    [{ amberBelowPercent: 100, redBelowPercent: 90 }, []],
    [{ amberBelowPercent: 0, redBelowPercent: 0 }, []],
    [{ amberBelowPercent: 200, redBelowPercent: 200 }, []],
    [
      { amberBelowPercent: 201, redBelowPercent: 90 },
      [{ field: 'amberBelowPercent', message: 'Amber must be a whole percentage from 0 to 200' }],
    ],
    [
      { amberBelowPercent: 99.5, redBelowPercent: 90 },
      [{ field: 'amberBelowPercent', message: 'Amber must be a whole percentage from 0 to 200' }],
    ],
    [
      { amberBelowPercent: 100, redBelowPercent: -1 },
      [{ field: 'redBelowPercent', message: 'Red must be a whole percentage from 0 to 200' }],
    ],
    [
      { amberBelowPercent: 90, redBelowPercent: 95 },
      [{ field: 'redBelowPercent', message: 'Red must be at or below the amber percentage' }],
    ],
  ])('%o', (thresholds, problems) => {
    expect(thresholdProblems(thresholds)).toEqual(problems);
  });
});

describe('an area not yet combined', () => {
  it('still shares its one-off implementation costs by the basis, and saves nothing', () => {
    const figures = areaYearFigures(costs(null, { dc: 700_000, dorset: 300_000 }, 100_001), PARTIES, basis());
    expect(figures.combined).toBe(false);
    expect(figures.plannedSaving).toBe(0);
    expect(figures.forces.map((f) => [f.contribution, f.implementationShare, f.saving])).toEqual([
      [700_000, 72_223, 0],
      [300_000, 27_778, 0],
    ]);
    expect(figures.basis?.versionNumber).toBe(1);
  });

  it('treats a version under which no current force has a share as no basis at all, rather than failing', () => {
    const departed: BasisDefinition = { kind: 'fixed', factors: [{ organisationId: 'gone', value: 10_000 }] };
    const figures = areaYearFigures(
      costs(900_000, { dc: 700_000, dorset: 300_000 }),
      PARTIES,
      basis(departed),
    );
    expect(figures.combined).toBe(false);
    expect(figures.basis).toBeNull();
    expect(figures.forces.map((f) => f.contribution)).toEqual([700_000, 300_000]);
  });
});
