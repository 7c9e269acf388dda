/**
 * The rows of the finance benchmark fixture (bench/generate-finance.ts), built in memory: one
 * alliance of several forces, its business areas, their costs every year, bases and savings.
 */
import type {
  organisationBudgets,
  organisations,
} from '../src/modules/organisations/organisations.tables.ts';
import type { allianceMembers, alliances } from '../src/modules/alliances/alliances.tables.ts';
import type { businessAreas } from '../src/modules/business-areas/business-areas.tables.ts';
import type {
  costSharingBases,
  financeAreaYears,
  financeBaselines,
  savingsActuals,
  savingsForecasts,
} from '../src/modules/finance/finance.tables.ts';
import { randomFrom } from './generate.rows.ts';

export interface FinanceFixtureOptions {
  readonly areas: number;
  readonly forces: number;
  readonly years: number;
  readonly firstYear?: number;
  readonly prefix?: string;
  readonly seed?: number;
}

export type Rows = {
  organisations: (typeof organisations.$inferInsert)[];
  budgets: (typeof organisationBudgets.$inferInsert)[];
  alliances: (typeof alliances.$inferInsert)[];
  members: (typeof allianceMembers.$inferInsert)[];
  areas: (typeof businessAreas.$inferInsert)[];
  bases: (typeof costSharingBases.$inferInsert)[];
  areaYears: (typeof financeAreaYears.$inferInsert)[];
  baselines: (typeof financeBaselines.$inferInsert)[];
  actuals: (typeof savingsActuals.$inferInsert)[];
  forecasts: (typeof savingsForecasts.$inferInsert)[];
};

/** One area in fifty keeps its own fixed split, as the demo's marine section does. */
const OWN_BASIS_EVERY = 50;

/** Everything an area's rows are made from. */
interface Fixture {
  readonly rows: Rows;
  readonly allianceId: string;
  readonly forces: readonly Force[];
  readonly options: Required<FinanceFixtureOptions>;
  readonly currentYear: number;
  readonly random: () => number;
  readonly now: Date;
}

interface Force {
  readonly id: string;
  readonly budget: number;
  readonly population: number;
}

function addForces(rows: Rows, options: Required<FinanceFixtureOptions>, random: () => number, now: Date) {
  return Array.from({ length: options.forces }, (_, i): Force => {
    const force = {
      id: crypto.randomUUID(),
      budget: (80_000_000 + Math.floor(random() * 220_000_000)) * 100,
      population: 500_000 + Math.floor(random() * 1_200_000),
    };
    const name = `${options.prefix} force ${i + 1} Police`;
    rows.organisations.push({
      id: force.id,
      kind: 'police_force',
      name,
      shortName: `${options.prefix} ${i + 1}`,
      population: force.population,
      populationYear: options.firstYear,
      createdAt: now,
      updatedAt: now,
    });
    rows.budgets.push({
      organisationId: force.id,
      financialYear: options.firstYear,
      netRevenueBudgetPence: force.budget,
      source: 'Benchmark generator',
    });
    return force;
  });
}

/** By budget for the first half of the years, then an even mix of budget and population. */
function addAllianceBases(
  rows: Rows,
  allianceId: string,
  forces: readonly Force[],
  options: Required<FinanceFixtureOptions>,
  now: Date,
) {
  const switchYear = options.firstYear + Math.floor(options.years / 2);
  const budget = {
    kind: 'budget' as const,
    financialYear: options.firstYear,
    factors: forces.map((f) => ({ organisationId: f.id, value: f.budget })),
  };
  const population = {
    kind: 'population' as const,
    factors: forces.map((f) => ({ organisationId: f.id, value: f.population })),
  };
  const base = { allianceId, businessAreaId: null, reason: 'Benchmark generator', createdAt: now };
  rows.bases.push(
    {
      ...base,
      id: crypto.randomUUID(),
      versionNumber: 1,
      label: 'By budget',
      kind: 'budget',
      definition: budget,
      effectiveFrom: `${options.firstYear}-04-01`,
      effectiveTo: `${switchYear}-03-31`,
    },
    {
      ...base,
      id: crypto.randomUUID(),
      versionNumber: 2,
      label: 'Half budget, half population',
      kind: 'weighted',
      definition: {
        kind: 'weighted',
        components: [
          { weight: 5000, basis: budget },
          { weight: 5000, basis: population },
        ],
      },
      effectiveFrom: `${switchYear}-04-01`,
      effectiveTo: null,
    },
  );
}

/** Whole basis points for each force, adding up to 100%. */
function fixedSplit(forces: readonly Force[], random: () => number) {
  const raw = forces.map(() => 1 + Math.floor(random() * 100));
  const total = raw.reduce((sum, v) => sum + v, 0);
  const points = raw.map((v) => Math.floor((v * 10_000) / total));
  points[0] = (points[0] ?? 0) + 10_000 - points.reduce((sum, v) => sum + v, 0);
  return {
    kind: 'fixed' as const,
    factors: forces.map((f, i) => ({ organisationId: f.id, value: points[i] ?? 0 })),
  };
}

