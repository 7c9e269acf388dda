import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { Clock, fixedClock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { loadDemoOrganisations } from '../../../demo/demo-organisations.ts';
import { loadDemoAlliances } from '../../../demo/demo-alliances.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { createAlliancesService } from '../../alliances/index.ts';
import type { z } from 'zod';
import { runUseCase, type Asker } from '../../../platform/usecase/use-case.ts';
import { addTestArea } from '../portfolio/business-areas.testing.ts';
import { createPipelineService, type PipelineDeps } from './pipeline.service.ts';
import { createPipelineUseCases } from './use-cases/pipeline-use-cases.ts';
import {
  boardDecisions,
  boards,
  businessAreas,
  decisionConditions,
  meetings,
  soleApprovals,
  stageMoves,
} from '../business-areas.tables.ts';
import type { BoardKind } from './pipeline.domain.ts';

export const DEMO_ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';

export function testContext(clock: Clock, action = 'test'): ChangeContext {
  return { actor: { userId: null, label: 'Test' }, requestId: 'test', action, now: clock.now() };
}

/** Each change a minute after the last, so the order of the history is the order of the changes. */
export function minuteByMinute(clock: ReturnType<typeof fixedClock>): (action?: string) => ChangeContext {
  return (action = 'test') => {
    clock.advance(60_000);
    return testContext(clock, action);
  };
}

/**
 * The demo alliance with its four corporation soles (but none of the demo's business areas),
 * its three boards and a meeting of each.
 */
export async function setUpPipelineFixture(db: Db, clock: Clock) {
  const context = testContext(clock, 'demo.loaded');
  await loadDemoAlliances(db, context, await loadDemoOrganisations(db, context));
  const alliances = await createAlliancesService({ db, clock }).list();
  const allianceId = alliances.find((alliance) => alliance.name === DEMO_ALLIANCE)?.id as string;
  const now = clock.now();
  const boardIds = {} as Record<BoardKind, string>;
  const names: Record<BoardKind, string> = {
    programme_team: 'Programme team',
    programme_board: 'Programme board',
    executive_board: 'Alliance executive board',
  };
  for (const kind of Object.keys(names) as BoardKind[]) {
    boardIds[kind] = crypto.randomUUID();
    await db
      .insert(boards)
      .values({ id: boardIds[kind], allianceId, kind, name: names[kind], createdAt: now });
  }
  const addMeeting = async (kind: BoardKind, heldOn: string) => {
    const id = crypto.randomUUID();
    await db.insert(meetings).values({
      id,
      boardId: boardIds[kind],
      heldOn,
      location: 'Middlemoor, Exeter',
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };
  const meetingIds: Record<BoardKind, string> = {
    programme_team: await addMeeting('programme_team', '2015-01-12'),
    programme_board: await addMeeting('programme_board', '2015-02-03'),
    executive_board: await addMeeting('executive_board', '2015-03-10'),
  };
  let areaCount = 0;
  const addArea = async (name = `Business area ${++areaCount}`) =>
    (await addTestArea({ db, clock }, allianceId, { name, functionGroup: 'support' })).id;
  return { allianceId, boardIds, meetingIds, addMeeting, addArea };
}

export type PipelineFixture = Awaited<ReturnType<typeof setUpPipelineFixture>>;

/** Puts a case straight at a stage, as a test fixture would find it. */
export async function placeAt(db: Db, areaId: string, stage: string): Promise<void> {
  await db.update(businessAreas).set({ stage }).where(eq(businessAreas.id, areaId));
}

/** Everything a pipeline change could write: equal before and after means nothing was saved. */
export async function savedState(db: Db, areaId: string) {
  const rows = async (
    table: typeof stageMoves | typeof soleApprovals | typeof boardDecisions | typeof decisionConditions,
  ) => (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [area] = await db
    .select({ stage: businessAreas.stage, version: businessAreas.version })
    .from(businessAreas)
    .where(eq(businessAreas.id, areaId));
  const [latest] = await db
    .select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)` })
    .from(auditEvents);
  return {
    area,
    moves: await rows(stageMoves),
    soleApprovals: await rows(soleApprovals),
    decisions: await rows(boardDecisions),
    conditions: await rows(decisionConditions),
    lastAuditSeq: Number(latest?.seq ?? 0),
  };
}

/** The error a change was refused with; fails when the change went through. */
export async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error('Expected the change to be refused');
  return error;
}

/**
 * The pipeline's reads and its changes as the tests call them (context, case, input): the changes
 * run through their use cases, as the pages and the API run them.
 */
export function pipelineForTests(deps: PipelineDeps) {
  const { moveCase, recordSoleDecision, recordBoardDecision, closeCondition } = createPipelineUseCases(deps);
  type Given<T extends { input: z.ZodType }, K extends string> = Omit<z.input<T['input']>, K>;
  return {
    ...createPipelineService(deps),
    moveCase: (asker: Asker, areaId: string, input: Given<typeof moveCase, 'areaId'>) =>
      runUseCase(moveCase, { ...input, areaId }, deps, asker),
    recordSoleDecision: (asker: Asker, areaId: string, input: Given<typeof recordSoleDecision, 'areaId'>) =>
      runUseCase(recordSoleDecision, { ...input, areaId }, deps, asker),
    recordBoardDecision: (asker: Asker, areaId: string, input: Given<typeof recordBoardDecision, 'areaId'>) =>
      runUseCase(recordBoardDecision, { ...input, areaId }, deps, asker),
    closeCondition: (asker: Asker, conditionId: string, input: Given<typeof closeCondition, 'conditionId'>) =>
      runUseCase(closeCondition, { ...input, conditionId }, deps, asker),
  };
}

export type PipelineForTests = ReturnType<typeof pipelineForTests>;
