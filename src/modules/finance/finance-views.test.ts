import { describe, expect, it } from 'vitest';
import type { FinancialYear } from '../../platform/dates.ts';
import { pence } from '../../platform/money.ts';
import { trajectoryChart } from './finance-chart.views.ts';
import { ragRule, ragTag, storedTargetCost } from './savings/finance-overview.views.ts';
import type { AreaYearFigures } from './savings/savings-model.domain.ts';
import type { YearSavingsLine } from './savings/savings-trajectory.domain.ts';

const MILLION = 100_000_000; // pence in £1m

function line(
  year: number,
  planned: number,
  forecast: number,
  target: number | null = null,
): YearSavingsLine {
  return {
    financialYear: year as FinancialYear,
    planned: pence(planned),
    realised: pence(0),
    realisedCashable: pence(0),
    forecast: pence(forecast),
    variance: pence(forecast - planned),
    rag: null,
    target: target === null ? null : pence(target),
    targetRag: null,
    areasWithoutBasis: 0,
  };
}

describe('the savings trajectory chart', () => {
  const chart = trajectoryChart([
    line(2016, 6 * MILLION, 5 * MILLION),
    line(2017, 12 * MILLION, 13 * MILLION, 12 * MILLION),
  ]);

  it('scales to a round top tick above the largest figure, in steps a person reads easily', () => {
    expect(chart.ticks.map((t) => t.label)).toEqual(['£0', '£5 million', '£10 million', '£15 million']);
    expect(chart.ticks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.ticks.at(-1)?.y).toBe(chart.plot.top);
  });

  it('draws each bar in proportion to its figure, from the same base line', () => {
    const [first, second] = chart.years;
    const plotHeight = chart.plot.bottom - chart.plot.top;
    expect(first?.planned.height).toBeCloseTo((plotHeight * 6) / 15, 0);
    expect(second?.forecast.height).toBeCloseTo((plotHeight * 13) / 15, 0);
    for (const bar of [first?.planned, first?.forecast, second?.planned, second?.forecast]) {
      expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(chart.plot.bottom, 1);
    }
    expect(first?.target).toBeNull();
    expect(second?.target?.y).toBeCloseTo(chart.plot.bottom - (plotHeight * 12) / 15, 1);
  });

  it('says in words what the bars show, including where the plan meets the target', () => {
    expect(chart.description).toBe(
      'Planned and forecast savings each year from 2016/17 to 2017/18. In 2017/18, the first year of the ' +
        'target of £12 million a year, the plan is £12 million and the forecast £13 million. ' +
        'In 2017/18 the forecast is £13 million.',
    );
  });

  it('draws savings below zero at zero and says so', () => {
    const shortfall = trajectoryChart([line(2016, -2 * MILLION, 1 * MILLION)]);
    expect(shortfall.years[0]?.planned.height).toBe(0);
    expect(shortfall.description).toContain('Savings below zero are drawn at zero.');
  });

  it('copes with no years and with nothing planned', () => {
    expect(trajectoryChart([]).description).toBe('No savings have been planned yet.');
    const flat = trajectoryChart([line(2016, 0, 0)]);
    expect(flat.years[0]?.planned.height).toBe(0);
    expect(flat.ticks.length).toBeGreaterThan(1);
  });
});

describe('RAG shown in words and colour', () => {
  it('names each status and uses the GOV.UK tag colours', () => {
    expect(ragTag('green')).toEqual({ text: 'Green', classes: 'govuk-tag--green' });
    expect(ragTag('amber')).toEqual({ text: 'Amber', classes: 'govuk-tag--yellow' });
    expect(ragTag('red')).toEqual({ text: 'Red', classes: 'govuk-tag--red' });
    expect(ragTag(null)).toBeNull();
  });

  it('states the rule from the thresholds', () => {
    expect(ragRule({ amberBelowPercent: 100, redBelowPercent: 90 })).toBe(
      'Amber below 100% of plan, red below 90%',
    );
  });
});

describe('the target operating model cost shown for an area-year', () => {
  const figure = (combined: boolean, targetCost: number) =>
    ({ combined, targetCost: pence(targetCost) }) as AreaYearFigures;

  it('is the stored cost once combined, even £0', () => {
    expect(storedTargetCost(figure(true, 0))).toBe(0);
    expect(storedTargetCost(figure(true, 500))).toBe(500);
  });

  it('still shows a cost stored for a year no basis covers, and nothing while the forces run their own teams', () => {
    expect(storedTargetCost(figure(false, 500))).toBe(500);
    expect(storedTargetCost(figure(false, 0))).toBeNull();
    expect(storedTargetCost(undefined)).toBeNull();
  });
});
