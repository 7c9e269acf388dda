import type { FinancialYear } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';
import type { Claim } from './apportion.domain.ts';

/**
 * How an alliance shares what its combined teams cost. The bases seen in police collaborations
 * (DOMAIN.md section 4): a fixed ratio (Warwickshire 31% / West Mercia 69%), in proportion to each
 * force's net revenue budget ("in proportion to the size of each force"), to population, to a
 * demand measure, or a weighted mix of these.
 */
export const SIMPLE_BASIS_KINDS = ['fixed', 'budget', 'population', 'demand'] as const;
export const BASIS_KINDS = [...SIMPLE_BASIS_KINDS, 'weighted'] as const;
export type SimpleBasisKind = (typeof SIMPLE_BASIS_KINDS)[number];
export type BasisKind = (typeof BASIS_KINDS)[number];

export const BASIS_KIND_LABELS: Record<BasisKind, string> = {
  fixed: 'Fixed percentages',
  budget: 'In proportion to net revenue budget',
  population: 'In proportion to population',
  demand: 'In proportion to a demand measure',
  weighted: 'A weighted mix',
};

/**
 * One force's figure under a basis: basis points (hundredths of a per cent) for fixed shares,
 * pence of budget, people, or units of demand. Budgets and populations are copied into the basis
 * when it is made, so a later change to a force's budget never rewrites a basis already in use.
 */
export interface Factor {
  readonly organisationId: string;
  readonly value: number;
}

export type SimpleBasis =
  | { readonly kind: 'fixed'; readonly factors: readonly Factor[] }
  | { readonly kind: 'budget'; readonly financialYear: FinancialYear; readonly factors: readonly Factor[] }
  | { readonly kind: 'population'; readonly factors: readonly Factor[] }
  | { readonly kind: 'demand'; readonly measure: string; readonly factors: readonly Factor[] };

export interface WeightedComponent {
  /** Basis points: the components' weights add up to 10,000 (100%). */
  readonly weight: number;
  readonly basis: SimpleBasis;
}

export type BasisDefinition =
  SimpleBasis | { readonly kind: 'weighted'; readonly components: readonly WeightedComponent[] };

export const WHOLE = 10_000; // basis points in 100%

export interface Party {
  readonly organisationId: string;
  readonly name: string;
}

/** A party's exact share: numerator over the basis's common denominator. */
export interface ExactShare {
  readonly organisationId: string;
  readonly numerator: bigint;
}

function factorProblems(basis: SimpleBasis, parties: readonly Party[], field: string): FieldError[] {
  const problems: FieldError[] = [];
  const known = new Set(parties.map((p) => p.organisationId));
  const given = new Map(basis.factors.map((f) => [f.organisationId, f.value]));
  for (const factor of basis.factors) {
    if (!known.has(factor.organisationId)) {
      problems.push({ field, message: 'The basis names a force that is not a member of this alliance' });
    }
  }
  if (new Set(basis.factors.map((f) => f.organisationId)).size !== basis.factors.length) {
    problems.push({ field, message: 'The basis names a force more than once' });
  }
  for (const party of parties) {
    const value = given.get(party.organisationId);
    const partyField = `${field}.${party.organisationId}`;
    if (value === undefined) problems.push({ field: partyField, message: missingMessage(basis, party) });
    else if (value < 0) {
      problems.push({ field: partyField, message: `The figure for ${party.name} must not be negative` });
    } else if (!Number.isSafeInteger(value)) {
      problems.push({ field: partyField, message: wholeNumberMessage(basis, party) });
    }
  }
  return problems;
}

function wholeNumberMessage(basis: SimpleBasis, party: Party): string {
  return basis.kind === 'fixed'
    ? `The percentage for ${party.name} can have at most 2 decimal places`
    : `The figure for ${party.name} must be a whole number`;
}

