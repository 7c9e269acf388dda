import type { Db } from '../../../platform/db/database.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import {
  financialYearOf,
  formatDate,
  londonDate,
  type FinancialYear,
  type IsoDate,
} from '../../../platform/dates.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { financeYearProblems } from '../savings/finance-records.domain.ts';
import type { Pence } from '../../../platform/money.ts';
import { recordAudit } from '../../audit/index.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import { budgetsForYear, getOrganisationsByIds } from '../../organisations/index.ts';
import { apportion, TIE_RULE } from './apportion.domain.ts';
import {
  adoptionPlan,
  basisProblems,
  budgetYearsOf,
  claimsOf,
  dayBefore,
  effectiveDateProblems,
  exactShares,
  percentOf,
  resolveBasis,
  type BasisDefinition,
  type BasisInput,
  type Party,
} from './cost-sharing.domain.ts';
import * as repo from '../finance.repo.ts';
import type { FinanceDeps } from '../savings/savings-model.service.ts';

export interface NewBasis {
  readonly businessAreaId?: string | undefined;
  readonly label: string;
  readonly input: BasisInput;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate | undefined;
  readonly reason?: string | undefined;
}

export interface PartyShare {
  readonly organisationId: string;
  readonly name: string;
  readonly sharePercent: number;
}

export interface BasisWithShares extends repo.StoredBasis {
  readonly shares: readonly PartyShare[];
}

export function sharesOf(definition: BasisDefinition, parties: readonly Party[]): PartyShare[] {
  const { shares, denominator } = exactShares(definition, parties);
  return parties.map((p, i) => ({
    organisationId: p.organisationId,
    name: p.name,
    sharePercent: percentOf(shares[i]?.numerator ?? 0n, denominator),
  }));
}

/** Looks up the budgets and populations a basis input names, and writes them into it. */
export async function resolveInput(tx: Db, input: BasisInput, parties: readonly Party[]) {
  const ids = parties.map((p) => p.organisationId);
  const budgetYears = budgetYearsOf(input);
  const budgets = new Map<number, Map<string, number>>();
  for (const year of budgetYears) {
    const rows = await budgetsForYear(tx, ids, year);
    budgets.set(year, new Map(rows.map((r) => [r.organisationId, r.netRevenueBudgetPence])));
  }
  const organisations = input.kind === 'fixed' ? [] : await getOrganisationsByIds(tx, ids);
  const populations = new Map(
    organisations.flatMap((o) => (o.population === null ? [] : [[o.id, o.population] as const])),
  );
  const definition = resolveBasis(input, parties, {
    budgets: (year: FinancialYear) => budgets.get(year) ?? new Map(),
    populations,
  });
  const problems = basisProblems(definition, parties);
  return { definition, problems };
}

/** What a version says about itself: a name, a reason of reasonable length, budget years that exist. */
function detailProblems(basis: NewBasis, currentYear: FinancialYear): FieldError[] {
  const label = basis.label.trim();
  const problems: FieldError[] = [];
  if (!label) problems.push({ field: 'label', message: 'Enter a name for the basis' });
  else if (label.length > 200)
    problems.push({ field: 'label', message: 'The name must be 200 characters or fewer' });
  if ((basis.reason?.length ?? 0) > 2000) {
    problems.push({ field: 'reason', message: 'The reason must be 2000 characters or fewer' });
  }
  return [
    ...problems,
    ...budgetYearsOf(basis.input).flatMap((year) => financeYearProblems(year, currentYear, 'financialYear')),
  ];
}

type NewVersion = Omit<repo.StoredBasis, 'createdAt'>;

/** The open-ended version again, from the day after the version that interrupted it ends. */
function resumedCopy(
  resumes: { version: repo.StoredBasis; from: IsoDate },
  interrupting: NewVersion,
): NewVersion {
  const { version } = resumes;
  return {
    id: crypto.randomUUID(),
    allianceId: version.allianceId,
    businessAreaId: version.businessAreaId,
    versionNumber: interrupting.versionNumber + 1,
    label: version.label,
    kind: version.kind,
    definition: version.definition,
    effectiveFrom: resumes.from,
    effectiveTo: null,
    reason: `Resumes version ${version.versionNumber} after version ${interrupting.versionNumber}, which ends on ${formatDate(interrupting.effectiveTo ?? resumes.from)}`,
    resumesVersionNumber: version.versionNumber,
  };
}

