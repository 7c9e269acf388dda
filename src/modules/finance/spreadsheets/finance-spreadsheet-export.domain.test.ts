import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../../platform/dates.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { byYearTable, savingsModelTable, type ModelForExport } from './finance-spreadsheet-export.domain.ts';
import { alliancePlan, DEFAULT_RAG_THRESHOLDS, type ModelBasis } from '../savings/savings-model.domain.ts';
import { areaSavingsLines, yearSavingsLines } from '../savings/savings-trajectory.domain.ts';

const parties = [
  { organisationId: 'dc', name: 'Devon & Cornwall Police' },
  { organisationId: 'dorset', name: 'Dorset Police' },
];
const fixed = (dc: number, dorset: number) => ({
  kind: 'fixed' as const,
  factors: [
    { organisationId: 'dc', value: dc },
    { organisationId: 'dorset', value: dorset },
  ],
});
const bases: ModelBasis[] = [
  {
    id: 'default-2',
    label: 'In proportion to the size of each force',
    versionNumber: 2,
    definition: fixed(7000, 3000),
    businessAreaId: null,
    effectiveFrom: '2015-04-01',
    effectiveTo: null,
  },
  {
    id: 'ict-own-1',
    label: 'Half each',
    versionNumber: 1,
    definition: fixed(5000, 5000),
    businessAreaId: 'ict',
    effectiveFrom: '2015-04-01',
    effectiveTo: null,
  },
];
const year = (y: number) => y as FinancialYear;
const costs = (areaId: string, y: number, target: Pence | null, dc: number, dorset: number) => ({
  businessAreaId: areaId,
  financialYear: year(y),
  targetCost: target,
  implementationCost: pence(y === 2015 ? 1_000 : 0),
  baselines: new Map([
    ['dc', pence(dc)],
    ['dorset', pence(dorset)],
  ]),
});

function model(): ModelForExport {
  const figures = alliancePlan(
    [
      costs('ict', 2016, pence(900), 600, 400),
      costs('fleet', 2015, pence(801), 700, 300),
      costs('ict', 2015, null, 600, 400),
    ],
    parties,
    bases,
  );
  const inputs = {
    figures,
    realised: [],
    forecasts: [],
    currentYear: year(2015),
    thresholds: DEFAULT_RAG_THRESHOLDS,
    target: { amount: pence(150), year: year(2016) },
  };
  return {
    parties,
    areas: [
      { id: 'ict', name: 'ICT' },
      { id: 'fleet', name: 'Fleet services' },
    ],
    bases,
    figures,
    yearLines: yearSavingsLines(inputs, areaSavingsLines(inputs)),
  };
}

describe('the savings model as a table', () => {
  it('has a row per area, year and force, sorted, with the basis version that produced each figure', () => {
    const stored = new Map<string, Pence | null>([
      ['fleet|2015', pence(801)],
      ['ict|2016', pence(900)],
      ['ict|2015', null],
    ]);
    const table = savingsModelTable(model(), stored);
    expect(table.name).toBe('Savings model');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Business area',
      'Financial year',
      'Force',
      'Baseline cost',
      'Target operating model cost',
      'Implementation cost',
      'Basis',
      'Share',
      'Contribution',
      'Saving',
    ]);
    const basis = 'Alliance default v2: In proportion to the size of each force';
    expect(table.rows).toEqual([
      ['Fleet services', '2015/16', 'Devon & Cornwall Police', 700, 801, 1_000, basis, 70, 561, 139],
      ['Fleet services', '2015/16', 'Dorset Police', 300, 801, 1_000, basis, 30, 240, 60],
      ['ICT', '2015/16', 'Devon & Cornwall Police', 600, null, 1_000, 'Not combined', null, 600, 0],
      ['ICT', '2015/16', 'Dorset Police', 400, null, 1_000, 'Not combined', null, 400, 0],
      ['ICT', '2016/17', 'Devon & Cornwall Police', 600, 900, 0, 'Own basis v1: Half each', 50, 450, 150],
      ['ICT', '2016/17', 'Dorset Police', 400, 900, 0, 'Own basis v1: Half each', 50, 450, -50],
    ]);
  });

  it('writes the target cost as stored, so a cost of £0 stays £0 and a blank stays blank', () => {
    const table = savingsModelTable(model(), new Map([['fleet|2015', pence(0)]]));
    expect(table.rows.map((row) => row[4])).toEqual([0, 0, null, null, null, null]);
  });
});

describe('the trajectory by year as a table', () => {
  it('has each year’s plan, realised, forecast, variance and target with both RAG statuses', () => {
    const table = byYearTable(model());
    expect(table.name).toBe('By year');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Financial year',
      'Planned saving',
      'Realised',
      'Forecast',
      'Variance',
      'Target',
      'RAG against plan',
      'RAG against target',
    ]);
    expect(table.rows).toEqual([
      ['2015/16', 199, 0, 199, 0, null, 'Green', null],
      ['2016/17', 100, 0, 100, 0, 150, 'Green', 'Red'],
    ]);
  });
});