function missingMessage(basis: SimpleBasis, party: Party): string {
  switch (basis.kind) {
    case 'fixed':
      return `Enter a percentage for ${party.name}`;
    case 'budget':
      return `${party.name} has no net revenue budget for the chosen year`;
    case 'population':
      return `${party.name} has no population recorded`;
    case 'demand':
      return `Enter the ${basis.measure || 'demand'} figure for ${party.name}`;
  }
}

function simpleProblems(basis: SimpleBasis, parties: readonly Party[], field: string): FieldError[] {
  const problems = factorProblems(basis, parties, field);
  if (problems.length > 0) return problems;
  const total = basis.factors.reduce((sum, f) => sum + f.value, 0);
  if (basis.kind === 'fixed' && total !== WHOLE) {
    const percent = (total / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 });
    return [{ field, message: `The percentages must add up to 100; they add up to ${percent}` }];
  }
  if (total === 0) return [{ field, message: 'At least one force must have a figure above zero' }];
  if (basis.kind === 'demand' && !basis.measure.trim()) {
    return [{ field: `${field}.measure`, message: 'Enter what the demand measure counts, like incidents' }];
  }
  return [];
}

/** Problems with a definition for these parties (the alliance's forces), in the user's words. */
export function basisProblems(definition: BasisDefinition, parties: readonly Party[]): FieldError[] {
  if (parties.length === 0) {
    return [{ field: 'kind', message: 'The alliance has no police forces to share costs between' }];
  }
  if (definition.kind !== 'weighted') return simpleProblems(definition, parties, 'factors');
  if (definition.components.length < 2) {
    return [{ field: 'components', message: 'A weighted mix needs at least two parts' }];
  }
  const problems = definition.components.flatMap((component, index) => [
    ...(Number.isSafeInteger(component.weight) && component.weight > 0
      ? []
      : [
          {
            field: `components.${index}.weight`,
            message: `The weight of part ${index + 1} must be above zero`,
          },
        ]),
    ...simpleProblems(component.basis, parties, `components.${index}`),
  ]);
  const weights = definition.components.reduce((sum, c) => sum + c.weight, 0);
  if (problems.length === 0 && weights !== WHOLE) {
    const percent = (weights / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 });
    problems.push({
      field: 'components',
      message: `The weights must add up to 100; they add up to ${percent}`,
    });
  }
  return problems;
}

function simpleShares(basis: SimpleBasis, parties: readonly Party[]): { shares: bigint[]; total: bigint } {
  const values = new Map(basis.factors.map((f) => [f.organisationId, BigInt(f.value)]));
  const shares = parties.map((p) => values.get(p.organisationId) ?? 0n);
  return { shares, total: shares.reduce((sum, v) => sum + v, 0n) };
}

/**
 * Exact shares as whole numerators over one common denominator. A weighted mix multiplies each
 * part's figures by the other parts' totals, so no share is ever rounded before an amount is split.
 */
export function exactShares(
  definition: BasisDefinition,
  parties: readonly Party[],
): { shares: ExactShare[]; denominator: bigint } {
  const components =
    definition.kind === 'weighted' ? definition.components : [{ weight: WHOLE, basis: definition }];
  // A part none of these parties has a figure in (its forces have all left) can share nothing.
  const parts = components
    .map((c) => ({ weight: BigInt(c.weight), ...simpleShares(c.basis, parties) }))
    .filter((part) => part.total > 0n);
  const product = parts.reduce((acc, part) => acc * part.total, 1n);
  const numerators = parties.map((_party, index) =>
    parts.reduce((sum, part) => sum + part.weight * (part.shares[index] ?? 0n) * (product / part.total), 0n),
  );
  const denominator = numerators.reduce((sum, n) => sum + n, 0n);
  return {
    shares: parties.map((p, index) => ({
      organisationId: p.organisationId,
      numerator: numerators[index] ?? 0n,
    })),
    denominator,
  };
}

