import { describe, expect, it } from 'vitest';
import { NOT_RECORDED, judgeGate } from '../../../platform/workflow/gates.ts';
import { checkMove, gatesOutOf, type GateAnswers } from '../../../platform/workflow/workflow.ts';
import { BUSINESS_CASE_WORKFLOW, GATE_RULES, holdingRefusal, type Gate } from './business-case.domain.ts';
import { createPipelineWorkflow } from './pipeline.workflow.ts';

const toConsultation = {
  from: 'executive_board_decision',
  to: 'formal_consultation',
  by: 'executive_board',
} as const;
const toImplementation = { from: 'formal_consultation', to: 'implementation', by: 'programme_team' } as const;

describe('the pipeline on the platform workflow', () => {
  it('registers every gate its table names, with or without consultations', () => {
    expect(createPipelineWorkflow().definition).toBe(BUSINESS_CASE_WORKFLOW);
    expect(createPipelineWorkflow(async () => false).definition).toBe(BUSINESS_CASE_WORKFLOW);
  });

  it('holds a case at a sole gate when the alliance records no corporation sole', () => {
    const answers: GateAnswers<Gate> = {
      all_soles_approved: judgeGate(GATE_RULES.all_soles_approved, 'no_soles_recorded'),
    };
    const verdict = checkMove(BUSINESS_CASE_WORKFLOW, toConsultation, answers);
    expect(holdingRefusal(verdict, toConsultation.from)).toEqual({
      code: 'gate',
      gate: 'all_soles_approved',
      message:
        'The case cannot leave "Executive board decision": no corporation sole is recorded for the members of this alliance: record the chief constables and commissioners first',
    });
  });

  it.each([
    [NOT_RECORDED, undefined],
    [false, undefined],
    [
      true,
      'The case cannot leave "Formal consultation": The formal consultation is still open: close it before implementation',
    ],
  ] as const)('with consultation open %s, the refusal into implementation is %s', (open, message) => {
    const answers = { consultation_closed: judgeGate(GATE_RULES.consultation_closed, open) };
    const verdict = checkMove(BUSINESS_CASE_WORKFLOW, toImplementation, answers);
    expect(holdingRefusal(verdict, toImplementation.from)?.message).toBe(message);
  });

  it('looks up only the gates out of the stage the case is at', () => {
    expect(gatesOutOf(BUSINESS_CASE_WORKFLOW, 'strategic_outline_case')).toEqual([
      'soc_approved_by_all_soles',
    ]);
    expect(gatesOutOf(BUSINESS_CASE_WORKFLOW, 'in_development')).toEqual([]);
  });
});
