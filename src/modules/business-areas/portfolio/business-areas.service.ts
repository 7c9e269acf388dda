import { createChangeCache } from '../../../platform/db/change-cache.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { londonDate, type IsoDate } from '../../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { formatMoney, pence } from '../../../platform/money.ts';
import { changeCounter, recordAudit } from '../../audit/index.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import * as repo from './business-areas.repo.ts';
import {
  CONFIDENCE_LABELS,
  INITIAL_STAGE,
  areaProblems,
  baselineProblems,
  baselineTotals,
  confidenceProblems,
  matchesFilters,
  storedExclusionReason,
  type AreaDetails,
  type Baseline,
  type BaselineTotals,
  type BusinessArea,
  type ConfidenceAssessment,
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

const DUPLICATE_NAME = 'The alliance already has a business area with this name';

function conflict(name: string): ConflictError {
  return new ConflictError(
    `${name} was changed by someone else while you were editing. Your changes have not been saved.`,
  );
}

/** Two people adding the same name at once: the second meets the unique index, which is still a bad name. */
function duplicateNameOr(error: unknown): unknown {
  const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return code === '23505' ? new ValidationError([{ field: 'name', message: DUPLICATE_NAME }]) : error;
}

function storedValues(details: AreaDetails): repo.AreaValues {
  return {
    name: details.name,
    functionGroup: details.functionGroup,
    inScope: details.inScope,
    exclusionReason: storedExclusionReason(details),
    hostOrganisationId: details.hostOrganisationId?.toLowerCase() ?? null,
    seniorResponsibleOfficer: details.seniorResponsibleOfficer ?? null,
    leadName: details.leadName ?? null,
    description: details.description ?? null,
  };
}

function fail(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

function nameOf(forces: readonly MemberForce[], id: string | null): string | null {
  return forces.find((force) => force.organisationId === id)?.name ?? null;
}

export function createBusinessAreasService(deps: BusinessAreasDeps) {
  const { db, clock } = deps;
  const alliances = createAlliancesService(deps);

  async function allianceOf(tx: Db, allianceId: string): Promise<AllianceOfArea> {
    const alliance = await alliances.get(allianceId);
    const memberForces = alliance.members
      .filter((member) => member.kind === 'police_force')
      .map(({ organisationId, name }) => ({ organisationId, name }));
    return { id: alliance.id, name: alliance.name, shortName: alliance.shortName, memberForces };
  }

  async function loadOrFail(tx: Db, id: string): Promise<BusinessArea> {
    const area = await repo.findArea(tx, id);
    if (!area) throw new NotFoundError('Business area not found');
    return area;
  }

  async function view(tx: Db, id: string): Promise<AreaView> {
    const area = await loadOrFail(tx, id);
    const alliance = await allianceOf(tx, area.allianceId);
    const stored = await repo.baselinesOf(tx, id);
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

  async function checkDetails(tx: Db, alliance: AllianceOfArea, details: AreaDetails, exceptId?: string) {
    const existing = await repo.findAreaIdByName(tx, alliance.id, details.name);
    fail([
      ...(existing && existing !== exceptId ? [{ field: 'name', message: DUPLICATE_NAME }] : []),
      ...areaProblems(details, alliance.memberForces),
    ]);
  }

  async function create(
    context: ChangeContext,
    allianceId: string,
    details: AreaDetails,
  ): Promise<BusinessArea> {
    const id = crypto.randomUUID();
    try {
      return await db.transaction(async (tx) => {
        const alliance = await allianceOf(tx, allianceId);
        await checkDetails(tx, alliance, details);
        await repo.insertArea(tx, {
          ...storedValues(details),
          id,
          allianceId,
          stage: INITIAL_STAGE,
          now: context.now,
        });
        const after = await loadOrFail(tx, id);
        await recordAudit(tx, context, {
          entityType: 'business_area',
          entityId: id,
          summary: `Added business area ${after.name} to ${alliance.name}`,
          after,
        });
        return after;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  async function update(
    context: ChangeContext,
    id: string,
    details: AreaDetails & { version: number },
  ): Promise<BusinessArea> {
    try {
      return await db.transaction(async (tx) => {
        const before = await loadOrFail(tx, id);
        if (before.version !== details.version) throw conflict(before.name);
        await checkDetails(tx, await allianceOf(tx, before.allianceId), details, id);
        if (!(await repo.updateArea(tx, id, details.version, storedValues(details), context.now)))
          throw conflict(before.name);
        const after = await loadOrFail(tx, id);
        await recordAudit(tx, context, {
          entityType: 'business_area',
          entityId: id,
          summary: `Changed business area ${after.name}`,
          before,
          after,
        });
        return after;
      });
    } catch (error) {
      throw duplicateNameOr(error);
    }
  }

  /** The baselines are part of the area's record: saving them moves its version on. */
  async function setBaselines(
    context: ChangeContext,
    id: string,
    input: { version: number; baselines: readonly Baseline[] },
  ): Promise<AreaView> {
    return db.transaction(async (tx) => {
      const before = await view(tx, id);
      if (before.area.version !== input.version) throw conflict(before.area.name);
      fail(baselineProblems(input.baselines, before.alliance.memberForces));
      await repo.replaceBaselines(tx, id, input.baselines);
      if (!(await repo.updateArea(tx, id, input.version, {}, context.now))) throw conflict(before.area.name);
      const after = await view(tx, id);
      const { budgetPence, officers, staff } = after.totals;
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: id,
        summary: `Set the baselines of ${after.area.name}: ${formatMoney(budgetPence)}, ${officers} officers and ${staff} staff`,
        before: { version: before.area.version, baselines: before.baselines.filter((b) => b.recorded) },
        after: { version: after.area.version, baselines: after.baselines.filter((b) => b.recorded) },
      });
      return after;
    });
  }

  async function assessConfidence(
    context: ChangeContext,
    id: string,
    input: ConfidenceAssessment & { version: number },
  ): Promise<BusinessArea> {
    fail(confidenceProblems(input, londonDate(context.now)));
    return db.transaction(async (tx) => {
      const before = await loadOrFail(tx, id);
      if (before.version !== input.version) throw conflict(before.name);
      const values = {
        confidence: input.confidence,
        confidenceCommentary: input.commentary.trim(),
        confidenceAssessedOn: input.assessedOn,
      };
      if (!(await repo.updateArea(tx, id, input.version, values, context.now))) throw conflict(before.name);
      const after = await loadOrFail(tx, id);
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: id,
        summary: `Assessed the delivery confidence of ${after.name} as ${CONFIDENCE_LABELS[input.confidence]}`,
        before,
        after,
      });
      return after;
    });
  }

  // An alliance and all its areas with their totals (a few MB for 5,000), kept until the next
  // change anywhere: read far more often than changed, and filtering kept rows costs no query.
  const unfiltered = createChangeCache<Omit<Portfolio, 'shown' | 'totals'>>(() => changeCounter(db), {
    maxEntries: 20,
  });

  async function portfolio(allianceId: string, filters: PortfolioFilters): Promise<Portfolio> {
    const { alliance, all } = await unfiltered.get(allianceId, async () => {
      const [alliance, rows] = await Promise.all([
        allianceOf(db, allianceId),
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
    get: (id: string): Promise<AreaView> => view(db, id),
    find: (id: string): Promise<BusinessArea> => loadOrFail(db, id),
    alliance: (allianceId: string): Promise<AllianceOfArea> => allianceOf(db, allianceId),
    portfolio,
    defaultAllianceId,
    create,
    update,
    setBaselines,
    assessConfidence,
    today: (): IsoDate => londonDate(clock.now()),
  };
}

export type BusinessAreasService = ReturnType<typeof createBusinessAreasService>;
