import type { FinancialYear, IsoDate } from '../../../platform/dates.ts';
import { pence, type Pence } from '../../../platform/money.ts';
import { apportion, type Claim } from '../cost-sharing/apportion.domain.ts';
import {
  basisForYear,
  claimsOf,
  exactShares,
  percentOf,
  type BasisDefinition,
  type Party,
} from '../cost-sharing/cost-sharing.domain.ts';

/** The inputs of one business area in one financial year. */
export interface AreaYearCosts {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  /** What the combined team costs to run that year; null while the area is not yet combined. */
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
  /** What each force would spend on the function without the alliance. */
  readonly baselines: ReadonlyMap<string, Pence>;
}

export interface BasisInUse {
  readonly id: string;
  readonly label: string;
  readonly versionNumber: number;
  readonly definition: BasisDefinition;
}

export interface ForceFigures {
  readonly organisationId: string;
  readonly baseline: Pence;
  /** The force's share, as a percentage for display; the money is split exactly from the basis. */
  readonly sharePercent: number;
  readonly contribution: Pence;
  readonly implementationShare: Pence;
  readonly saving: Pence;
}

export interface AreaYearFigures {
  readonly businessAreaId: string;
  readonly financialYear: FinancialYear;
  readonly combined: boolean;
  readonly baseline: Pence;
  readonly targetCost: Pence;
  readonly implementationCost: Pence;
  readonly plannedSaving: Pence;
  readonly basis: { readonly id: string; readonly label: string; readonly versionNumber: number } | null;
  /**
   * The area has costs this year (a combined team's cost or implementation costs) but no
   * cost-sharing basis governs it, or the one that does shares nothing: its costs are not shared
   * and its saving is not counted, so the year's figures must not be trusted as they stand.
   */
  readonly withoutBasis: boolean;
  readonly forces: readonly ForceFigures[];
}

const total = (values: Iterable<number>): Pence => {
  let sum = 0;
  for (const value of values) sum += value;
  return pence(sum);
};

/** What a basis gives each party, worked out once per basis rather than once per area-year. */
export interface BasisSplit {
  readonly claims: readonly Claim[];
  readonly sharePercents: readonly number[];
}

export function basisSplit(definition: BasisDefinition, parties: readonly Party[]): BasisSplit {
  const { shares, denominator } = exactShares(definition, parties);
  return {
    claims: claimsOf(definition, parties),
    sharePercents: shares.map((share) => percentOf(share.numerator, denominator)),
  };
}

/** A split that can share money: a version whose forces have all left shares nothing. */
function usableSplit(basis: BasisInUse | undefined, parties: readonly Party[], split?: BasisSplit) {
  if (!basis) return undefined;
  const known = split ?? basisSplit(basis.definition, parties);
  return known.claims.some((claim) => claim.weight > 0n) ? known : undefined;
}

/**
 * Before the area is combined (no target cost) each force still runs its own team: it pays its
 * own baseline and saves nothing. One-off costs of getting ready are still shared by the basis.
 */
function notCombinedFigures(
  costs: AreaYearCosts,
  parties: readonly Party[],
  basis: BasisInUse | undefined,
  split: BasisSplit | undefined,
): AreaYearFigures {
  const hasCosts = costs.targetCost !== null || costs.implementationCost > 0;
  const baselineOf = (id: string) => costs.baselines.get(id) ?? pence(0);
  const shared = split && basis && costs.implementationCost > 0 ? split : undefined;
  const implementation = shared ? apportion(costs.implementationCost, shared.claims) : [];
  const forces = parties.map((p, index) => ({
    organisationId: p.organisationId,
    baseline: baselineOf(p.organisationId),
    sharePercent: shared?.sharePercents[index] ?? 0,
    contribution: baselineOf(p.organisationId),
    implementationShare: implementation[index]?.amount ?? pence(0),
    saving: pence(0),
  }));
  return {
    businessAreaId: costs.businessAreaId,
    financialYear: costs.financialYear,
    combined: false,
    baseline: total(costs.baselines.values()),
    targetCost: costs.targetCost ?? pence(0),
    implementationCost: costs.implementationCost,
    plannedSaving: pence(0),
    basis: shared && basis ? { id: basis.id, label: basis.label, versionNumber: basis.versionNumber } : null,
    withoutBasis: hasCosts && !split,
    forces,
  };
}

/**
 * One area in one year. Each force contributes its share of the combined team's cost, and saves
 * what it would have spent less what it contributes; the contributions add up to the cost exactly.
 */
