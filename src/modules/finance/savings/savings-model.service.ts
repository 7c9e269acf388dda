import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { financialYearOf, londonDate, type FinancialYear } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import type { Party } from '../cost-sharing/cost-sharing.domain.ts';
import * as repo from '../finance.repo.ts';
import {
  DEFAULT_RAG_THRESHOLDS,
  alliancePlan,
  type AreaYearCosts,
  type AreaYearFigures,
  type BasisInUse,
  type ModelBasis,
  type RagThresholds,
} from './savings-model.domain.ts';
import {
  areaSavingsLines,
  basisGaps,
  type BasisGap,
  forceYearLines,
  yearSavingsLines,
  type AreaSavingsLine,
  type ForceYearLine,
  type YearSavingsLine,
} from './savings-trajectory.domain.ts';

export interface FinanceDeps {
  readonly db: Db;
  readonly clock: Clock;
}

export interface AllianceFinanceHeader {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly target: { readonly amount: Pence; readonly year: FinancialYear } | null;
}

/** Everything the finance pages, the API and the spreadsheet export show, computed from stored facts. */
export interface SavingsModel {
  readonly alliance: AllianceFinanceHeader;
  readonly parties: readonly Party[];
  readonly areas: readonly repo.AreaName[];
  readonly years: readonly FinancialYear[];
  readonly currentYear: FinancialYear;
  readonly thresholds: RagThresholds;
  readonly thresholdsAreDefault: boolean;
  readonly bases: readonly repo.StoredBasis[];
  readonly figures: readonly AreaYearFigures[];
  readonly areaLines: readonly AreaSavingsLine[];
  readonly yearLines: readonly YearSavingsLine[];
  readonly forceLines: readonly ForceYearLine[];
  /** Years with areas that have costs but no governing basis: shown as a warning wherever the model is. */
  readonly basisGaps: readonly BasisGap[];
}

/** Groups the stored rows into one input per area and year. */
export function costInputs(stored: Awaited<ReturnType<typeof repo.costsOf>>): AreaYearCosts[] {
  type Entry = { costs: Omit<AreaYearCosts, 'baselines'>; baselines: Map<string, Pence> };
  // Keyed by area, then year: no key strings to build for each of the many baseline rows.
  const byArea = new Map<string, Map<number, Entry>>();
  const entry = (businessAreaId: string, financialYear: FinancialYear): Entry => {
    let years = byArea.get(businessAreaId);
    if (!years) byArea.set(businessAreaId, (years = new Map()));
    let found = years.get(financialYear);
    if (!found) {
      const costs = { businessAreaId, financialYear, targetCost: null, implementationCost: pence(0) };
      years.set(financialYear, (found = { costs, baselines: new Map() }));
    }
    return found;
  };
  for (const row of stored.areaYears) entry(row.businessAreaId, row.financialYear).costs = row;
  for (const row of stored.baselines) {
    entry(row.businessAreaId, row.financialYear).baselines.set(row.organisationId, row.baseline);
  }
  return [...byArea.values()].flatMap((years) =>
    [...years.values()].map(({ costs, baselines }) => ({ ...costs, baselines })),
  );
}

export function modelBases(stored: readonly repo.StoredBasis[]): ModelBasis[] {
  return stored.map((b) => ({
    id: b.id,
    label: b.label,
    versionNumber: b.versionNumber,
    definition: b.definition,
    businessAreaId: b.businessAreaId,
    effectiveFrom: b.effectiveFrom,
    effectiveTo: b.effectiveTo,
  }));
}

export function createSavingsModelService(deps: FinanceDeps) {
  const { db, clock } = deps;
  const businessAreas = createBusinessAreasService({ db, clock });

  async function header(allianceId: string): Promise<AllianceFinanceHeader> {
    const alliance = await createAlliancesService({ db, clock }).get(allianceId);
    const target =
      alliance.savingsTargetPence !== null && alliance.savingsTargetYear !== null
        ? { amount: pence(alliance.savingsTargetPence), year: alliance.savingsTargetYear as FinancialYear }
        : null;
    return { id: alliance.id, name: alliance.name, shortName: alliance.shortName, target };
  }

  /** The whole alliance's model, or one area's, optionally with a what-if default basis. */
  async function model(
    allianceId: string,
    options: { businessAreaId?: string; defaultOverride?: BasisInUse } = {},
  ): Promise<SavingsModel> {
    const [alliance, members, areas, bases, stored, realised, forecasts, own] = await Promise.all([
      header(allianceId),
      businessAreas.alliance(allianceId),
      repo.areasOf(db, allianceId),
      repo.basesOf(db, allianceId),
      repo.costsOf(db, allianceId, options.businessAreaId),
      repo.realisedOf(db, allianceId, options.businessAreaId),
      repo.forecastsOf(db, allianceId, options.businessAreaId),
      repo.thresholdsOf(db, allianceId),
    ]);
    const parties = members.memberForces;
    const figures = alliancePlan(costInputs(stored), parties, modelBases(bases), options.defaultOverride);
    const thresholds = own ?? DEFAULT_RAG_THRESHOLDS;
    const currentYear = financialYearOf(londonDate(clock.now()));
    const inputs = { figures, realised, forecasts, currentYear, thresholds, target: alliance.target };
    const areaLines = areaSavingsLines(inputs);
    const years = [...new Set([...figures, ...areaLines].map((f) => f.financialYear))].sort((a, b) => a - b);
    return {
      alliance,
      parties,
      areas: options.businessAreaId ? areas.filter((a) => a.id === options.businessAreaId) : areas,
      years,
      currentYear,
      thresholds,
      thresholdsAreDefault: own === undefined,
      bases,
      figures,
      areaLines,
      yearLines: yearSavingsLines(inputs, areaLines),
      forceLines: forceYearLines(figures),
      basisGaps: basisGaps(figures),
    };
  }

  async function areaModel(businessAreaId: string): Promise<SavingsModel> {
    const area = await businessAreas.find(businessAreaId).catch(() => undefined);
    if (!area) throw new NotFoundError('Business area not found');
    return model(area.allianceId, { businessAreaId });
  }

  /**
   * Each force's totals for one year under each of several default bases (undefined: the bases in
   * use), from one read of the alliance's costs: what a what-if compares.
   */
  async function forceTotalsUnder(
    allianceId: string,
    year: FinancialYear,
    overrides: readonly (BasisInUse | undefined)[],
  ): Promise<ForceYearLine[][]> {
    const [members, bases, stored] = await Promise.all([
      businessAreas.alliance(allianceId),
      repo.basesOf(db, allianceId),
      repo.costsOf(db, allianceId),
    ]);
    const costs = costInputs(stored).filter((c) => c.financialYear === year);
    const versions = modelBases(bases);
    return overrides.map((override) =>
      forceYearLines(alliancePlan(costs, members.memberForces, versions, override)),
    );
  }

  return { model, areaModel, header, forceTotalsUnder };
}

export type SavingsModelService = ReturnType<typeof createSavingsModelService>;
