import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../../platform/dates.ts';
import { pence } from '../../../platform/money.ts';
import type { BasisDefinition } from './cost-sharing.domain.ts';
import {
  DEFAULT_RAG_THRESHOLDS,
  alliancePlan,
  type AreaYearCosts,
  type ModelBasis,
} from '../savings/savings-model.domain.ts';
import {
  areaSavingsLines,
  basisGapMessage,
  basisGaps,
  yearSavingsLines,
} from '../savings/savings-trajectory.domain.ts';

const PARTIES = [
  { organisationId: 'dc', name: 'Devon & Cornwall Police' },
  { organisationId: 'dorset', name: 'Dorset Police' },
];
const SEVENTY_THIRTY: BasisDefinition = {
  kind: 'fixed',
  factors: [
    { organisationId: 'dc', value: 7_000 },
    { organisationId: 'dorset', value: 3_000 },
  ],
};
const NOTHING_SHARED: BasisDefinition = {
  kind: 'demand',
  measure: 'incidents',
  factors: [
    { organisationId: 'dc', value: 0 },
    { organisationId: 'dorset', value: 0 },
  ],
};
const basis = (
  from: string,
  to: string | null,
  definition: BasisDefinition = SEVENTY_THIRTY,
): ModelBasis => ({
  id: `basis-${from}`,
  label: 'Default',
  versionNumber: 1,
  definition,
  businessAreaId: null,
  effectiveFrom: from,
  effectiveTo: to,
});
const costs = (area: string, year: number, targetCost: number | null, implementation = 0): AreaYearCosts => ({
  businessAreaId: area,
  financialYear: year as FinancialYear,
  targetCost: targetCost === null ? null : pence(targetCost),
  implementationCost: pence(implementation),
  baselines: new Map([
    ['dc', pence(700_000)],
    ['dorset', pence(300_000)],
  ]),
});

function trajectory(allCosts: AreaYearCosts[], bases: ModelBasis[]) {
  const figures = alliancePlan(allCosts, PARTIES, bases);
  const inputs = {
    figures,
    realised: [],
    forecasts: [],
    currentYear: 2016 as FinancialYear,
    thresholds: DEFAULT_RAG_THRESHOLDS,
    target: { amount: pence(100_000), year: 2016 as FinancialYear },
  };
  const areaLines = areaSavingsLines(inputs);
  return { figures, areaLines, yearLines: yearSavingsLines(inputs, areaLines), gaps: basisGaps(figures) };
}

describe('a year with costs but no governing basis is never silent and never green', () => {
  const cases: {
    name: string;
    costs: AreaYearCosts[];
    bases: ModelBasis[];
    gaps: { financialYear: number; businessAreaIds: string[] }[];
    rag2016: 'green' | 'amber' | 'red' | null;
  }[] = [
    {
      name: 'a basis governs every year: no warning, green',
      costs: [costs('ict', 2016, 900_000), costs('hr', 2016, 900_000)],
      bases: [basis('2015-04-01', null)],
      gaps: [],
      rag2016: 'green',
    },
    {
      name: 'the only basis ended the year before: both areas flagged, red',
      costs: [costs('ict', 2016, 900_000), costs('hr', 2016, 900_000)],
      bases: [basis('2015-04-01', '2016-03-31')],
      gaps: [{ financialYear: 2016, businessAreaIds: ['ict', 'hr'] }],
      rag2016: 'red',
    },
    {
      name: 'one area still combined under a basis of its own does not make the year green',
      costs: [costs('ict', 2016, 900_000), costs('hr', 2016, 900_000)],
      bases: [
        basis('2015-04-01', '2016-03-31'),
        { ...basis('2016-04-01', null), id: 'hr-own', businessAreaId: 'hr' },
      ],
      gaps: [{ financialYear: 2016, businessAreaIds: ['ict'] }],
      rag2016: 'red',
    },
    {
      name: 'implementation costs with no basis to share them are flagged too',
      costs: [costs('ict', 2016, null, 50_000)],
      bases: [],
      gaps: [{ financialYear: 2016, businessAreaIds: ['ict'] }],
      rag2016: 'red',
    },
    {
      name: 'a basis that shares nothing is no basis',
      costs: [costs('ict', 2016, 900_000)],
      bases: [basis('2015-04-01', null, NOTHING_SHARED)],
      gaps: [{ financialYear: 2016, businessAreaIds: ['ict'] }],
      rag2016: 'red',
    },
    {
      name: 'an area not yet combined, with only baselines, has no costs to share: no warning',
      costs: [costs('ict', 2016, null)],
      bases: [],
      gaps: [],
      rag2016: null,
    },
  ];

  it.each(cases)('$name', ({ costs: allCosts, bases, gaps, rag2016 }) => {
    const { areaLines, yearLines, gaps: found } = trajectory(allCosts, bases);
    expect(found).toEqual(gaps);
    const year = yearLines.find((line) => line.financialYear === 2016);
    expect(year?.rag ?? null).toBe(rag2016);
    expect(year?.areasWithoutBasis).toBe(gaps[0]?.businessAreaIds.length ?? 0);
    if (gaps.length > 0) expect(year?.targetRag).toBe('red');
    const flagged = areaLines.filter((line) => line.withoutBasis).map((line) => line.businessAreaId);
    expect(flagged).toEqual(gaps[0]?.businessAreaIds ?? []);
    expect(areaLines.filter((line) => line.withoutBasis).every((line) => line.rag === 'red')).toBe(true);
  });

  it('says which year, how many areas, and what to do', () => {
    expect(basisGapMessage({ financialYear: 2019 as FinancialYear, businessAreaIds: ['a', 'b'] })).toBe(
      '2019/20: 2 business areas have costs but no cost-sharing basis in effect on 1 April 2019, so their costs are not shared and their savings are not counted. Add a basis that covers that day.',
    );
    expect(basisGapMessage({ financialYear: 2019 as FinancialYear, businessAreaIds: ['a'] })).toMatch(
      /^2019\/20: 1 business area has costs/,
    );
  });
});
