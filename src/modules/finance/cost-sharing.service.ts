import type { Db } from '../../platform/db/database.ts';
import type { ChangeContext } from '../../platform/context.ts';
import {
  financialYearOf,
  formatDate,
  londonDate,
  type FinancialYear,
  type IsoDate,
} from '../../platform/dates.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../platform/errors.ts';
import { financeYearProblems } from './finance-records.domain.ts';
import type { Pence } from '../../platform/money.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createBusinessAreasService } from '../business-areas/business-areas.service.ts';
import { budgetsForYear, getOrganisationsByIds } from '../organisations/organisations.service.ts';
import { apportion, TIE_RULE } from './apportion.domain.ts';
import {
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
import * as repo from './finance.repo.ts';
import type { FinanceDeps } from './savings-model.service.ts';

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

export function createCostSharingService(deps: FinanceDeps) {
  const { db, clock } = deps;

  async function partiesOf(tx: Db, allianceId: string): Promise<Party[]> {
    const alliance = await createBusinessAreasService({ db: tx, clock }).alliance(allianceId);
    return [...alliance.memberForces];
  }

  async function checkArea(tx: Db, allianceId: string, businessAreaId: string | undefined) {
    if (!businessAreaId) return undefined;
    const area = await createBusinessAreasService({ db: tx, clock }).find(businessAreaId);
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
   * follows on the day before it starts.
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
      const dateProblems = effectiveDateProblems(existing, basis.effectiveFrom, basis.effectiveTo ?? null);
      const details = detailProblems(basis, financialYearOf(londonDate(clock.now())));
      const all = [...details, ...problems, ...dateProblems];
      if (all.length > 0) throw new ValidationError(all);
      const replaced = existing.find((v) => v.effectiveTo === null && v.effectiveFrom < basis.effectiveFrom);
      if (replaced) await repo.closeBasis(tx, replaced.id, dayBefore(basis.effectiveFrom));
      const stored = {
        id: crypto.randomUUID(),
        allianceId,
        businessAreaId: scope,
        versionNumber: Math.max(0, ...existing.map((v) => v.versionNumber)) + 1,
        label: basis.label,
        kind: definition.kind,
        definition,
        effectiveFrom: basis.effectiveFrom,
        effectiveTo: basis.effectiveTo ?? null,
        reason: basis.reason ?? null,
      };
      await repo.insertBasis(tx, stored, context.now);
      const after = { ...stored, createdAt: context.now, shares: sharesOf(definition, parties) };
      const scopeName = area ? `${area.name}'s own` : 'the alliance';
      await recordAudit(tx, context, {
        entityType: area ? 'business_area' : 'alliance',
        entityId: area?.id ?? allianceId,
        summary: `Adopted version ${stored.versionNumber} of ${scopeName} cost-sharing basis, "${basis.label}", from ${formatDate(basis.effectiveFrom)}`,
        before: replaced ?? null,
        after,
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