/** One area: its row, and its own basis if it keeps one. */
function addArea(fixture: Fixture, index: number): string {
  const { rows, allianceId, forces, options, random, now } = fixture;
  const id = crypto.randomUUID();
  rows.areas.push({
    id,
    allianceId,
    name: `${options.prefix} area ${String(index + 1).padStart(5, '0')}`,
    functionGroup: index % 3 === 0 ? 'operational' : 'support',
    inScope: true,
    stage: 'implementation',
    stageChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  if (index % OWN_BASIS_EVERY === 0) {
    rows.bases.push({
      id: crypto.randomUUID(),
      allianceId,
      businessAreaId: id,
      versionNumber: 1,
      label: 'Its own split',
      kind: 'fixed',
      definition: fixedSplit(forces, random),
      effectiveFrom: `${options.firstYear + 1}-04-01`,
      effectiveTo: null,
      reason: 'Benchmark generator',
      createdAt: now,
    });
  }
  return id;
}

/** An area's costs every year: separate teams for one to three years, then combined. */
function addAreaYears(fixture: Fixture, businessAreaId: string): void {
  const { rows, forces, options, random } = fixture;
  const combinedFrom = options.firstYear + 1 + Math.floor(random() * 3);
  const savingPercent = 5 + random() * 10;
  const baselines = forces.map(() => 10_000_000 + Math.floor(random() * 500_000_000));
  const total = baselines.reduce((sum, v) => sum + v, 0);
  for (let year = options.firstYear; year < options.firstYear + options.years; year += 1) {
    const saving = year < combinedFrom ? 0 : Math.round((total * savingPercent) / 100);
    rows.areaYears.push({
      businessAreaId,
      financialYear: year,
      targetCostPence: year < combinedFrom ? null : total - saving,
      implementationCostPence: year === combinedFrom ? Math.round(total / 25) : 0,
    });
    forces.forEach((force, i) =>
      rows.baselines.push({
        businessAreaId,
        organisationId: force.id,
        financialYear: year,
        baselinePence: baselines[i] ?? 0,
      }),
    );
    if (saving > 0) addSavings(fixture, businessAreaId, year, saving);
  }
}

/** What was realised in the years that have ended, and forecasts for this year and next. */
function addSavings(fixture: Fixture, businessAreaId: string, year: number, planned: number): void {
  const { rows, currentYear, random, now } = fixture;
  if (year < currentYear) {
    rows.actuals.push({
      id: crypto.randomUUID(),
      businessAreaId,
      financialYear: year,
      recordedOn: `${year + 1}-03-15`,
      amountPence: Math.round(planned * (0.7 + random() * 0.5)),
      cashable: random() < 0.9,
      evidence: 'Benchmark generator',
      owner: 'Finance business partner',
      createdAt: now,
    });
  } else if (year <= currentYear + 1) {
    rows.forecasts.push({
      businessAreaId,
      financialYear: year,
      amountPence: Math.round(planned * (0.8 + random() * 0.3)),
      note: null,
      updatedAt: now,
    });
  }
}

function addAlliance(
  rows: Rows,
  forces: readonly Force[],
  options: Required<FinanceFixtureOptions>,
  now: Date,
) {
  const id = crypto.randomUUID();
  const formedOn = `${options.firstYear}-03-31`;
  rows.alliances.push({
    id,
    name: `${options.prefix} alliance`,
    shortName: options.prefix,
    status: 'active',
    formedOn,
    savingsTargetPence: 50_000_000_000,
    savingsTargetYear: options.firstYear + 3,
    createdAt: now,
    updatedAt: now,
  });
  for (const force of forces)
    rows.members.push({ allianceId: id, organisationId: force.id, joinedOn: formedOn });
  addAllianceBases(rows, id, forces, options, now);
  return id;
}

/** Every row of the fixture, and the financial year it is "in": earlier years have ended. */
export function buildFinanceRows(asked: FinanceFixtureOptions) {
  const options = { firstYear: 2015, prefix: 'Bench finance', seed: 2018, ...asked };
  const random = randomFrom(options.seed);
  const now = new Date();
  const currentYear = options.firstYear + Math.floor(options.years / 2);
  const rows: Rows = {
    organisations: [],
    budgets: [],
    alliances: [],
    members: [],
    areas: [],
    bases: [],
    areaYears: [],
    baselines: [],
    actuals: [],
    forecasts: [],
  };
  const forces = addForces(rows, options, random, now);
  const allianceId = addAlliance(rows, forces, options, now);
  const fixture = { rows, allianceId, forces, options, currentYear, random, now };
  for (let index = 0; index < options.areas; index += 1) addAreaYears(fixture, addArea(fixture, index));
  return { rows, allianceId, currentYear };
}
