import type { Clock } from '../../../../platform/clock.ts';
import { createCaseJudge, type ConsultationLookup } from '../pipeline.workflow.ts';
import { closeCondition } from './close-condition.ts';
import { moveCase } from './move-case.ts';
import { recordBoardDecision } from './record-board-decision.ts';
import { recordSoleDecision } from './record-sole-decision.ts';

/**
 * The pipeline's changes, the two that move a case bound to the same gates as the pipeline's pages
 * (`consultationOpen` included), so no route can move a case past a gate another module answers.
 */
export function createPipelineUseCases(deps: { clock: Clock; consultationOpen?: ConsultationLookup }) {
  const cases = createCaseJudge(deps.clock, deps.consultationOpen);
  return {
    moveCase: moveCase(cases),
    recordSoleDecision,
    recordBoardDecision: recordBoardDecision(cases),
    closeCondition,
  };
}

export type PipelineUseCases = ReturnType<typeof createPipelineUseCases>;
