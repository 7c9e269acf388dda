import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { createTestDatabase } from '../platform/testing/test-database.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import {
  createSavingsModelService,
  type SavingsModel,
} from '../modules/finance/savings/savings-model.service.ts';
import { createCostSharingService } from '../modules/finance/cost-sharing/cost-sharing.service.ts';
import { createFinanceRecordsService } from '../modules/finance/savings/finance-records.service.ts';
import { loadDemoAlliance } from './demo-alliance.ts';
import { DEMO_ALLIANCE_NAME } from './demo-business-areas.ts';

const POUNDS = 100;

describe('demo finance', () => {
  let database: Database;
  let allianceId: string;
  let model: SavingsModel;
  const clock = fixedClock('2026-11-23T10:00:00Z');
  const year = (y: number) => model.yearLines.find((l) => l.financialYear === y);

  beforeAll(async () => {
    database = await createTestDatabase();
    const context = { actor: SYSTEM_ACTOR, requestId: 'demo', action: 'demo.loaded', now: clock.now() };
    await database.db.transaction((tx) => loadDemoAlliance(tx, context));
    const alliances = await createAlliancesService({ db: database.db, clock }).list();
    allianceId = alliances.find((a) => a.name === DEMO_ALLIANCE_NAME)?.id ?? '';
    model = await createSavingsModelService({ db: database.db, clock }).model(allianceId);
  });
  afterAll(() => database.close());

  it('shares costs in proportion to the size of each force: about 72:28 from budgets of £286m and £110m', async () => {
    const { versions } = await createCostSharingService({ db: database.db, clock }).history(allianceId);
    const alliance = versions.filter((v) => v.businessAreaId === null);
    expect(alliance).toHaveLength(1);
    expect(alliance[0]).toMatchObject({
      versionNumber: 1,
      kind: 'budget',
      effectiveFrom: '2015-04-01',
      effectiveTo: null,
    });
    expect(alliance[0]?.shares.map((s) => [s.name, s.sharePercent])).toEqual([
      ['Devon & Cornwall Police', 72.2222],
      ['Dorset Police', 27.7778],
    ]);
    expect(versions.filter((v) => v.businessAreaId !== null).map((v) => v.label)).toEqual([
      'Marine section: the split of its baselines',
    ]);
  });

  it('holds £145m of baselines in every year, split between the two forces', () => {
    for (const y of model.years) {
      const baseline = model.forceLines
        .filter((l) => l.financialYear === y)
        .reduce((sum, l) => sum + l.baseline, 0);
      expect(baseline).toBe(145_000_000 * POUNDS);
    }
    expect(model.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
  });

  it('plans savings exceeding £12m a year by 2017/18, the target year, with the forecast still meeting the target', () => {
    expect(model.alliance.target).toEqual({ amount: 12_000_000 * POUNDS, year: 2017 });
    const target = year(2017);
    expect(target?.planned).toBeGreaterThan(12_000_000 * POUNDS);
    expect(target?.forecast).toBeGreaterThanOrEqual(12_000_000 * POUNDS);
    expect(target?.forecast).toBeLessThan(target?.planned ?? 0);
    expect(target?.targetRag).toBe('green');
    expect(year(2014)?.planned).toBe(0);
  });

  it('has areas ahead of plan and behind it, so each RAG status appears', () => {
    const rags = new Set(model.areaLines.filter((l) => l.financialYear === 2017).map((l) => l.rag));
    expect(rags).toEqual(new Set(['green', 'amber', 'red']));
  });

  it('records realised savings for 2015/16 before March 2016, cashable and not', async () => {
    const actuals = await createFinanceRecordsService({ db: database.db, clock }).actuals(allianceId);
    expect(actuals.length).toBeGreaterThanOrEqual(7);
    expect(actuals.every((a) => a.financialYear === 2015 && a.recordedOn < '2016-03-15')).toBe(true);
    expect(actuals.some((a) => !a.cashable)).toBe(true);
    expect(year(2015)?.realised).toBe(actuals.reduce((sum, a) => sum + a.amount, 0));
  });

  it('splits every combined team’s cost between the forces to the penny, naming the basis version', () => {
    const combined = model.figures.filter((f) => f.combined);
    expect(combined.length).toBeGreaterThan(0);
    for (const figures of combined) {
      expect(figures.forces.reduce((sum, f) => sum + f.contribution, 0)).toBe(figures.targetCost);
      expect(figures.basis?.versionNumber).toBe(1);
    }
  });

  it('keeps the audit chain whole', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true });
  });
});
