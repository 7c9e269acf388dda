import { formatFinancialYear, parseFinancialYear, type FinancialYear } from '../../../platform/dates.ts';
import { formatMoneyShort } from '../../../platform/money.ts';
import type { Benefit, Reinvestment } from './finance-records.repo.ts';
import { RAG_LABELS, type AreaYearFigures, type Rag, type RagThresholds } from './savings-model.domain.ts';
import type { SavingsModel } from './savings-model.service.ts';
import type { AreaSavingsLine } from './savings-trajectory.domain.ts';

/** GOV.UK tag colours; the word is always shown, so the status never rests on colour alone. */
const RAG_CLASSES: Record<Rag, string> = {
  green: 'govuk-tag--green',
  amber: 'govuk-tag--yellow',
  red: 'govuk-tag--red',
};

export function ragTag(rag: Rag | null): { text: string; classes: string } | null {
  return rag ? { text: RAG_LABELS[rag], classes: RAG_CLASSES[rag] } : null;
}

/** "Amber below 100% of plan, red below 90%" */
export function ragRule(thresholds: RagThresholds): string {
  return `Amber below ${thresholds.amberBelowPercent}% of plan, red below ${thresholds.redBelowPercent}%`;
}

export const financeHref = (allianceId: string) => `/alliances/${allianceId}/finance`;
export const areaFinanceHref = (areaId: string) => `/business-areas/${areaId}/finance`;
export const basesHref = (allianceId: string) => `/alliances/${allianceId}/finance/bases`;

/** Where the overview leads: the other finance pages, some only for those who can change them. */
export function overviewLinks(allianceId: string) {
  const base = financeHref(allianceId);
  return {
    self: base,
    bases: basesHref(allianceId),
    whatIf: `${base}/what-if`,
    import: `${base}/import`,
    exportXlsx: `${base}/export?format=xlsx`,
    exportCsv: `${base}/export?format=csv`,
    benefit: `${base}/benefits/new`,
    reinvestment: `${base}/reinvestments/new`,
    thresholds: `${base}/thresholds`,
    portfolio: `/alliances/${allianceId}/business-areas`,
  };
}

/**
 * The target operating model cost stored for an area-year, or null while there is none. A cost
 * stored for a year no basis covers still shows, though nothing is shared or saved until one does.
 */
