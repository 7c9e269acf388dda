import { createChangeCache } from '../../../platform/db/change-cache.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { londonDate, type IsoDate } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { pence } from '../../../platform/money.ts';
import { changeCounter } from '../../audit/index.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import * as repo from './business-areas.repo.ts';
import {
  baselineTotals,
  matchesFilters,
  type Baseline,
  type BaselineTotals,
  type BusinessArea,
  type MemberForce,
  type PortfolioFilters,
} from './business-areas.domain.ts';

export interface BusinessAreasDeps {
  readonly db: Db;
  readonly clock: Clock;
}

export interface AllianceOfArea {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly memberForces: readonly MemberForce[];
}

export interface BaselineRow extends Baseline {
  readonly name: string;
  /** False for a member force whose baseline has not been entered yet. */
  readonly recorded: boolean;
}

export interface AreaView {
  readonly area: BusinessArea;
  readonly alliance: AllianceOfArea;
  readonly hostName: string | null;
  readonly baselines: readonly BaselineRow[];
  readonly totals: BaselineTotals;
}

export interface PortfolioRow extends repo.AreaWithTotals {
  readonly hostName: string | null;
}

export interface Portfolio {
  readonly alliance: AllianceOfArea;
  /** Every area of the alliance, before filtering: the filter's counts come from these. */
  readonly all: readonly PortfolioRow[];
  readonly shown: readonly PortfolioRow[];
  readonly totals: BaselineTotals;
}

function nameOf(forces: readonly MemberForce[], id: string | null): string | null {
  return forces.find((force) => force.organisationId === id)?.name ?? null;
}

/** The alliance an area belongs to, with the member forces that may host it and hold baselines. */
export async function allianceOfArea(db: Db, clock: Clock, allianceId: string): Promise<AllianceOfArea> {
  const alliance = await createAlliancesService({ db, clock }).get(allianceId);
  const memberForces = alliance.members
    .filter((member) => member.kind === 'police_force')
    .map(({ organisationId, name }) => ({ organisationId, name }));
  return { id: alliance.id, name: alliance.name, shortName: alliance.shortName, memberForces };
}

async function loadOrFail(db: Db, id: string): Promise<BusinessArea> {
  const area = await repo.findArea(db, id);
  if (!area) throw new NotFoundError('Business area not found');
  return area;
}

/** An area with a baseline row for every member force, recorded or not yet. */
export async function areaView(db: Db, clock: Clock, id: string): Promise<AreaView> {
  const area = await loadOrFail(db, id);
  const alliance = await allianceOfArea(db, clock, area.allianceId);
  const stored = await repo.baselinesOf(db, id);
  const baselines = alliance.memberForces.map((force): BaselineRow => {
    const row = stored.find((baseline) => baseline.organisationId === force.organisationId);
    return row
      ? { ...row, name: force.name, recorded: true }
      : {
          organisationId: force.organisationId,
          name: force.name,
          budgetPence: pence(0),
          officers: 0,
          staff: 0,
          recorded: false,
        };
  });
  const hostName = nameOf(alliance.memberForces, area.hostOrganisationId);
  return { area, alliance, hostName, baselines, totals: baselineTotals(stored) };
}

/** The portfolio as it is read; its changes are the use cases in `use-cases/`. */
export function createBusinessAreasService(deps: BusinessAreasDeps) {
  const { db, clock } = deps;

  // An alliance and all its areas with their totals (a few MB for 5,000), kept until the next
  // change anywhere: read far more often than changed, and filtering kept rows costs no query.
  const unfiltered = createChangeCache<Omit<Portfolio, 'shown' | 'totals'>>(() => changeCounter(db), {
    maxEntries: 20,
  });

  async function portfolio(allianceId: string, filters: PortfolioFilters): Promise<Portfolio> {
    const { alliance, all } = await unfiltered.get(allianceId, async () => {
      const [alliance, rows] = await Promise.all([
        allianceOfArea(db, clock, allianceId),
        repo.listAreasWithTotals(db, allianceId),
      ]);
      const all = rows.map((row) => ({
        ...row,
        hostName: nameOf(alliance.memberForces, row.hostOrganisationId),
      }));
      return { alliance, all };
    });
    const shown = all.filter((row) => matchesFilters(row, filters));
    return { alliance, all, shown, totals: baselineTotals(shown) };
  }

  /** The alliance a person most likely means when they ask for "the" portfolio: the first active one. */
  async function defaultAllianceId(): Promise<string | undefined> {
    const alliances = await createAlliancesService({ db, clock }).list();
    return (alliances.find((alliance) => alliance.status === 'active') ?? alliances[0])?.id;
  }

  return {
    get: (id: string): Promise<AreaView> => areaView(db, clock, id),
    find: (id: string): Promise<BusinessArea> => loadOrFail(db, id),
    alliance: (allianceId: string): Promise<AllianceOfArea> => allianceOfArea(db, clock, allianceId),
    portfolio,
    defaultAllianceId,
    today: (): IsoDate => londonDate(clock.now()),
  };
}

export type BusinessAreasService = ReturnType<typeof createBusinessAreasService>;
