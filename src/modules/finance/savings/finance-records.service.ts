import type { Db } from '../../../platform/db/database.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import {
  financialYearOf,
  formatFinancialYear,
  londonDate,
  type FinancialYear,
  type IsoDate,
} from '../../../platform/dates.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../../platform/errors.ts';
import { isUuid } from '../../../platform/ids.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import { formatMoney, type Pence } from '../../../platform/money.ts';
import { recordAudit } from '../../audit/index.ts';
import { createBusinessAreasService } from '../../business-areas/index.ts';
import {
  actualProblems,
  areaYearAmountProblems,
  bulkAmountProblems,
  benefitProblems,
  financeYearProblems,
  forecastProblems,
  reinvestmentProblems,
} from './finance-records.domain.ts';
import * as records from './finance-records.repo.ts';
import * as repo from '../finance.repo.ts';
import { DEFAULT_RAG_THRESHOLDS, thresholdProblems, type RagThresholds } from './savings-model.domain.ts';
import { createSavingsModelService, type FinanceDeps } from './savings-model.service.ts';

export interface AreaYearInput {
  readonly financialYear: FinancialYear;
  readonly targetCost: Pence | null;
  readonly implementationCost: Pence;
  readonly baselines: readonly { readonly organisationId: string; readonly amount: Pence }[];
}

export interface ActualInput {
  readonly financialYear: FinancialYear;
  readonly recordedOn: IsoDate;
  readonly amount: Pence;
  readonly cashable: boolean;
  readonly evidence: string;
  readonly owner: string;
}

export type BenefitInput = Omit<records.Benefit, 'id' | 'allianceId'>;
export type ReinvestmentInput = Omit<records.Reinvestment, 'id' | 'allianceId'>;

/** A missing area is a normal answer here; any other failure is not. */
function notFound(error: unknown): { area: undefined } {
  if (error instanceof NotFoundError) return { area: undefined };
  throw error;
}

