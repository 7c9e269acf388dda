import { formatDate, formatFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { ragOf, type AreaYearFigures, type Rag, type RagThresholds } from './savings-model.domain.ts';

/** Realised savings recorded for one area in one year, cashable and not. */
export interface RealisedSavings {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  readonly cashable: Pence;
  readonly nonCashable: Pence;
}

/** A finance lead's forecast for an area's saving in a year that has not ended. */
export interface SavingsForecast {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  readonly amount: Pence;
}

export interface TrajectoryInputs {
  readonly figures: readonly AreaYearFigures[];
  readonly realised: readonly RealisedSavings[];
  readonly forecasts: readonly SavingsForecast[];
  /** The year the clock is in: years before it have ended. */
  readonly currentYear: FinancialYear;
  readonly thresholds: RagThresholds;
  readonly target: { readonly amount: Pence; readonly year: FinancialYear } | null;
}

export interface SavingsLine {
  readonly planned: Pence;
  readonly realised: Pence;
  readonly realisedCashable: Pence;
  readonly forecast: Pence;
  /** Forecast less plan: negative is a shortfall. */
  readonly variance: Pence;
  readonly rag: Rag | null;
}

export interface AreaSavingsLine extends SavingsLine {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  /** The area has costs this year but no basis governs it: its RAG is red, never green. */
  readonly withoutBasis: boolean;
}

export interface YearSavingsLine extends SavingsLine {
  readonly financialYear: FinancialYear;
  /** The alliance's target, from its target year on; null before. */
  readonly target: Pence | null;
  readonly targetRag: Rag | null;
  /** How many areas have costs this year but no governing basis; the year is red while any do. */
  readonly areasWithoutBasis: number;
}

/**
 * A year with costs that no basis shares is not on track, whatever its sums say: its planned
 * savings leave out the areas that have no basis, so comparing the forecast with them would show
 * green for a plan that has silently shrunk. Such a year, and each such area-year, is red.
 */
export const RAG_WITHOUT_BASIS: Rag = 'red';

const key = (areaId: string, year: number) => `${areaId}|${year}`;

function line(
  planned: number,
  realised: number,
  cashable: number,
  forecast: number,
  thresholds: RagThresholds,
) {
  return {
    planned: pence(planned),
    realised: pence(realised),
    realisedCashable: pence(cashable),
    forecast: pence(forecast),
    variance: pence(forecast - planned),
    rag: ragOf(forecast, planned, thresholds),
  };
}

/**
 * Each area's savings per year. A year that has ended, with savings realised in it, is forecast
 * at what was realised; any other year at the finance lead's forecast where there is one, or at
 * the plan (a past year nobody has reported on yet still shows its plan rather than nothing).
 * Years with realised savings but no plan still appear, so nothing recorded is ever hidden.
 */
export function areaSavingsLines(inputs: TrajectoryInputs): AreaSavingsLine[] {
  const realised = new Map(inputs.realised.map((r) => [key(r.businessAreaId, r.financialYear), r]));
  const forecasts = new Map(inputs.forecasts.map((f) => [key(f.businessAreaId, f.financialYear), f.amount]));
  type AreaYear = {
    businessAreaId: string;
    financialYear: FinancialYear;
    plan: number;
    withoutBasis: boolean;
  };
  const areaYears = new Map<string, AreaYear>();
  for (const f of inputs.figures) {
    const { businessAreaId, financialYear, plannedSaving: plan, withoutBasis } = f;
    areaYears.set(key(businessAreaId, financialYear), { businessAreaId, financialYear, plan, withoutBasis });
  }
  for (const { businessAreaId, financialYear } of [...inputs.realised, ...inputs.forecasts]) {
    const k = key(businessAreaId, financialYear);
    if (!areaYears.has(k)) areaYears.set(k, { businessAreaId, financialYear, plan: 0, withoutBasis: false });
  }
  return [...areaYears].map(([k, { businessAreaId, financialYear, plan, withoutBasis }]) => {
    const done = realised.get(k);
    const realisedTotal = (done?.cashable ?? 0) + (done?.nonCashable ?? 0);
    const reported = financialYear < inputs.currentYear && done !== undefined;
    const forecast = reported ? realisedTotal : (forecasts.get(k) ?? plan);
    const figures = line(plan, realisedTotal, done?.cashable ?? 0, forecast, inputs.thresholds);
    return {
      businessAreaId,
      financialYear,
      ...figures,
      rag: withoutBasis ? RAG_WITHOUT_BASIS : figures.rag,
      withoutBasis,
    };
  });
}

/** The alliance's trajectory: every year's plan, realised and forecast, against its target. */
export function yearSavingsLines(
  inputs: TrajectoryInputs,
  areaLines: readonly AreaSavingsLine[],
): YearSavingsLine[] {
  const years = new Map<number, YearSums>();
  for (const l of areaLines) {
    const sums = years.get(l.financialYear) ?? { planned: 0, realised: 0, cashable: 0, forecast: 0, gaps: 0 };
    sums.planned += l.planned;
    sums.realised += l.realised;
    sums.cashable += l.realisedCashable;
    sums.forecast += l.forecast;
    sums.gaps += l.withoutBasis ? 1 : 0;
    years.set(l.financialYear, sums);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, sums]) => yearLine(year as FinancialYear, sums, inputs));
}

