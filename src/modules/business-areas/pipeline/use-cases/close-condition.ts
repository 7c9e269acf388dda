import { z } from 'zod';
import { londonDate } from '../../../../platform/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../../platform/errors.ts';
import { defineUseCase } from '../../../../platform/usecase/use-case.ts';
import { recordAudit } from '../../../audit/index.ts';
import { RECORD_DECISIONS, THE_CONDITION } from '../../portfolio/business-areas.access.ts';
import { closureProblems } from '../pipeline.domain.ts';
import { ENTITY_TYPE, lockedArea } from '../pipeline.changes.ts';
import * as repo from '../pipeline.repo.ts';
import { PIPELINE_TAGS } from './access.ts';

export const closeCondition = defineUseCase({
  name: 'Close a condition of a board decision',
  operationId: 'closeCondition',
  summary:
    'Close a condition of a board decision (send the version you read; a stale one is refused with 409)',
  tags: PIPELINE_TAGS,
  input: z.object({
    conditionId: z.uuid(),
    closedOn: z.string(),
    closureNote: z.string(),
    version: z.number().int(),
  }),
  access: RECORD_DECISIONS,
  scope: THE_CONDITION,
  audit: 'business_area.condition-closed',
  run: async ({ conditionId, ...input }, { tx, change }) => {
    const condition = await repo.findCondition(tx, conditionId);
    if (!condition) throw new NotFoundError('Condition not found');
    const area = await lockedArea(tx, condition.businessAreaId);
    const changed = new ConflictError(
      'This condition was changed by someone else while you were editing. Your changes have not been saved.',
    );
    if (condition.version !== input.version) throw changed;
    const problems = closureProblems(condition, input.closedOn, londonDate(change.now));
    if (problems.length > 0) throw new ValidationError(problems);
    const closure = { closedOn: input.closedOn, closureNote: input.closureNote };
    if (!(await repo.closeConditionRow(tx, condition.id, input.version, closure))) throw changed;
    const after = { ...condition, ...closure, version: condition.version + 1 };
    await recordAudit(tx, change, {
      entityType: ENTITY_TYPE,
      entityId: area.id,
      summary: `Closed the condition "${condition.description}" on ${area.name}: ${input.closureNote}`,
      before: { name: area.name, condition },
      after: { name: area.name, condition: after },
    });
    return after;
  },
});
