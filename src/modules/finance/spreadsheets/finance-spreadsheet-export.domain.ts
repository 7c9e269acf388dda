import { formatFinancialYear } from '../../../platform/dates.ts';
import type { Pence } from '../../../platform/money.ts';
import type { Cell, NamedThing } from './finance-spreadsheet-cells.domain.ts';
import { COLUMNS } from './finance-spreadsheet.domain.ts';
import { RAG_LABELS, type AreaYearFigures } from '../savings/savings-model.domain.ts';
import type { YearSavingsLine } from '../savings/savings-trajectory.domain.ts';

/** How a column's values are written: money is pence, shown as pounds; a percent is 0–100. */
export type ColumnFormat = 'text' | 'money' | 'percent';

export interface TableColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** In characters, for the workbook. */
  readonly width: number;
}

export interface Table {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** What the export needs of the savings model (SavingsModel has all of it). */
export interface ModelForExport {
  readonly parties: readonly { readonly organisationId: string; readonly name: string }[];
  readonly areas: readonly NamedThing[];
  readonly bases: readonly { readonly id: string; readonly businessAreaId: string | null }[];
  readonly figures: readonly AreaYearFigures[];
  readonly yearLines: readonly YearSavingsLine[];
}

export const SAVINGS_MODEL_SHEET = 'Savings model';
export const BY_YEAR_SHEET = 'By year';

const column = (header: string, format: ColumnFormat, width: number): TableColumn => ({
  header,
  format,
  width,
});

const MODEL_COLUMNS: readonly TableColumn[] = [
  column(COLUMNS.businessArea, 'text', 40),
  column(COLUMNS.financialYear, 'text', 14),
  column(COLUMNS.force, 'text', 28),
  column(COLUMNS.baseline, 'money', 18),
  column(COLUMNS.targetCost, 'money', 28),
  column(COLUMNS.implementationCost, 'money', 20),
  column(COLUMNS.basis, 'text', 60),
  column(COLUMNS.share, 'percent', 10),
  column(COLUMNS.contribution, 'money', 18),
  column(COLUMNS.saving, 'money', 18),
];

const YEAR_COLUMNS: readonly TableColumn[] = [
  column('Financial year', 'text', 14),
  column('Planned saving', 'money', 18),
  column('Realised', 'money', 18),
  column('Forecast', 'money', 18),
  column('Variance', 'money', 18),
  column('Target', 'money', 18),
  column('RAG against plan', 'text', 18),
  column('RAG against target', 'text', 20),
];

/** "Alliance default v3: In proportion to net revenue budget (2015/16)", or the area's own. */
function basisText(figures: AreaYearFigures, ownBases: ReadonlySet<string>): string {
  if (!figures.combined || !figures.basis) return 'Not combined';
  const scope = ownBases.has(figures.basis.id) ? 'Own basis' : 'Alliance default';
  return `${scope} v${figures.basis.versionNumber}: ${figures.basis.label}`;
}

/**
 * One row per area, year and force, sorted by area name, year and force. The target operating
 * model cost is the stored one (blank when the area is not yet combined), keyed "areaId|year",
 * so an export imports back to exactly what was there.
 */
export function savingsModelTable(
  model: ModelForExport,
  storedTargetCosts: ReadonlyMap<string, Pence | null>,
): Table {
  const areaNames = new Map(model.areas.map((a) => [a.id, a.name]));
  const forceNames = new Map(model.parties.map((p) => [p.organisationId, p.name]));
  const ownBases = new Set(model.bases.filter((b) => b.businessAreaId !== null).map((b) => b.id));
  const nameOf = (f: AreaYearFigures) => areaNames.get(f.businessAreaId) ?? '';
  const figures = [...model.figures].sort(
    (a, b) => nameOf(a).localeCompare(nameOf(b), 'en-GB') || a.financialYear - b.financialYear,
  );
  const rows = figures.flatMap((f) => {
    const targetCost = storedTargetCosts.get(`${f.businessAreaId}|${f.financialYear}`) ?? null;
    const basis = basisText(f, ownBases);
    return f.forces.map((force): Cell[] => [
      nameOf(f),
      formatFinancialYear(f.financialYear),
      forceNames.get(force.organisationId) ?? '',
      force.baseline,
      targetCost,
      f.implementationCost,
      basis,
      f.combined ? force.sharePercent : null,
      force.contribution,
      force.saving,
    ]);
  });
  return { name: SAVINGS_MODEL_SHEET, columns: MODEL_COLUMNS, rows };
}

/** The alliance's trajectory: each year's plan, realised, forecast and variance against the target. */
export function byYearTable(model: ModelForExport): Table {
  const rows = model.yearLines.map((line): Cell[] => [
    formatFinancialYear(line.financialYear),
    line.planned,
    line.realised,
    line.forecast,
    line.variance,
    line.target,
    line.rag ? RAG_LABELS[line.rag] : null,
    line.targetRag ? RAG_LABELS[line.targetRag] : null,
  ]);
  return { name: BY_YEAR_SHEET, columns: YEAR_COLUMNS, rows };
}