export function storedTargetCost(figure: AreaYearFigures | undefined): number | null {
  if (!figure) return null;
  return figure.combined || figure.targetCost !== 0 ? figure.targetCost : null;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const key = (areaId: string, year: number) => `${areaId}|${year}`;

/**
 * The year the "by business area" and "by force" tables show: the one asked for when the model has
 * figures for it; otherwise the target year, this year, or the latest year with figures.
 */
export function chosenYear(
  model: SavingsModel,
  requested: string | undefined,
): { year: FinancialYear | null; notice: string | null } {
  const asked = requested ? parseFinancialYear(requested.slice(0, 9)) : undefined;
  if (asked !== undefined && model.years.includes(asked)) return { year: asked, notice: null };
  const preferred = [model.alliance.target?.year, model.currentYear, model.years.at(-1)];
  const year = preferred.find((y) => y !== undefined && model.years.includes(y)) ?? null;
  const shown = year === null ? '' : `: showing ${formatFinancialYear(year)}`;
  const notice = requested ? `There are no figures for “${requested.slice(0, 20)}”${shown}` : null;
  return { year, notice };
}

export function yearChoices(model: SavingsModel, chosen: FinancialYear | null) {
  return model.years.map((y) => ({ value: String(y), text: formatFinancialYear(y), selected: y === chosen }));
}

export function headline(model: SavingsModel, reinvestments: readonly Reinvestment[]) {
  const target = model.alliance.target;
  const atTarget = target ? model.yearLines.find((l) => l.financialYear === target.year) : undefined;
  return {
    target: target && `${formatMoneyShort(target.amount)} a year by ${formatFinancialYear(target.year)}`,
    targetShort: target ? formatMoneyShort(target.amount) : null,
    targetAmount: target?.amount ?? null,
    targetYear: target?.year ?? null,
    forecast: atTarget?.forecast ?? null,
    forecastShort: atTarget ? formatMoneyShort(atTarget.forecast) : null,
    forecastTag: ragTag(atTarget?.targetRag ?? null),
    realised: sum(model.yearLines.map((l) => l.realised)),
    realisedCashable: sum(model.yearLines.map((l) => l.realisedCashable)),
    realisedShort: formatMoneyShort(sum(model.yearLines.map((l) => l.realised))),
    reinvested: sum(reinvestments.map((r) => r.amount)),
    reinvestedShort: formatMoneyShort(sum(reinvestments.map((r) => r.amount))),
  };
}

export function trajectoryRows(model: SavingsModel) {
  return model.yearLines.map((line) => ({
    ...line,
    ragTag: ragTag(line.rag),
    targetTag: ragTag(line.targetRag),
    isCurrent: line.financialYear === model.currentYear,
  }));
}

function basisCell(model: SavingsModel, figure: AreaYearFigures | undefined) {
  if (!figure?.basis) return null;
  const basis = figure.basis;
  const own = Boolean(model.bases.find((b) => b.id === basis.id)?.businessAreaId);
  return {
    text: `Version ${basis.versionNumber}: ${basis.label}`,
    own,
    href: `${basesHref(model.alliance.id)}#basis-${basis.id}`,
  };
}

/** One row per business area with figures in the year; the rest are listed by name so none is lost. */
export function areaRows(model: SavingsModel, year: FinancialYear | null) {
  const figures = new Map(model.figures.map((f) => [key(f.businessAreaId, f.financialYear), f]));
  const lines = new Map<string, AreaSavingsLine>(
    model.areaLines.map((l) => [key(l.businessAreaId, l.financialYear), l]),
  );
  const withFigures = [];
  const without = [];
  for (const area of model.areas) {
    const figure = year === null ? undefined : figures.get(key(area.id, year));
    const line = year === null ? undefined : lines.get(key(area.id, year));
    const href = areaFinanceHref(area.id);
    if (!figure && !line) {
      without.push({ name: area.name, href });
      continue;
    }
    withFigures.push({
      name: area.name,
      href,
      baseline: figure?.baseline ?? null,
      targetCost: storedTargetCost(figure),
      plannedSaving: line?.planned ?? 0,
      forecast: line?.forecast ?? 0,
      ragTag: ragTag(line?.rag ?? null),
      basis: basisCell(model, figure),
    });
  }
  const totals = {
    baseline: sum(withFigures.map((r) => r.baseline ?? 0)),
    targetCost: sum(withFigures.map((r) => r.targetCost ?? 0)),
    plannedSaving: sum(withFigures.map((r) => r.plannedSaving)),
    forecast: sum(withFigures.map((r) => r.forecast)),
  };
  return { rows: withFigures, totals, without };
}

export function forceRows(model: SavingsModel, year: FinancialYear | null) {
  const rows = model.parties.map((party) => {
    const line = model.forceLines.find(
      (l) => l.organisationId === party.organisationId && l.financialYear === year,
    );
    return {
      name: party.name,
      baseline: line?.baseline ?? 0,
      contribution: line?.contribution ?? 0,
      implementationShare: line?.implementationShare ?? 0,
      saving: line?.saving ?? 0,
    };
  });
  const totals = {
    baseline: sum(rows.map((r) => r.baseline)),
    contribution: sum(rows.map((r) => r.contribution)),
    implementationShare: sum(rows.map((r) => r.implementationShare)),
    saving: sum(rows.map((r) => r.saving)),
  };
  return { rows, totals };
}

export function benefitRows(benefits: readonly Benefit[], model: SavingsModel) {
  const names = new Map(model.areas.map((a) => [a.id, a.name]));
  return benefits.map((b) => ({
    ...b,
    areaName: b.businessAreaId ? (names.get(b.businessAreaId) ?? null) : null,
  }));
}

export function reinvestmentRows(reinvestments: readonly Reinvestment[], model: SavingsModel) {
  const names = new Map(model.areas.map((a) => [a.id, a.name]));
  return reinvestments.map((r) => ({
    ...r,
    areaName: r.businessAreaId ? (names.get(r.businessAreaId) ?? null) : null,
  }));
}
