import type { Db } from '../../../platform/db/database.ts';
import type { ChangeContext } from '../../../platform/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { moveRecord } from '../../../platform/workflow/history.ts';
import type { Refusal } from '../../../platform/workflow/workflow.ts';
import {
  BUSINESS_CASE_WORKFLOW,
  STAGE_LABELS,
  opensSubmission,
  type Gate,
  type Mover,
  type Stage,
} from './business-case.domain.ts';
import { decisionOpensSubmission, soleKey, type DecisionOutcome } from './pipeline.domain.ts';
import type { SoleDecisionInput } from './pipeline.domain.ts';
import type { PipelineSole } from './pipeline.facts.ts';
import * as repo from './pipeline.repo.ts';
import type { PipelineArea } from './pipeline.repo.ts';

/** The steps every change to a case takes inside its transaction. */
export const ENTITY_TYPE = 'business_area';
export const NOT_FOUND = 'Business area not found';

export function movedOn(area: PipelineArea): ConflictError {
  return new ConflictError(
    `This business case has moved on since you opened it: ${area.name} is now at "${STAGE_LABELS[area.stage]}". Your change has not been saved.`,
  );
}

/** A refusal as the person's form shows it: a missing reason on the reason box, the rest on the choice. */
export function refusalError(
  refusal: Refusal<Gate>,
  fields: { choice: string; reason: string },
): ValidationError {
  const field = refusal.code === 'reason_required' ? fields.reason : fields.choice;
  return new ValidationError([{ field, message: refusal.message }]);
}

export function snapshot(area: PipelineArea) {
  return { name: area.name, stage: area.stage, submission: area.submission, version: area.version };
}

export async function lockedArea(tx: Db, id: string): Promise<PipelineArea> {
  const area = await repo.findArea(tx, id, true);
  if (!area) throw new NotFoundError(NOT_FOUND);
  return area;
}

export async function applyMove(
  tx: Db,
  context: ChangeContext,
  area: PipelineArea,
  move: { to: Stage; reason: string | undefined; mover: Mover; decisionId: string | null },
): Promise<PipelineArea> {
  const submission = opensSubmission(area.stage, move.to) ? area.submission + 1 : area.submission;
  const change = { stage: move.to, submission };
  if (!(await repo.updateStage(tx, area.id, area.version, change, context.now))) throw movedOn(area);
  const made = { from: area.stage, to: move.to, by: move.mover, reason: move.reason };
  await repo.insertStageMove(tx, moveRecord(BUSINESS_CASE_WORKFLOW, area.id, made, context), move.decisionId);
  return { ...area, stage: move.to, submission, stageChangedAt: context.now, version: area.version + 1 };
}

export function moveSummary(area: PipelineArea, to: Stage, reason: string | undefined): string {
  const because = reason ? `: ${reason}` : '';
  return `Moved ${area.name} from "${STAGE_LABELS[area.stage]}" to "${STAGE_LABELS[to]}"${because}`;
}

export function requireSole(
  soles: readonly PipelineSole[],
  organisationId: string,
  office: string,
): PipelineSole {
  const sole = soles.find((candidate) => candidate.key === soleKey(organisationId.toLowerCase(), office));
  if (sole) return sole;
  throw new ValidationError([
    { field: 'organisationId', message: 'That is not a corporation sole of this business case' },
  ]);
}

/** Recording order decides which of a sole's decisions is the latest, so no two may share an instant. */
export async function nextRecordingInstant(tx: Db, areaId: string, now: Date): Promise<Date> {
  const latest = await repo.latestSoleDecisionAt(tx, areaId);
  return latest && latest.getTime() >= now.getTime() ? new Date(latest.getTime() + 1) : now;
}

/** The decision as stored: the sole's own identity, and a delegate's role only when a delegate decided. */
export function soleDecisionRecord(
  input: SoleDecisionInput,
  sole: PipelineSole,
  at: { recordedAt: Date; submission: number },
) {
  return {
    id: crypto.randomUUID(),
    gate: input.gate,
    organisationId: sole.organisationId,
    office: sole.office,
    decision: input.decision,
    decidedBy: input.decidedBy,
    asDelegate: input.asDelegate,
    delegateRole: input.asDelegate ? (input.delegateRole ?? null) : null,
    decidedOn: input.decidedOn,
    note: input.note ?? null,
    submission: at.submission,
    recordedAt: at.recordedAt,
  };
}

/** A decision that leaves the case at its stage; a deferral starts its next submission. */
export async function stayAfter(
  tx: Db,
  area: PipelineArea,
  outcome: DecisionOutcome,
  now: Date,
): Promise<PipelineArea> {
  if (!decisionOpensSubmission(outcome)) return area;
  await repo.startSubmission(tx, area.id, area.submission + 1, now);
  return { ...area, submission: area.submission + 1 };
}
