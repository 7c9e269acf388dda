import type { Db } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { appendAuditEvents, type PendingAuditEvent } from '../../audit/index.ts';
import { opensSubmission, type Stage } from './business-case.domain.ts';
import { SOLE_GATE_LABELS, type SoleGate } from './pipeline.domain.ts';
import { ENTITY_TYPE, NOT_FOUND, moveSummary, snapshot, soleDecisionRecord } from './pipeline.changes.ts';
import { solesOfAlliance, type PipelineSole } from './pipeline.facts.ts';
import * as repo from './pipeline.repo.ts';
import type { PipelineArea } from './pipeline.repo.ts';

/**
 * A history already known to be valid (the demo's), replayed in bulk: the programme team's moves
 * and the corporation soles' approvals are kept in memory and written by `flush` in a few
 * statements, as the same rows and audit events that moveCase and recordSoleDecision write one at
 * a time. Flush before anything else reads or changes the cases.
 */
export function createPipelineBatch(db: Db, clock: Clock) {
  const areas = new Map<string, PipelineArea>();
  const lastRecordedAt = new Map<string, Date | undefined>();
  const soles = new Map<string, Promise<PipelineSole[]>>();
  let moves: repo.StageMoveValues[] = [];
  let approvals: repo.SoleDecisionValues[] = [];
  let events: PendingAuditEvent[] = [];

  async function areaOf(id: string): Promise<PipelineArea> {
    const area = areas.get(id) ?? (await repo.findArea(db, id));
    if (!area) throw new NotFoundError(NOT_FOUND);
    return area;
  }

  async function move(context: ChangeContext, areaId: string, to: Stage, reason?: string): Promise<void> {
    const area = await areaOf(areaId);
    const submission = opensSubmission(area.stage, to) ? area.submission + 1 : area.submission;
    const after = { ...area, stage: to, submission, stageChangedAt: context.now, version: area.version + 1 };
    areas.set(areaId, after);
    moves.push({
      id: crypto.randomUUID(),
      businessAreaId: areaId,
      fromStage: area.stage,
      toStage: to,
      mover: 'programme_team',
      reason: reason ?? null,
      decisionId: null,
      movedByUserId: context.actor.userId,
      movedByLabel: context.actor.label,
      movedAt: context.now,
    });
    events.push({
      context,
      change: {
        entityType: ENTITY_TYPE,
        entityId: areaId,
        summary: moveSummary(area, to, reason),
        before: snapshot(area),
        after: { ...snapshot(after), mover: 'programme_team', reason: reason ?? null },
      },
    });
  }

  /** Every sole in office on `decidedOn` approves, except those `skip` names. */
  async function approve(
    context: (sole: PipelineSole) => ChangeContext,
    areaId: string,
    at: { gate: SoleGate; decidedOn: string; skip: (sole: PipelineSole) => boolean },
  ): Promise<void> {
    const area = await areaOf(areaId);
    const key = `${area.allianceId}:${at.decidedOn}`;
    const inOffice = soles.get(key) ?? solesOfAlliance(db, clock, area.allianceId, at.decidedOn);
    soles.set(key, inOffice);
    for (const sole of await inOffice) {
      if (!at.skip(sole)) await approveOne(context(sole), area, sole, at);
    }
  }

  async function approveOne(
    context: ChangeContext,
    area: PipelineArea,
    sole: PipelineSole,
    at: { gate: SoleGate; decidedOn: string },
  ): Promise<void> {
    if (!lastRecordedAt.has(area.id))
      lastRecordedAt.set(area.id, await repo.latestSoleDecisionAt(db, area.id));
    const latest = lastRecordedAt.get(area.id);
    const recordedAt =
      latest && latest.getTime() >= context.now.getTime() ? new Date(latest.getTime() + 1) : context.now;
    lastRecordedAt.set(area.id, recordedAt);
    const input = {
      gate: at.gate,
      organisationId: sole.organisationId,
      office: sole.office,
      decision: 'approved' as const,
      decidedBy: sole.holderName,
      asDelegate: false,
      decidedOn: at.decidedOn,
    };
    const record = soleDecisionRecord(input, sole, { recordedAt, submission: area.submission });
    approvals.push({ ...record, businessAreaId: area.id, recordedByUserId: context.actor.userId });
    events.push({
      context,
      change: {
        entityType: ENTITY_TYPE,
        entityId: area.id,
        summary: `${sole.title} approved the ${SOLE_GATE_LABELS[at.gate].toLowerCase()} of ${area.name}`,
        after: { name: area.name, soleDecision: { ...record, sole: sole.title } },
      },
    });
  }

  async function flush(): Promise<void> {
    for (const area of areas.values()) await repo.setStageState(db, area);
    await repo.insertStageMoves(db, moves);
    await repo.insertSoleDecisions(db, approvals);
    await appendAuditEvents(db, events);
    areas.clear();
    lastRecordedAt.clear();
    [moves, approvals, events] = [[], [], []];
  }

  return { move, approve, flush };
}
