import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { createTestDatabase } from '../platform/testing/test-database.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { createAgreementsService } from '../modules/agreements/index.ts';
import { publishedAgreements } from '../modules/agreements/public/publication.ts';
import { loadDemoAlliance } from './demo-alliance.ts';

describe('demo agreements', () => {
  let database: Database;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    const context = { actor: SYSTEM_ACTOR, requestId: 'demo', action: 'demo.loaded', now: clock.now() };
    await database.db.transaction((tx) => loadDemoAlliance(tx, context));
  });
  afterAll(() => database.close());

  it('has the overarching agreement and one agreement per approved area, all signed by the four soles', async () => {
    const service = createAgreementsService({ db: database.db, clock });
    const { rows } = await service.register({ asAt: '2016-06-01', offset: 0, limit: 100 });
    expect(rows).toHaveLength(23);
    expect(rows[0]).toMatchObject({ kind: 'overarching', versionNumber: 2 });
    const overarching = await service.get(rows[0]?.id ?? '');
    expect(overarching.state).toBe('varied');
    expect(overarching.versions.map((v) => v.effectiveTo)).toEqual(['2016-03-31', null]);
    expect(overarching.versions.every((v) => v.signatures.length === 4)).toBe(true);
    const delegated = await service.get(rows[3]?.id ?? '');
    expect(delegated.versions[0]?.signatures.some((s) => s.signedAs === 'delegate')).toBe(true);
    expect(delegated.versions[0]?.exitContributionMonths).toBe(24);
    expect(
      (await service.register({ asAt: '2015-06-01', offset: 0, limit: 100 })).rows[0]?.versionNumber,
    ).toBe(1);
  });

  it('publishes them, and keeps the audit chain whole', async () => {
    expect(await publishedAgreements(database.db, '2026-11-23')).toHaveLength(23);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true });
  });
});