interface YearSums {
  planned: number;
  realised: number;
  cashable: number;
  forecast: number;
  /** Areas with costs but no governing basis. */
  gaps: number;
}

function yearLine(year: FinancialYear, sums: YearSums, inputs: TrajectoryInputs): YearSavingsLine {
  const target = inputs.target;
  const targetAmount = target && year >= target.year ? target.amount : null;
  const figures = line(sums.planned, sums.realised, sums.cashable, sums.forecast, inputs.thresholds);
  const targetRag = targetAmount === null ? null : ragOf(sums.forecast, targetAmount, inputs.thresholds);
  const gap = sums.gaps > 0;
  return {
    financialYear: year,
    ...figures,
    rag: gap ? RAG_WITHOUT_BASIS : figures.rag,
    target: targetAmount,
    targetRag: gap && targetRag !== null ? RAG_WITHOUT_BASIS : targetRag,
    areasWithoutBasis: sums.gaps,
  };
}

/** A year in which areas with costs have no governing cost-sharing basis. */
export interface BasisGap {
  readonly financialYear: FinancialYear;
  readonly businessAreaIds: readonly string[];
}

/** Every year that has areas with costs but no governing basis, in order: none is left silent. */
export function basisGaps(figures: readonly AreaYearFigures[]): BasisGap[] {
  const byYear = new Map<FinancialYear, string[]>();
  for (const f of figures) {
    if (!f.withoutBasis) continue;
    const ids = byYear.get(f.financialYear) ?? [];
    ids.push(f.businessAreaId);
    byYear.set(f.financialYear, ids);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([financialYear, businessAreaIds]) => ({ financialYear, businessAreaIds }));
}

export interface ForceYearLine {
  readonly organisationId: string;
  readonly financialYear: FinancialYear;
  readonly baseline: Pence;
  readonly contribution: Pence;
  readonly implementationShare: Pence;
  readonly saving: Pence;
}

/** Each force's totals per year across the areas: what it would have spent, pays, and saves. */
export function forceYearLines(figures: readonly AreaYearFigures[]): ForceYearLine[] {
  // Keyed by force, then year: no key strings to build for each of the many force figures.
  const sums = new Map<string, Map<FinancialYear, ForceYearSums>>();
  for (const f of figures) {
    for (const force of f.forces) {
      let years = sums.get(force.organisationId);
      if (!years) sums.set(force.organisationId, (years = new Map()));
      let s = years.get(f.financialYear);
      if (!s)
        years.set(f.financialYear, (s = { baseline: 0, contribution: 0, implementation: 0, saving: 0 }));
      s.baseline += force.baseline;
      s.contribution += force.contribution;
      s.implementation += force.implementationShare;
      s.saving += force.saving;
    }
  }
  return [...sums].flatMap(([organisationId, years]) =>
    [...years].map(([financialYear, s]) => ({
      organisationId,
      financialYear,
      baseline: pence(s.baseline),
      contribution: pence(s.contribution),
      implementationShare: pence(s.implementation),
      saving: pence(s.saving),
    })),
  );
}

interface ForceYearSums {
  baseline: number;
  contribution: number;
  implementation: number;
  saving: number;
}

/** The warning for a year with costs that no basis shares, in the finance lead's words. */
export function basisGapMessage(gap: BasisGap): string {
  const count = gap.businessAreaIds.length;
  const areas = count === 1 ? '1 business area has' : `${count} business areas have`;
  return `${formatFinancialYear(gap.financialYear)}: ${areas} costs but no cost-sharing basis in effect on ${formatDate(`${gap.financialYear}-04-01`)}, so their costs are not shared and their savings are not counted. Add a basis that covers that day.`;
}