/** The claims that apportion() splits an amount by; ties go by force name. */
export function claimsOf(definition: BasisDefinition, parties: readonly Party[]): Claim[] {
  const names = new Map(parties.map((p) => [p.organisationId, p.name]));
  return exactShares(definition, parties).shares.map((share) => ({
    partyId: share.organisationId,
    tieKey: names.get(share.organisationId) ?? share.organisationId,
    weight: share.numerator,
  }));
}

/** A share as a percentage to four decimal places (72.2222), for display only: never used to split money. */
export function percentOf(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) return 0;
  return Number((numerator * 1_000_000n + denominator / 2n) / denominator) / 10_000;
}

export {
  adoptionPlan,
  basisForYear,
  dayAfter,
  dayBefore,
  effectiveDateProblems,
  type AdoptionPlan,
  type BasisVersion,
} from './basis-versions.domain.ts';

/**
 * What a person asks for. Budgets and populations are looked up when the basis is made and
 * copied into it; percentages and demand figures are typed in.
 */
export type SimpleBasisInput =
  | { readonly kind: 'fixed'; readonly factors: readonly Factor[] }
  | { readonly kind: 'budget'; readonly financialYear: FinancialYear }
  | { readonly kind: 'population' }
  | { readonly kind: 'demand'; readonly measure: string; readonly factors: readonly Factor[] };

export type BasisInput =
  | SimpleBasisInput
  | {
      readonly kind: 'weighted';
      readonly components: readonly { readonly weight: number; readonly basis: SimpleBasisInput }[];
    };

/** The figures a basis needs from the forces' records. */
export interface PartyFacts {
  readonly budgets: (year: FinancialYear) => ReadonlyMap<string, number>;
  readonly populations: ReadonlyMap<string, number>;
}

function resolveSimple(input: SimpleBasisInput, parties: readonly Party[], facts: PartyFacts): SimpleBasis {
  const fromMap = (values: ReadonlyMap<string, number>): Factor[] =>
    parties.flatMap((p) => {
      const value = values.get(p.organisationId);
      return value === undefined ? [] : [{ organisationId: p.organisationId, value }];
    });
  switch (input.kind) {
    case 'budget':
      return { ...input, factors: fromMap(facts.budgets(input.financialYear)) };
    case 'population':
      return { ...input, factors: fromMap(facts.populations) };
    default:
      return input;
  }
}

/** The definition to store: every figure it splits by, written into it. */
export function resolveBasis(
  input: BasisInput,
  parties: readonly Party[],
  facts: PartyFacts,
): BasisDefinition {
  if (input.kind !== 'weighted') return resolveSimple(input, parties, facts);
  return {
    kind: 'weighted',
    components: input.components.map((c) => ({
      weight: c.weight,
      basis: resolveSimple(c.basis, parties, facts),
    })),
  };
}

/** The budget years a basis input needs looked up. */
export function budgetYearsOf(input: BasisInput): FinancialYear[] {
  const simple = input.kind === 'weighted' ? input.components.map((c) => c.basis) : [input];
  return [...new Set(simple.flatMap((b) => (b.kind === 'budget' ? [b.financialYear] : [])))];
}

/** A short description of a definition: "In proportion to net revenue budget (2015/16)". */
export function describeBasis(definition: BasisDefinition | SimpleBasisInput | BasisInput): string {
  switch (definition.kind) {
    case 'budget':
      return `${BASIS_KIND_LABELS.budget} (${definition.financialYear}/${String((definition.financialYear + 1) % 100).padStart(2, '0')})`;
    case 'demand':
      return `In proportion to ${definition.measure}`;
    case 'weighted':
      return definition.components
        .map(
          (c) =>
            `${(c.weight / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}% ${describeBasis(c.basis).charAt(0).toLowerCase()}${describeBasis(c.basis).slice(1)}`,
        )
        .join(', ');
    default:
      return BASIS_KIND_LABELS[definition.kind];
  }
}
