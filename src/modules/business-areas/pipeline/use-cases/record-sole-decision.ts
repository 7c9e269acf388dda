import { z } from 'zod';
import { londonDate } from '../../../../platform/dates.ts';
import { ValidationError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { RECORD_DECISIONS, THE_AREA } from '../../portfolio/business-areas.access.ts';
import {
  SOLE_GATES,
  SOLE_GATE_LABELS,
  soleDecisionProblems,
  soleDecisionStageProblem,
} from '../pipeline.domain.ts';
import {
  ENTITY_TYPE,
  lockedArea,
  nextRecordingInstant,
  requireSole,
  soleDecisionRecord,
} from '../pipeline.changes.ts';
import { solesOfAlliance } from '../pipeline.facts.ts';
import * as repo from '../pipeline.repo.ts';
import { PIPELINE_TAGS } from './access.ts';

/** A corporation sole's approval or refusal, given at the gate's stage; the latest of each sole counts. */
export const recordSoleDecision = defineUseCase({
  name: "Record a corporation sole's decision",
  operationId: 'recordSoleDecision',
  summary:
    "Record a corporation sole's approval or refusal at the strategic outline case or the executive decision",
  tags: PIPELINE_TAGS,
  input: z.object({
    areaId: z.uuid(),
    gate: z.enum(SOLE_GATES),
    organisationId: z.string().max(100),
    office: z.string().max(100),
    decision: z.enum(['approved', 'refused']),
    decidedBy: z.string(),
    asDelegate: z.boolean(),
    delegateRole: z.string().optional(),
    decidedOn: z.string(),
    note: z.string().optional(),
  }),
  access: RECORD_DECISIONS,
  scope: THE_AREA,
  audit: 'business_area.sole-decision-recorded',
  run: async ({ areaId, ...input }, { tx, clock, change }) => {
    const area = await lockedArea(tx, areaId);
    const stageProblem = soleDecisionStageProblem(input.gate, area.stage);
    if (stageProblem) throw new ValidationError([{ field: 'gate', message: stageProblem }]);
    const today = londonDate(change.now);
    const sole = requireSole(
      await solesOfAlliance(tx, clock, area.allianceId, today),
      input.organisationId,
      input.office,
    );
    const problems = soleDecisionProblems(input, today);
    if (problems.length > 0) throw new ValidationError(problems);
    const recordedAt = await nextRecordingInstant(tx, area.id, change.now);
    const record = soleDecisionRecord(input, sole, { recordedAt, submission: area.submission });
    await repo.insertSoleDecision(tx, {
      ...record,
      businessAreaId: area.id,
      recordedByUserId: change.actor.userId,
    });
    const by = input.asDelegate ? ` (by ${input.decidedBy}, ${record.delegateRole}, as delegate)` : '';
    await recordAudit(tx, change, {
      entityType: ENTITY_TYPE,
      entityId: area.id,
      summary: `${sole.title} ${input.decision} the ${SOLE_GATE_LABELS[input.gate].toLowerCase()} of ${area.name}${by}`,
      after: { name: area.name, soleDecision: { ...record, sole: sole.title } },
    });
    return record;
  },
});
