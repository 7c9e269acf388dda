import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../../platform/dates.ts';
import { pence } from '../../../platform/money.ts';
import { DEFAULT_RAG_THRESHOLDS, type AreaYearFigures } from './savings-model.domain.ts';
import {
  areaSavingsLines,
  forceYearLines,
  yearSavingsLines,
  type RealisedSavings,
  type SavingsForecast,
  type TrajectoryInputs,
} from './savings-trajectory.domain.ts';

const year = (y: number) => y as FinancialYear;

/** An area-year with only what the trajectory reads: its planned saving and the forces' figures. */
function figures(
  businessAreaId: string,
  financialYear: number,
  plannedSaving: number,
  forces: [string, number, number, number][] = [],
): AreaYearFigures {
  return {
    businessAreaId,
    financialYear: year(financialYear),
    combined: plannedSaving !== 0,
    baseline: pence(0),
    targetCost: pence(0),
    implementationCost: pence(0),
    plannedSaving: pence(plannedSaving),
    basis: null,
    withoutBasis: false,
    forces: forces.map(([organisationId, baseline, contribution, implementation]) => ({
      organisationId,
      baseline: pence(baseline),
      sharePercent: 0,
      contribution: pence(contribution),
      implementationShare: pence(implementation),
      saving: pence(baseline - contribution),
    })),
  };
}

const realised = (businessAreaId: string, y: number, cashable: number, nonCashable = 0): RealisedSavings => ({
  businessAreaId,
  financialYear: year(y),
  cashable: pence(cashable),
  nonCashable: pence(nonCashable),
});
const forecast = (businessAreaId: string, y: number, amount: number): SavingsForecast => ({
  businessAreaId,
  financialYear: year(y),
  amount: pence(amount),
});

function inputs(overrides: Partial<TrajectoryInputs>): TrajectoryInputs {
  return {
    figures: [],
    realised: [],
    forecasts: [],
    currentYear: year(2015),
    thresholds: DEFAULT_RAG_THRESHOLDS,
    target: null,
    ...overrides,
  };
}

const lineOf = (lines: ReturnType<typeof areaSavingsLines>, area: string, y: number) =>
  lines.find((l) => l.businessAreaId === area && l.financialYear === y);

describe('areaSavingsLines', () => {
  it('forecasts a year that has ended at what was realised in it, whatever was forecast before', () => {
    const lines = areaSavingsLines(
      inputs({
        currentYear: year(2016),
        figures: [figures('ict', 2015, 1000)],
        realised: [realised('ict', 2015, 700, 250)],
        forecasts: [forecast('ict', 2015, 1000)],
      }),
    );
    expect(lineOf(lines, 'ict', 2015)).toEqual({
      businessAreaId: 'ict',
      financialYear: 2015,
      planned: 1000,
      realised: 950,
      realisedCashable: 700,
      forecast: 950,
      variance: -50,
      rag: 'amber',
      withoutBasis: false,
    });
  });

  it('forecasts the current year at the finance lead’s forecast, even with some already realised', () => {
    const lines = areaSavingsLines(
      inputs({
        currentYear: year(2015),
        figures: [figures('ict', 2015, 1000)],
        realised: [realised('ict', 2015, 400)],
        forecasts: [forecast('ict', 2015, 890)],
      }),
    );
    expect(lineOf(lines, 'ict', 2015)).toMatchObject({
      realised: 400,
      forecast: 890,
      variance: -110,
      rag: 'red',
    });
  });

  it('forecasts at the plan where there is no forecast, and for a past year nobody has reported on', () => {
    const lines = areaSavingsLines(
      inputs({
        currentYear: year(2016),
        figures: [figures('ict', 2015, 1000), figures('ict', 2017, 2000)],
      }),
    );
    expect(lineOf(lines, 'ict', 2015)).toMatchObject({
      realised: 0,
      forecast: 1000,
      variance: 0,
      rag: 'green',
    });
    expect(lineOf(lines, 'ict', 2017)).toMatchObject({ forecast: 2000, rag: 'green' });
  });

  it('keeps years with savings realised or forecast but no plan, with no RAG', () => {
    const lines = areaSavingsLines(
      inputs({
        currentYear: year(2016),
        realised: [realised('dogs', 2014, 300)],
        forecasts: [forecast('dogs', 2017, 500)],
      }),
    );
    expect(lineOf(lines, 'dogs', 2014)).toMatchObject({
      planned: 0,
      realised: 300,
      forecast: 300,
      rag: null,
    });
    expect(lineOf(lines, 'dogs', 2017)).toMatchObject({
      planned: 0,
      forecast: 500,
      variance: 500,
      rag: null,
    });
  });
});

