import type { Db } from '../platform/db/database.ts';
import type { ChangeContext } from '../platform/context.ts';
import { fixedClock } from '../platform/clock.ts';
import type { FinancialYear, IsoDate } from '../platform/dates.ts';
import { pence, type Pence } from '../platform/money.ts';
import { createBusinessAreasService } from '../modules/business-areas/portfolio/business-areas.service.ts';
import { NO_FILTERS } from '../modules/business-areas/portfolio/business-areas.domain.ts';
import { createCostSharingService } from '../modules/finance/cost-sharing/cost-sharing.service.ts';
import { createFinanceRecordsService } from '../modules/finance/savings/finance-records.service.ts';
import type { AreaYearRow, BaselineRow } from '../modules/finance/finance.repo.ts';
import { DEMO_AREAS, DEMO_MILESTONES, type DemoArea } from './demo-business-areas.data.ts';
import { DEMO_FINANCE as F } from './demo-finance.data.ts';
import type { DemoOrganisationIds } from './demo-organisations.ts';

const DC = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';

type Plan = { area: DemoArea; id: string; fullSaving: number; years: FinancialYear[] };

const percentOf = (amount: number, percent: number) => Math.round((amount * percent) / 100);

function savingPercent(area: DemoArea): number {
  const overrides: Record<string, number> = F.savingPercent.overrides;
  return overrides[area.name] ?? F.savingPercent.default;
}

/** The saving planned for an area in a year: none before it combines, half in its first year. */
function plannedSaving(plan: Plan, year: number): number {
  const from = F.combinedFrom[plan.area.stage];
  if (year < from) return 0;
  return year === from ? percentOf(plan.fullSaving, F.firstYearSavingPercentOfFull) : plan.fullSaving;
}

function costRows(plans: readonly Plan[], forceId: (name: string) => string) {
  const areaYears: AreaYearRow[] = [];
  const baselines: BaselineRow[] = [];
  for (const plan of plans) {
    const total = plan.area.budgetThousands * 100_000;
    const dc = Math.round((total * plan.area.dcShare) / 100);
    const from = F.combinedFrom[plan.area.stage];
    for (const year of plan.years) {
      baselines.push(
        { businessAreaId: plan.id, organisationId: forceId(DC), financialYear: year, baseline: pence(dc) },
        {
          businessAreaId: plan.id,
          organisationId: forceId(DORSET),
          financialYear: year,
          baseline: pence(total - dc),
        },
      );
      const combined = year >= from;
      areaYears.push({
        businessAreaId: plan.id,
        financialYear: year,
        targetCost: combined ? pence(total - plannedSaving(plan, year)) : null,
        implementationCost: pence(year === from ? percentOf(total, F.implementationPercent) : 0),
      });
    }
  }
  return { areaYears, baselines };
}

/**
 * The demo alliance's money: the cost-sharing basis the forces agreed, each area's baselines and
 * combined costs from 2014/15 to 2019/20, what was realised in 2015/16, forecasts, benefits that
 * are not cash, and reinvestment in emerging threats. Dated as it happened, through the services.
 */
export async function loadDemoFinance(
  db: Db,
  context: ChangeContext,
  organisations: DemoOrganisationIds,
  allianceId: string,
): Promise<void> {
  const clock = fixedClock(`${DEMO_MILESTONES.positionAsAt}T09:00:00Z`);
  const at = (date: string, action: string): ChangeContext => ({
    ...context,
    action,
    now: new Date(`${date}T11:00:00Z`),
  });
  const forceId = (name: string) => organisations.get(name) ?? '';
  const services = {
    bases: createCostSharingService({ db, clock }),
    records: createFinanceRecordsService({ db, clock }),
  };
  await services.bases.addVersion(at(F.basis.adoptedOn, 'finance.basis_adopted'), allianceId, {
    label: F.basis.label,
    input: { kind: 'budget', financialYear: F.basis.budgetYear as FinancialYear },
    effectiveFrom: F.basis.effectiveFrom as IsoDate,
    reason: F.basis.reason,
  });
  const portfolio = await createBusinessAreasService({ db, clock }).portfolio(allianceId, NO_FILTERS);
  const idOf = new Map(portfolio.all.map((a) => [a.name, a.id]));
  const years = Array.from(
    { length: F.lastYear - F.firstYear + 1 },
    (_, i) => (F.firstYear + i) as FinancialYear,
  );
  const plans = DEMO_AREAS.map((area) => ({
    area,
    id: idOf.get(area.name) ?? '',
    fullSaving: percentOf(area.budgetThousands * 100_000, savingPercent(area)),
    years,
  }));
  await loadAreaBases(services.bases, at, allianceId, idOf, forceId);
  await services.records.saveCosts(
    at(F.basis.adoptedOn, 'finance.imported'),
    allianceId,
    costRows(plans, forceId),
    'Loaded the baselines and combined costs of the business areas, 2014/15 to 2019/20',
  );
  await loadDelivery(services.records, at, plans);
  await loadBenefits(services.records, at, allianceId, idOf);
}

