import { formatFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import type { Party } from '../cost-sharing/cost-sharing.domain.ts';
import { baselineField, moneyField, type Fields } from '../finance-pages.schemas.ts';
import { basesHref, ragTag, storedTargetCost } from './finance-overview.views.ts';
import type { SavingsActual } from './finance-records.repo.ts';
import type { AreaYearFigures } from './savings-model.domain.ts';
import type { SavingsModel } from './savings-model.service.ts';

export const AREA_SAVED_MESSAGES: Record<string, string> = {
  costs: 'Costs saved',
  actual: 'Realised saving recorded',
  forecast: 'Forecast saved',
};

/** "72.22%": the money itself is split exactly; this is the share as a person reads it. */
export function percentText(percent: number): string {
  return `${percent.toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;
}

function figureFor(model: SavingsModel, year: FinancialYear): AreaYearFigures | undefined {
  return model.figures.find((f) => f.financialYear === year);
}

/** Each year's inputs: what each force would spend, what the combined team costs, and the basis used. */
export function costRows(model: SavingsModel) {
  return model.years.map((year) => {
    const figure = figureFor(model, year);
    const baselineOf = (id: string) => figure?.forces.find((f) => f.organisationId === id)?.baseline ?? null;
    return {
      financialYear: year,
      baselines: model.parties.map((p) => baselineOf(p.organisationId)),
      baseline: figure?.baseline ?? null,
      targetCost: storedTargetCost(figure),
      implementationCost: figure?.implementationCost ?? null,
      basis: figure?.basis
        ? {
            text: `Version ${figure.basis.versionNumber}: ${figure.basis.label}`,
            href: `${basesHref(model.alliance.id)}#basis-${figure.basis.id}`,
          }
        : null,
    };
  });
}

export function savingsRows(model: SavingsModel) {
  return model.years.map((year) => {
    const line = model.areaLines.find((l) => l.financialYear === year);
    return {
      financialYear: year,
      planned: line?.planned ?? 0,
      realised: line?.realised ?? 0,
      realisedCashable: line?.realisedCashable ?? 0,
      forecast: line?.forecast ?? 0,
      variance: line?.variance ?? 0,
      ragTag: ragTag(line?.rag ?? null),
      isCurrent: year === model.currentYear,
    };
  });
}

/** Each force's part of each year the area ran as a combined team. */
export function shareRows(model: SavingsModel) {
  const names = new Map(model.parties.map((p) => [p.organisationId, p.name]));
  return model.figures
    .filter((f) => f.combined)
    .sort((a, b) => a.financialYear - b.financialYear)
    .map((f) => ({
      financialYear: f.financialYear,
      forces: f.forces.map((force) => ({
        ...force,
        name: names.get(force.organisationId) ?? '',
        share: percentText(force.sharePercent),
      })),
    }));
}

export function actualRows(actuals: readonly SavingsActual[]) {
  return actuals.map((a) => ({ ...a, cashableText: a.cashable ? 'Cashable' : 'Not cashable' }));
}

/** The costs form filled from what is stored for the year, or empty for a year with no figures. */
export function storedCostFields(model: SavingsModel, year: FinancialYear, forces: readonly Party[]): Fields {
  const figure = figureFor(model, year);
  const targetCost = storedTargetCost(figure);
  const fields: Fields = {
    financialYear: formatFinancialYear(year),
    targetCost: moneyField(targetCost),
    implementationCost: moneyField(figure?.implementationCost ?? 0),
  };
  for (const force of forces) {
    const stored = figure?.forces.find((f) => f.organisationId === force.organisationId);
    fields[baselineField(force.organisationId)] = moneyField(stored?.baseline);
  }
  return fields;
}

/** Links to load another year's figures into the costs form. */
export function costYearLinks(model: SavingsModel, current: FinancialYear) {
  const years = [...new Set([...model.years, model.currentYear])].sort((a, b) => a - b);
  return years.map((y) => ({ text: formatFinancialYear(y), href: `?year=${y}`, current: y === current }));
}