function refuseIf(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

export function createFinanceRecordsService(deps: FinanceDeps) {
  const { db, clock } = deps;
  const businessAreas = createBusinessAreasService(deps);
  const alliances = createAlliancesService(deps);
  const currentYear = () => financialYearOf(londonDate(clock.now()));

  async function areaOf(tx: Db, businessAreaId: string) {
    const areas = businessAreas;
    const area = await areas.find(businessAreaId);
    return { area, alliance: await areas.alliance(area.allianceId) };
  }

  async function checkAreaInAlliance(tx: Db, allianceId: string, businessAreaId: string | null) {
    if (!isUuid(allianceId)) throw new NotFoundError('Alliance not found');
    await alliances.get(allianceId);
    if (businessAreaId === null) return;
    const area = isUuid(businessAreaId) ? (await areaOf(tx, businessAreaId).catch(notFound)).area : undefined;
    if (area?.allianceId !== allianceId) {
      throw new ValidationError([
        { field: 'businessAreaId', message: 'Select a business area of this alliance' },
      ]);
    }
  }

  /** One area's costs for one year: the combined team's cost and each force's baseline. */
  async function setAreaYear(context: ChangeContext, businessAreaId: string, input: AreaYearInput) {
    return db.transaction(async (tx) => {
      const { area, alliance } = await areaOf(tx, businessAreaId);
      const known = new Set(alliance.memberForces.map((f) => f.organisationId));
      const problems = [
        ...financeYearProblems(input.financialYear, currentYear()),
        ...areaYearAmountProblems(input),
        ...input.baselines
          .filter((b) => !known.has(b.organisationId))
          .map(() => ({
            field: 'baselines',
            message: 'A baseline names a force that is not a member of this alliance',
          })),
      ];
      refuseIf(problems);
      const before = await repo.costsOf(tx, area.allianceId, businessAreaId);
      const year = input.financialYear;
      await repo.upsertCosts(
        tx,
        [
          {
            businessAreaId,
            financialYear: year,
            targetCost: input.targetCost,
            implementationCost: input.implementationCost,
          },
        ],
        input.baselines.map((b) => ({
          businessAreaId,
          organisationId: b.organisationId,
          financialYear: year,
          baseline: b.amount,
        })),
      );
      const after = await repo.costsOf(tx, area.allianceId, businessAreaId);
      const inYear = <T extends { financialYear: number }>(rows: readonly T[]) =>
        rows.filter((r) => r.financialYear === year);
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: businessAreaId,
        summary: `Changed the ${formatFinancialYear(year)} costs of ${area.name}`,
        before: { areaYears: inYear(before.areaYears), baselines: inYear(before.baselines) },
        after: { areaYears: inYear(after.areaYears), baselines: inYear(after.baselines) },
      });
    });
  }

  /**
   * Many areas' costs at once, in one transaction with one audit event: what an import or the
   * demo saves. Every row is checked before anything is written.
   */
  async function saveCosts(
    context: ChangeContext,
    allianceId: string,
    costs: { areaYears: readonly repo.AreaYearRow[]; baselines: readonly repo.BaselineRow[] },
    summary: string,
  ) {
    return db.transaction(async (tx) => {
      const areas = new Set((await repo.areasOf(tx, allianceId)).map((a) => a.id));
      const alliance = await businessAreas.alliance(allianceId);
      const forces = new Set(alliance.memberForces.map((f) => f.organisationId));
      const rows = [...costs.areaYears, ...costs.baselines];
      const problems = [
        ...rows
          .filter((r) => !areas.has(r.businessAreaId))
          .slice(0, 1)
          .map(() => ({
            field: 'businessAreaId',
            message: 'A row names a business area that is not in this alliance',
          })),
        ...costs.baselines
          .filter((b) => !forces.has(b.organisationId))
          .slice(0, 1)
          .map(() => ({
            field: 'organisationId',
            message: 'A baseline names a force that is not a member of this alliance',
          })),
        ...[...new Set(rows.map((r) => r.financialYear))].flatMap((year) =>
          financeYearProblems(year, currentYear()),
        ),
        ...bulkAmountProblems(costs),
      ];
      refuseIf(problems);
      await repo.upsertCosts(tx, costs.areaYears, costs.baselines);
      const after = { areaYears: costs.areaYears.length, baselines: costs.baselines.length };
      await recordAudit(tx, context, { entityType: 'alliance', entityId: allianceId, summary, after });
      return after;
    });
  }

  async function recordActual(context: ChangeContext, businessAreaId: string, input: ActualInput) {
    refuseIf(actualProblems(input, londonDate(clock.now())));
    return db.transaction(async (tx) => {
      const { area } = await areaOf(tx, businessAreaId);
      const actual = { id: crypto.randomUUID(), businessAreaId, ...input };
      await records.insertActual(tx, actual, context.now);
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: businessAreaId,
        summary: `Recorded a ${input.cashable ? 'cashable' : 'non-cashable'} saving of ${formatMoney(input.amount)} for ${area.name} in ${formatFinancialYear(input.financialYear)}`,
        after: actual,
      });
      return actual;
    });
  }

  async function setForecast(
    context: ChangeContext,
    businessAreaId: string,
    input: { financialYear: FinancialYear; amount: Pence; note: string | null },
  ) {
    const now = currentYear();
    const problems = [...financeYearProblems(input.financialYear, now), ...forecastProblems(input)];
    if (input.financialYear < now) {
      problems.push({
        field: 'financialYear',
        message: 'That year has ended: record what was realised instead',
      });
    }
    refuseIf(problems);
    return db.transaction(async (tx) => {
      const { area } = await areaOf(tx, businessAreaId);
      await records.upsertForecast(tx, { businessAreaId, ...input }, context.now);
      await recordAudit(tx, context, {
        entityType: 'business_area',
        entityId: businessAreaId,
        summary: `Forecast a saving of ${formatMoney(input.amount)} for ${area.name} in ${formatFinancialYear(input.financialYear)}`,
        after: input,
      });
    });
  }

  async function addBenefit(context: ChangeContext, allianceId: string, input: BenefitInput) {
    refuseIf(benefitProblems(input));
    return db.transaction(async (tx) => {
      await checkAreaInAlliance(tx, allianceId, input.businessAreaId);
      const benefit = { id: crypto.randomUUID(), allianceId, ...input };
      await records.insertBenefit(tx, benefit, context.now);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: allianceId,
        summary: `Added the benefit "${input.title}", measured by ${input.measure}`,
        after: benefit,
      });
      return benefit;
    });
  }

  async function addReinvestment(context: ChangeContext, allianceId: string, input: ReinvestmentInput) {
    refuseIf(reinvestmentProblems(input, londonDate(clock.now())));
    return db.transaction(async (tx) => {
      await checkAreaInAlliance(tx, allianceId, input.businessAreaId);
      const reinvestment = { id: crypto.randomUUID(), allianceId, ...input };
      await records.insertReinvestment(tx, reinvestment, context.now);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: allianceId,
        summary: `Reinvested ${formatMoney(input.amount)} in ${formatFinancialYear(input.financialYear)}: ${input.purpose}`,
        after: reinvestment,
      });
      return reinvestment;
    });
  }

  async function setThresholds(context: ChangeContext, allianceId: string, thresholds: RagThresholds) {
    refuseIf(thresholdProblems(thresholds));
    return db.transaction(async (tx) => {
      await checkAreaInAlliance(tx, allianceId, null);
      const before = (await repo.thresholdsOf(tx, allianceId)) ?? null;
      await records.saveThresholds(tx, allianceId, thresholds);
      await recordAudit(tx, context, {
        entityType: 'alliance',
        entityId: allianceId,
        summary: `Savings turn amber below ${thresholds.amberBelowPercent}% of plan and red below ${thresholds.redBelowPercent}%`,
        before,
        after: thresholds,
      });
    });
  }

  /** The alliance's RAG tolerance without computing its whole savings model. */
  async function thresholds(allianceId: string) {
    const alliance = await createSavingsModelService(deps).header(allianceId);
    const own = await repo.thresholdsOf(db, allianceId);
    return { alliance, thresholds: own ?? DEFAULT_RAG_THRESHOLDS, thresholdsAreDefault: own === undefined };
  }

  return {
    thresholds,
    setAreaYear,
    saveCosts,
    recordActual,
    setForecast,
    addBenefit,
    addReinvestment,
    setThresholds,
    actuals: (allianceId: string, businessAreaId?: string) =>
      records.actualsOf(db, allianceId, businessAreaId),
    benefits: (allianceId: string, businessAreaId?: string) =>
      records.benefitsOf(db, allianceId, businessAreaId),
    reinvestments: (allianceId: string) => records.reinvestmentsOf(db, allianceId),
    currentYear,
  };
}

export type FinanceRecordsService = ReturnType<typeof createFinanceRecordsService>;
