import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { createTestDatabase } from '../platform/testing/test-database.ts';
import { createAlliancesService } from '../modules/alliances/alliances.service.ts';
import { createBusinessAreasService } from '../modules/business-areas/portfolio/business-areas.service.ts';
import { createPipelineService } from '../modules/business-areas/pipeline/pipeline.service.ts';
import type { CaseState } from '../modules/business-areas/pipeline/pipeline.state.ts';
import { loadDemoAlliance } from './demo-alliance.ts';
import { DEMO_ALLIANCE_NAME } from './demo-business-areas.ts';

describe('the demo business cases, replayed through the pipeline', () => {
  let database: Database;
  let cases: CaseState[];
  const clock = fixedClock('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    const context = { actor: SYSTEM_ACTOR, requestId: 'demo', action: 'demo.loaded', now: clock.now() };
    await database.db.transaction((tx) => loadDemoAlliance(tx, context));
    const alliances = await createAlliancesService({ db: database.db, clock }).list();
    const allianceId = alliances.find((a) => a.name === DEMO_ALLIANCE_NAME)?.id ?? '';
    const { all: areas } = await createBusinessAreasService({ db: database.db, clock }).portfolio(
      allianceId,
      {
        stages: [],
        hosts: [],
        confidences: [],
        scopes: [],
      },
    );
    const pipeline = createPipelineService({ db: database.db, clock });
    cases = [];
    for (const area of areas) cases.push(await pipeline.caseState(area.id));
  });
  afterAll(() => database.close());

  it('leaves the cases at the executive board waiting for the Dorset PCC alone', () => {
    const waiting = cases.filter((state) => state.area.stage === 'executive_board_decision');
    expect(waiting.length).toBeGreaterThan(0);
    for (const state of waiting) {
      expect(state.gates.executive_decision.message).toBe(
        'Waiting for: Police and Crime Commissioner for Dorset',
      );
    }
  });

  it('has every case in its first submission, with no approval given for an earlier one', () => {
    expect(cases.every((state) => state.area.submission === 1)).toBe(true);
    expect(cases.flatMap((state) => state.soleDecisions).some((d) => d.forEarlierSubmission)).toBe(false);
    const approved = cases.filter((state) => state.gates.executive_decision.status === 'approved');
    expect(approved).toHaveLength(22);
  });
});
