/** The demo alliance on a fresh database, and row counts, for the finance service tests. */
import { count, sql } from 'drizzle-orm';
import { fixedClock } from '../../platform/clock.ts';
import type { ChangeContext } from '../../platform/context.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';
import { loadDemoAlliance } from '../../demo/demo-alliance.ts';
import { createAlliancesService } from '../alliances/index.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { createBusinessAreasService, NO_FILTERS } from '../business-areas/index.ts';
import {
  costSharingBases,
  financeAreaYears,
  financeBaselines,
  financeBenefits,
  financeReinvestments,
  financeScenarios,
  financeSettings,
  savingsActuals,
  savingsForecasts,
} from './finance.tables.ts';

export interface DemoFinance {
  readonly database: Database;
  readonly db: Db;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly allianceId: string;
  /** The South West five forces: an alliance of five forces with no finance of its own. */
  readonly southWestId: string;
  readonly forceId: (name: string) => string;
  readonly areaId: (name: string) => string;
  /** A change made by a test, audited under `action`. */
  readonly context: (action?: string) => ChangeContext;
}

/** The position date of the demo: the 2015/16 financial year, before its last fortnight. */
export const DEMO_NOW = '2016-03-15T10:00:00Z';

export async function setUpDemoFinance(): Promise<DemoFinance> {
  const database = await createTestDatabase();
  const clock = fixedClock(DEMO_NOW);
  const context = (action = 'finance.test'): ChangeContext => ({
    actor: { userId: null, label: 'Test' },
    requestId: 'test',
    action,
    now: clock.now(),
  });
  await database.db.transaction((tx) => loadDemoAlliance(tx, context('demo.loaded')));
  const alliances = createAlliancesService({ db: database.db, clock });
  const list = await alliances.list();
  const allianceId = list.find((a) => a.name === 'Devon & Cornwall and Dorset strategic alliance')?.id ?? '';
  const southWestId = list.find((a) => a.name === 'South West five-force collaboration')?.id ?? '';
  const members = [...(await alliances.get(southWestId)).members];
  const portfolio = await createBusinessAreasService({ db: database.db, clock }).portfolio(
    allianceId,
    NO_FILTERS,
  );
  const lookUp = (pairs: readonly (readonly [string, string])[], what: string) => {
    const map = new Map(pairs);
    return (name: string) => {
      const id = map.get(name);
      if (!id) throw new Error(`The demo has no ${what} called ${name}`);
      return id;
    };
  };
  return {
    database,
    db: database.db,
    clock,
    allianceId,
    southWestId,
    forceId: lookUp(
      members.map((m) => [m.name, m.organisationId] as const),
      'force',
    ),
    areaId: lookUp(
      portfolio.all.map((a) => [a.name, a.id] as const),
      'business area',
    ),
    context,
  };
}

const FINANCE_TABLES = {
  bases: costSharingBases,
  areaYears: financeAreaYears,
  baselines: financeBaselines,
  actuals: savingsActuals,
  forecasts: savingsForecasts,
  benefits: financeBenefits,
  reinvestments: financeReinvestments,
  settings: financeSettings,
  scenarios: financeScenarios,
};

export type FinanceState = Record<keyof typeof FINANCE_TABLES | 'lastAuditSeq', number>;

/** Row counts of every finance table and the last audit event: equal before and after means nothing was saved. */
export async function financeState(db: Db): Promise<FinanceState> {
  const rows = async (table: (typeof FINANCE_TABLES)[keyof typeof FINANCE_TABLES]) =>
    Number((await db.select({ n: count() }).from(table))[0]?.n ?? 0);
  const [latest] = await db
    .select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)` })
    .from(auditEvents);
  return {
    bases: await rows(FINANCE_TABLES.bases),
    areaYears: await rows(FINANCE_TABLES.areaYears),
    baselines: await rows(FINANCE_TABLES.baselines),
    actuals: await rows(FINANCE_TABLES.actuals),
    forecasts: await rows(FINANCE_TABLES.forecasts),
    benefits: await rows(FINANCE_TABLES.benefits),
    reinvestments: await rows(FINANCE_TABLES.reinvestments),
    settings: await rows(FINANCE_TABLES.settings),
    scenarios: await rows(FINANCE_TABLES.scenarios),
    lastAuditSeq: Number(latest?.seq ?? 0),
  };
}

/** The audit events written after `seq`, oldest first. */
export async function auditEventsAfter(db: Db, seq: number) {
  return db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.seq} > ${seq}`)
    .orderBy(auditEvents.seq);
}