describe('yearSavingsLines', () => {
  const trajectory = inputs({
    currentYear: year(2016),
    target: { amount: pence(3000), year: year(2016) },
    figures: [
      figures('ict', 2015, 1000),
      figures('dogs', 2015, 500),
      figures('ict', 2016, 2000),
      figures('dogs', 2016, 1000),
      figures('ict', 2017, 2000),
      figures('dogs', 2017, 1000),
    ],
    realised: [realised('ict', 2015, 900, 200), realised('dogs', 2015, 400)],
    forecasts: [forecast('dogs', 2016, 800), forecast('dogs', 2017, 990)],
  });
  const years = yearSavingsLines(trajectory, areaSavingsLines(trajectory));

  it('adds the areas up year by year, in order', () => {
    expect(
      years.map((l) => [l.financialYear, l.planned, l.realised, l.realisedCashable, l.forecast]),
    ).toEqual([
      [2015, 1500, 1500, 1300, 1500],
      [2016, 3000, 0, 0, 2800],
      [2017, 3000, 0, 0, 2990],
    ]);
  });

  it('shows the target only from its year on, with its own RAG', () => {
    expect(years.map((l) => [l.target, l.targetRag])).toEqual([
      [null, null],
      [3000, 'amber'],
      [3000, 'amber'],
    ]);
  });

  it('has no target at all when the alliance has none', () => {
    const none = { ...trajectory, target: null };
    expect(yearSavingsLines(none, areaSavingsLines(none)).every((l) => l.target === null)).toBe(true);
  });
});

describe('forceYearLines', () => {
  it('adds up each force’s baseline, contribution, implementation share and saving per year across areas', () => {
    const lines = forceYearLines([
      figures('ict', 2015, 1, [
        ['dc', 1000, 700, 40],
        ['dorset', 400, 280, 15],
      ]),
      figures('dogs', 2015, 1, [
        ['dc', 300, 250, 5],
        ['dorset', 100, 90, 0],
      ]),
      figures('ict', 2016, 1, [
        ['dc', 1000, 650, 0],
        ['dorset', 400, 260, 0],
      ]),
    ]);
    const sorted = [...lines].sort((a, b) =>
      `${a.financialYear}${a.organisationId}`.localeCompare(`${b.financialYear}${b.organisationId}`),
    );
    expect(sorted).toEqual([
      {
        organisationId: 'dc',
        financialYear: 2015,
        baseline: 1300,
        contribution: 950,
        implementationShare: 45,
        saving: 350,
      },
      {
        organisationId: 'dorset',
        financialYear: 2015,
        baseline: 500,
        contribution: 370,
        implementationShare: 15,
        saving: 130,
      },
      {
        organisationId: 'dc',
        financialYear: 2016,
        baseline: 1000,
        contribution: 650,
        implementationShare: 0,
        saving: 350,
      },
      {
        organisationId: 'dorset',
        financialYear: 2016,
        baseline: 400,
        contribution: 260,
        implementationShare: 0,
        saving: 140,
      },
    ]);
  });

  it('is empty without figures', () => {
    expect(forceYearLines([])).toEqual([]);
  });
});