async function loadAreaBases(
  bases: ReturnType<typeof createCostSharingService>,
  at: (date: string, action: string) => ChangeContext,
  allianceId: string,
  idOf: ReadonlyMap<string, string>,
  forceId: (name: string) => string,
) {
  for (const basis of F.areaBases) {
    await bases.addVersion(at(basis.adoptedOn, 'finance.basis_adopted'), allianceId, {
      businessAreaId: idOf.get(basis.area),
      label: basis.label,
      input: {
        kind: 'fixed',
        factors: Object.entries(basis.percentages).map(([name, percent]) => ({
          organisationId: forceId(name),
          value: percent * 100,
        })),
      },
      effectiveFrom: basis.effectiveFrom as IsoDate,
      reason: basis.reason,
    });
  }
}

/** 2015/16 realised for the areas already combined; forecasts for the two years to the target. */
async function loadDelivery(
  records: ReturnType<typeof createFinanceRecordsService>,
  at: (date: string, action: string) => ChangeContext,
  plans: readonly Plan[],
) {
  for (const plan of plans) {
    const delivery = F.deliveryPercentOfPlan[plan.area.confidence];
    const realised = percentOf(plannedSaving(plan, 2015), delivery);
    if (realised > 0) await recordRealised(records, at, plan, realised);
    for (const year of [2016, 2017] as FinancialYear[]) {
      const planned = plannedSaving(plan, year);
      if (planned === 0 || delivery === 100) continue;
      await records.setForecast(at(F.forecastsMadeOn, 'finance.forecast_set'), plan.id, {
        financialYear: year,
        amount: pence(percentOf(planned, delivery)),
        note: delivery > 100 ? 'Ahead of plan' : 'Behind plan: see the delivery confidence commentary',
      });
    }
  }
}

async function recordRealised(
  records: ReturnType<typeof createFinanceRecordsService>,
  at: (date: string, action: string) => ChangeContext,
  plan: Plan,
  realised: number,
) {
  const nonCashable = percentOf(realised, F.nonCashablePercent[plan.area.name] ?? 0);
  const parts: [number, boolean, string][] = [
    [realised - nonCashable, true, 'Combined team budget for 2015/16 against the two forces’ baselines'],
    [nonCashable, false, 'Officer time released, from duty rosters'],
  ];
  for (const [amount, cashable, evidence] of parts) {
    if (amount <= 0) continue;
    await records.recordActual(at(F.actualsRecordedOn, 'finance.actual_recorded'), plan.id, {
      financialYear: 2015 as FinancialYear,
      recordedOn: F.actualsRecordedOn as IsoDate,
      amount: pence(amount) as Pence,
      cashable,
      evidence,
      owner: F.owner(plan.area.name),
    });
  }
}

async function loadBenefits(
  records: ReturnType<typeof createFinanceRecordsService>,
  at: (date: string, action: string) => ChangeContext,
  allianceId: string,
  idOf: ReadonlyMap<string, string>,
) {
  for (const { area, dueOn, ...benefit } of F.benefits) {
    await records.addBenefit(at(F.forecastsMadeOn, 'finance.benefit_added'), allianceId, {
      ...benefit,
      businessAreaId: idOf.get(area) ?? null,
      dueOn: dueOn as IsoDate,
    });
  }
  for (const reinvestment of F.reinvestments) {
    await records.addReinvestment(at(reinvestment.decidedOn, 'finance.reinvestment_added'), allianceId, {
      businessAreaId: null,
      financialYear: reinvestment.financialYear as FinancialYear,
      amount: pence(reinvestment.pounds * 100),
      purpose: reinvestment.purpose,
      decidedOn: reinvestment.decidedOn as IsoDate,
    });
  }
}
