import { formatFinancialYear } from '../../platform/dates.ts';
import { pence, type Pence } from '../../platform/money.ts';

export interface ForceFigures {
  readonly id: string;
  readonly name: string;
  readonly population: number | null;
  readonly budgets: readonly { financialYear: number; netRevenueBudgetPence: number }[];
}

export interface AllianceNumbersInput {
  readonly forces: readonly ForceFigures[];
  readonly savingsTargetPence: number | null;
  readonly savingsTargetYear: number | null;
  /** The combined budget of the business areas in the alliance's remit, once business areas exist. */
  readonly remitBudgetPence: number | null;
}

export interface ForceLine {
  readonly id: string;
  readonly name: string;
  /** For the year reported, or null where the force has no budget recorded for it. */
  readonly budgetPence: Pence | null;
  readonly population: number | null;
}

export interface AllianceNumbers {
  /** The latest year in which every force has a budget; otherwise the latest year any force has one. */
  readonly financialYear: number | null;
  /** Null unless every force has a budget for financialYear: a partial sum would mislead. */
  readonly combinedBudgetPence: Pence | null;
  /** The latest year any force has a budget for, which is newer than financialYear when some lack it. */
  readonly latestBudgetYear: number | null;
  /** Forces with no budget for latestBudgetYear (all forces when none has any budget). */
  readonly forcesWithoutBudget: readonly { id: string; name: string }[];
  /** Null unless every force's population is known. */
  readonly populationServed: number | null;
  readonly forcesWithoutPopulation: readonly { id: string; name: string }[];
  readonly savingsTargetPence: Pence | null;
  readonly savingsTargetYear: number | null;
  readonly remitBudgetPence: Pence | null;
  readonly forces: readonly ForceLine[];
}

function budgetFor(force: ForceFigures, year: number): number | undefined {
  return force.budgets.find((budget) => budget.financialYear === year)?.netRevenueBudgetPence;
}

/** The latest year in which every force has a budget, if there is one. */
export function latestCommonYear(forces: readonly ForceFigures[]): number | undefined {
  if (forces.length === 0) return undefined;
  const [first, ...rest] = forces.map((force) => new Set(force.budgets.map((b) => b.financialYear)));
  const common = [...(first ?? [])].filter((year) => rest.every((years) => years.has(year)));
  return common.length === 0 ? undefined : Math.max(...common);
}

export function latestAnyYear(forces: readonly ForceFigures[]): number | undefined {
  const years = forces.flatMap((force) => force.budgets.map((b) => b.financialYear));
  return years.length === 0 ? undefined : Math.max(...years);
}

function sumOrNull(values: readonly (number | null | undefined)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null || value === undefined)) return null;
  return (values as number[]).reduce((total, value) => total + value, 0);
}

const nameOf = (force: ForceFigures) => ({ id: force.id, name: force.name });

export function allianceNumbers(input: AllianceNumbersInput): AllianceNumbers {
  const { forces } = input;
  const commonYear = latestCommonYear(forces);
  const latestYear = latestAnyYear(forces);
  const year = commonYear ?? latestYear;
  const lines: ForceLine[] = forces.map((force) => {
    const budget = year === undefined ? undefined : budgetFor(force, year);
    return {
      id: force.id,
      name: force.name,
      budgetPence: budget === undefined ? null : pence(budget),
      population: force.population,
    };
  });
  const combined = commonYear === undefined ? null : sumOrNull(lines.map((line) => line.budgetPence));
  const population = sumOrNull(forces.map((force) => force.population));
  return {
    financialYear: year ?? null,
    combinedBudgetPence: combined === null ? null : pence(combined),
    latestBudgetYear: latestYear ?? null,
    forcesWithoutBudget: forces
      .filter((force) => latestYear === undefined || budgetFor(force, latestYear) === undefined)
      .map(nameOf),
    populationServed: population,
    forcesWithoutPopulation: forces.filter((force) => force.population === null).map(nameOf),
    savingsTargetPence: input.savingsTargetPence === null ? null : pence(input.savingsTargetPence),
    savingsTargetYear: input.savingsTargetYear,
    remitBudgetPence: input.remitBudgetPence === null ? null : pence(input.remitBudgetPence),
    forces: lines,
  };
}

/** Plain-English warnings where figures are missing, so a partial sum is never taken for the whole. */
export function numbersWarnings(numbers: AllianceNumbers): string[] {
  if (numbers.forces.length === 0) {
    return ['This alliance has no police forces, so there are no budgets or population to add up.'];
  }
  const missingBudget = listInWords(numbers.forcesWithoutBudget.map((force) => force.name));
  const warnings: string[] = [];
  if (numbers.financialYear === null) {
    warnings.push(`The combined budget cannot be shown: no budget is recorded for ${missingBudget}.`);
  } else if (numbers.combinedBudgetPence === null) {
    const year = formatFinancialYear(numbers.financialYear);
    warnings.push(
      `The combined budget cannot be shown: ${missingBudget} ` +
        `${numbers.forcesWithoutBudget.length === 1 ? 'has' : 'have'} no budget recorded for ${year}.`,
    );
  } else if (numbers.forcesWithoutBudget.length > 0 && numbers.latestBudgetYear !== null) {
    const latest = formatFinancialYear(numbers.latestBudgetYear);
    warnings.push(
      `Budgets for ${latest} are not yet recorded for ${missingBudget}, so the budgets shown are for ` +
        `${formatFinancialYear(numbers.financialYear)}.`,
    );
  }
  if (numbers.populationServed === null) {
    const missing = listInWords(numbers.forcesWithoutPopulation.map((force) => force.name));
    warnings.push(`The population served cannot be shown: no population is recorded for ${missing}.`);
  }
  return warnings;
}

/** Headline form of a head count: "2.43 million", "750,000". */
// Made once: building an Intl.NumberFormat costs far more than formatting with one.
const twoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const wholePeople = new Intl.NumberFormat('en-GB');

export function formatPeopleShort(people: number): string {
  if (Math.abs(people) >= 1_000_000) return `${twoDecimals.format(people / 1_000_000)} million`;
  return wholePeople.format(people);
}

/** "Devon & Cornwall Police", "A and B", "A, B and C". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