function adoptionSummary(scopeName: string, stored: NewVersion, resumed: NewVersion | undefined): string {
  const adopted = `Adopted version ${stored.versionNumber} of ${scopeName} cost-sharing basis, "${stored.label}", from ${formatDate(stored.effectiveFrom)}`;
  if (!resumed) return adopted;
  return `${adopted} to ${formatDate(stored.effectiveTo ?? resumed.effectiveFrom)}; version ${resumed.versionNumber} resumes version ${resumed.resumesVersionNumber ?? ''}, "${resumed.label}", from ${formatDate(resumed.effectiveFrom)}`;
}

export function createCostSharingService(deps: FinanceDeps) {
  const { db, clock } = deps;
  const businessAreas = createBusinessAreasService(deps);

  async function partiesOf(tx: Db, allianceId: string): Promise<Party[]> {
    const alliance = await businessAreas.alliance(allianceId);
    return [...alliance.memberForces];
  }

  async function checkArea(tx: Db, allianceId: string, businessAreaId: string | undefined) {
    if (!businessAreaId) return undefined;
    const area = await businessAreas.find(businessAreaId);
    if (area.allianceId !== allianceId) throw new NotFoundError('Business area not found in this alliance');
    return area;
  }

  async function history(allianceId: string): Promise<{ parties: Party[]; versions: BasisWithShares[] }> {
    const parties = await partiesOf(db, allianceId);
    const versions = await repo.basesOf(db, allianceId);
    return { parties, versions: versions.map((v) => ({ ...v, shares: sharesOf(v.definition, parties) })) };
  }

  /**
   * Adds a version. It never changes an earlier one, except to close the open-ended version it
   * follows on the day before it starts; a version that ends inside that one is followed by a copy
   * of it (same figures, next number) that resumes the day after, so no year loses its basis.
   */
  async function addVersion(
    context: ChangeContext,
    allianceId: string,
    basis: NewBasis,
  ): Promise<BasisWithShares> {
    return db.transaction(async (tx) => {
      const parties = await partiesOf(tx, allianceId);
      const area = await checkArea(tx, allianceId, basis.businessAreaId);
      const scope = area?.id ?? null;
      await repo.lockScope(tx, allianceId, scope);
      const existing = (await repo.basesOf(tx, allianceId)).filter((v) => v.businessAreaId === scope);
      const { definition, problems } = await resolveInput(tx, basis.input, parties);
      const to = basis.effectiveTo ?? null;
      const dateProblems = effectiveDateProblems(existing, basis.effectiveFrom, to);
      const details = detailProblems(basis, financialYearOf(londonDate(clock.now())));
      const all = [...details, ...problems, ...dateProblems];
      if (all.length > 0) throw new ValidationError(all);
      const plan = adoptionPlan(existing, basis.effectiveFrom, to);
      if (plan.closes) await repo.closeBasis(tx, plan.closes.id, dayBefore(basis.effectiveFrom));
      const stored = {
        id: crypto.randomUUID(),
        allianceId,
        businessAreaId: scope,
        versionNumber: Math.max(0, ...existing.map((v) => v.versionNumber)) + 1,
        label: basis.label,
        kind: definition.kind,
        definition,
        effectiveFrom: basis.effectiveFrom,
        effectiveTo: to,
        reason: basis.reason ?? null,
        resumesVersionNumber: null,
      };
      await repo.insertBasis(tx, stored, context.now);
      const resumed = plan.resumes && resumedCopy(plan.resumes, stored);
      if (resumed) await repo.insertBasis(tx, resumed, context.now);
      const after = { ...stored, createdAt: context.now, shares: sharesOf(definition, parties) };
      await recordAudit(tx, context, {
        entityType: area ? 'business_area' : 'alliance',
        entityId: area?.id ?? allianceId,
        summary: adoptionSummary(area ? `${area.name}'s own` : 'the alliance', stored, resumed),
        before: plan.closes ?? null,
        after: { ...after, resumed: resumed ?? null },
      });
      return after;
    });
  }

  /** Splits an amount by a stored version, to the penny. */
  async function apportionBy(basisId: string, amount: Pence) {
    const basis = await repo.findBasis(db, basisId);
    if (!basis) throw new NotFoundError('Cost-sharing basis not found');
    const parties = await partiesOf(db, basis.allianceId);
    const portions = apportion(amount, claimsOf(basis.definition, parties));
    const shares = sharesOf(basis.definition, parties);
    return {
      basis: { ...basis, shares },
      amount,
      tieRule: TIE_RULE,
      portions: portions.map((p, i) => ({
        ...p,
        name: shares[i]?.name ?? '',
        sharePercent: shares[i]?.sharePercent ?? 0,
      })),
    };
  }

  return { history, addVersion, apportionBy, parties: (allianceId: string) => partiesOf(db, allianceId) };
}

export type CostSharingService = ReturnType<typeof createCostSharingService>;
