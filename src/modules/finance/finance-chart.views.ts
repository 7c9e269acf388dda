import { formatFinancialYear } from '../../platform/dates.ts';
import { formatMoneyShort } from '../../platform/money.ts';
import type { YearSavingsLine } from './savings/savings-trajectory.domain.ts';

/** Drawing units of the trajectory chart; the SVG scales to the width of the page. */
const WIDTH = 720;
const HEIGHT = 320;
const PLOT = { left: 96, right: WIDTH - 12, top: 16, bottom: HEIGHT - 44 };
const MOST_TICKS = 5;

export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartYear {
  readonly label: string;
  readonly labelX: number;
  readonly planned: ChartBar;
  readonly forecast: ChartBar;
  readonly target: { readonly x1: number; readonly x2: number; readonly y: number } | null;
}

export interface TrajectoryChart {
  readonly width: number;
  readonly height: number;
  readonly plot: typeof PLOT;
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
  readonly years: readonly ChartYear[];
  readonly description: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A step of 1, 2, 2.5 or 5 times a power of ten that fits the largest value in a few ticks. */
function tickStep(largest: number): number {
  if (largest <= 0) return 1;
  const rough = largest / MOST_TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

/** What a screen reader hears in place of the bars: the shape of the plan, and where it meets the target. */
function describe(lines: readonly YearSavingsLine[]): string {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return 'No savings have been planned yet.';
  const span = `${formatFinancialYear(first.financialYear)} to ${formatFinancialYear(last.financialYear)}`;
  const parts = [`Planned and forecast savings each year from ${span}.`];
  const targetLine = lines.find((l) => l.target !== null);
  if (targetLine && targetLine.target !== null) {
    const year = formatFinancialYear(targetLine.financialYear);
    parts.push(
      `In ${year}, the first year of the target of ${formatMoneyShort(targetLine.target)} a year, ` +
        `the plan is ${formatMoneyShort(targetLine.planned)} and the forecast ${formatMoneyShort(targetLine.forecast)}.`,
    );
  }
  parts.push(
    `In ${formatFinancialYear(last.financialYear)} the forecast is ${formatMoneyShort(last.forecast)}.`,
  );
  if (lines.some((l) => l.planned < 0 || l.forecast < 0)) {
    parts.push('Savings below zero are drawn at zero.');
  }
  return parts.join(' ');
}

/**
 * The savings trajectory as bars: the plan solid, the forecast hatched, and the target as a dashed
 * line, so the three differ by shape as well as colour. The table beside it has the same numbers.
 */
export function trajectoryChart(lines: readonly YearSavingsLine[]): TrajectoryChart {
  const largest = Math.max(0, ...lines.flatMap((l) => [l.planned, l.forecast, l.target ?? 0]));
  const step = tickStep(largest);
  const top = Math.max(step, Math.ceil(largest / step) * step);
  const plotHeight = PLOT.bottom - PLOT.top;
  const yOf = (amount: number) => round(PLOT.bottom - (Math.max(0, amount) / top) * plotHeight);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
    y: yOf(i * step),
    label: formatMoneyShort(i * step),
  }));
  const slot = (PLOT.right - PLOT.left) / Math.max(1, lines.length);
  const bar = (x: number, amount: number): ChartBar => ({
    x: round(x),
    y: yOf(amount),
    width: round(slot * 0.34),
    height: round(PLOT.bottom - yOf(amount)),
  });
  const years = lines.map((line, i) => {
    const left = PLOT.left + i * slot;
    return {
      label: formatFinancialYear(line.financialYear),
      labelX: round(left + slot / 2),
      planned: bar(left + slot * 0.14, line.planned),
      forecast: bar(left + slot * 0.52, line.forecast),
      target: line.target === null ? null : { x1: round(left), x2: round(left + slot), y: yOf(line.target) },
    };
  });
  return { width: WIDTH, height: HEIGHT, plot: PLOT, ticks, years, description: describe(lines) };
}
