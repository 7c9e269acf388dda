import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import type { Clock } from '../../../platform/clock.ts';
import { loadDemoAlliance } from '../../../demo/demo-alliance.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { alliances } from '../../alliances/alliances.tables.ts';
import { runUseCase } from '../../../platform/usecase/use-case.ts';
import { createAlliance } from '../../alliances/index.ts';
import { organisations } from '../../organisations/organisations.tables.ts';
import {
  agendaItems,
  boardDecisions,
  boardMembers,
  boards,
  businessAreaBaselines,
  businessAreas,
  decisionConditions,
  meetings,
} from '../business-areas.tables.ts';

/** Fixtures for the boards and reports tests: rows written straight to the tables. */

export const STRATEGIC_ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';
export const SOUTH_WEST = 'South West five-force collaboration';

export function testContext(now: Date): ChangeContext {
  return { actor: { userId: null, label: 'Test' }, requestId: 'test', action: 'test', now };
}

export async function loadAlliances(db: Db, now: Date) {
  await loadDemoAlliance(db, testContext(now));
  const idOf = async (name: string) =>
    (await db.select({ id: alliances.id }).from(alliances).where(eq(alliances.name, name)))[0]?.id as string;
  return { strategic: await idOf(STRATEGIC_ALLIANCE), southWest: await idOf(SOUTH_WEST) };
}

/** A new alliance of the two demo forces and their PCC offices, so its business areas are only the test's own. */
export async function createTestAlliance(db: Db, clock: Clock, name: string): Promise<string> {
  const members = await Promise.all(
    [
      'Devon & Cornwall Police',
      'Dorset Police',
      'Office of the Police and Crime Commissioner for Dorset',
    ].map((organisation) => organisationIdOf(db, organisation)),
  );
  const details = { name, shortName: name, status: 'active', members } as const;
  const alliance = await runUseCase(createAlliance, details, { db, clock }, testContext(clock.now()));
  return alliance.id;
}

export async function organisationIdOf(db: Db, name: string): Promise<string> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, name));
  return row?.id as string;
}

export interface AreaFixture {
  readonly name: string;
  readonly stage?: string;
  readonly inScope?: boolean;
  /** Per organisation id, in pence. */
  readonly baselines?: Readonly<Record<string, number>>;
}

export async function insertAreas(
  db: Db,
  allianceId: string,
  areas: readonly AreaFixture[],
  now: Date,
): Promise<string[]> {
  const rows = areas.map((area) => ({
    id: crypto.randomUUID(),
    allianceId,
    name: area.name,
    functionGroup: 'support',
    inScope: area.inScope ?? true,
    exclusionReason: area.inScope === false ? 'Stays with each force' : null,
    stage: area.stage ?? 'scoping',
    stageChangedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  if (rows.length > 0) await db.insert(businessAreas).values(rows);
  const baselines = areas.flatMap((area, index) =>
    Object.entries(area.baselines ?? {}).map(([organisationId, budgetPence]) => ({
      businessAreaId: rows[index]?.id as string,
      organisationId,
      budgetPence,
    })),
  );
  if (baselines.length > 0) await db.insert(businessAreaBaselines).values(baselines);
  return rows.map((row) => row.id);
}

export async function insertDecision(
  db: Db,
  input: { meetingId: string; businessAreaId: string; outcome: string; reasons?: string; at: Date },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(boardDecisions).values({
    id,
    meetingId: input.meetingId,
    businessAreaId: input.businessAreaId,
    outcome: input.outcome,
    reasons: input.reasons ?? null,
    recordedAt: input.at,
  });
  return id;
}

export async function insertCondition(
  db: Db,
  input: {
    decisionId: string;
    businessAreaId: string;
    description: string;
    owner: string;
    dueOn: string;
    closedOn?: string;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(decisionConditions).values({ id, ...input, closedOn: input.closedOn ?? null });
  return id;
}

/** Row counts of everything the boards pages write: equal before and after means nothing was saved. */
export async function boardsState(db: Db) {
  const rows = async (table: typeof boards | typeof boardMembers | typeof meetings | typeof agendaItems) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [latest] = await db
    .select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)` })
    .from(auditEvents);
  return {
    boards: await rows(boards),
    members: await rows(boardMembers),
    meetings: await rows(meetings),
    agendaItems: await rows(agendaItems),
    lastAuditSeq: Number(latest?.seq ?? 0),
  };
}

export async function auditActionsFor(db: Db, entityType: string, entityId: string): Promise<string[]> {
  const events = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(sql`${auditEvents.entityType} = ${entityType} and ${auditEvents.entityId} = ${entityId}`)
    .orderBy(auditEvents.seq);
  return events.map((event) => event.action);
}