export function areaYearFigures(
  costs: AreaYearCosts,
  parties: readonly Party[],
  basis: BasisInUse | undefined,
  knownSplit?: BasisSplit,
): AreaYearFigures {
  const split = usableSplit(basis, parties, knownSplit);
  if (costs.targetCost === null || !basis || !split) return notCombinedFigures(costs, parties, basis, split);
  const baseline = total(costs.baselines.values());
  const targetCost = costs.targetCost;
  const combined = true;
  const baselineOf = (id: string) => costs.baselines.get(id) ?? pence(0);
  const { claims, sharePercents } = split;
  const contributions = apportion(targetCost, claims);
  const implementation = apportion(costs.implementationCost, claims);
  const forces = parties.map((p, index) => {
    const contribution = contributions[index]?.amount ?? pence(0);
    return {
      organisationId: p.organisationId,
      baseline: baselineOf(p.organisationId),
      sharePercent: sharePercents[index] ?? 0,
      contribution,
      implementationShare: implementation[index]?.amount ?? pence(0),
      saving: pence(baselineOf(p.organisationId) - contribution),
    };
  });
  return {
    businessAreaId: costs.businessAreaId,
    financialYear: costs.financialYear,
    combined,
    baseline,
    targetCost,
    implementationCost: costs.implementationCost,
    plannedSaving: pence(baseline - targetCost),
    basis: { id: basis.id, label: basis.label, versionNumber: basis.versionNumber },
    withoutBasis: false,
    forces,
  };
}

export const RAG_STATUSES = ['green', 'amber', 'red'] as const;
export type Rag = (typeof RAG_STATUSES)[number];

/** When a shortfall turns amber or red: percentages of the plan, set per alliance. */
export interface RagThresholds {
  readonly amberBelowPercent: number;
  readonly redBelowPercent: number;
}

/** Green while the forecast meets the plan (within tolerance); amber, then red, as it falls short. */
export function ragOf(forecast: number, planned: number, thresholds: RagThresholds): Rag | null {
  if (planned <= 0) return null;
  // Compare in whole numbers: forecast × 100 against planned × threshold.
  const scaled = BigInt(forecast) * 100n;
  if (scaled >= BigInt(planned) * BigInt(thresholds.amberBelowPercent)) return 'green';
  if (scaled >= BigInt(planned) * BigInt(thresholds.redBelowPercent)) return 'amber';
  return 'red';
}

/**
 * Until an alliance sets its own tolerance: green only when the forecast meets the plan in full,
 * red when it falls more than a tenth short. Each alliance can change these on its finance page.
 */
export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { amberBelowPercent: 100, redBelowPercent: 90 };

export const RAG_LABELS: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** Problems with a pair of thresholds, in the user's words. */
export function thresholdProblems(thresholds: RagThresholds): { field: string; message: string }[] {
  const { amberBelowPercent: amber, redBelowPercent: red } = thresholds;
  const inRange = (v: number) => Number.isInteger(v) && v >= 0 && v <= 200;
  if (!inRange(amber))
    return [{ field: 'amberBelowPercent', message: 'Amber must be a whole percentage from 0 to 200' }];
  if (!inRange(red))
    return [{ field: 'redBelowPercent', message: 'Red must be a whole percentage from 0 to 200' }];
  if (red > amber)
    return [{ field: 'redBelowPercent', message: 'Red must be at or below the amber percentage' }];
  return [];
}

/** A stored basis version as the model uses it. */
export interface ModelBasis extends BasisInUse {
  readonly businessAreaId: string | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
}

/**
 * Every area-year of the alliance with the basis that governs it (see basisForYear). A what-if
 * passes `defaultOverride`: areas that follow the alliance's default use it instead; areas with
 * their own basis keep theirs.
 */
export function alliancePlan(
  costs: readonly AreaYearCosts[],
  parties: readonly Party[],
  bases: readonly ModelBasis[],
  defaultOverride?: BasisInUse,
): AreaYearFigures[] {
  const versions = bases.map((b) => ({
    ...b,
    effectiveFrom: b.effectiveFrom as IsoDate,
    effectiveTo: b.effectiveTo as IsoDate | null,
  }));
  const splits = new Map<BasisInUse, BasisSplit>();
  const splitOf = (basis: BasisInUse) => {
    const known = splits.get(basis);
    if (known) return known;
    const split = basisSplit(basis.definition, parties);
    splits.set(basis, split);
    return split;
  };
  return costs.map((c) => {
    const governing = basisForYear(versions, c.financialYear, c.businessAreaId);
    const basis =
      defaultOverride && (!governing || governing.businessAreaId === null) ? defaultOverride : governing;
    return areaYearFigures(c, parties, basis, basis && splitOf(basis));
  });
}
