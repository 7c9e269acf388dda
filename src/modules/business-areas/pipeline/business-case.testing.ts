/**
 * The pipeline's table tests feed its gates plain facts and read one answer per move: these run
 * them through the platform's check, the pipeline's table and its gate rules, as the service does.
 */
import { NOT_RECORDED, judgeGate } from '../../../platform/workflow/gates.ts';
import { checkMove as checkWorkflowMove, type GateAnswers } from '../../../platform/workflow/workflow.ts';
import {
  BUSINESS_CASE_WORKFLOW,
  GATE_RULES,
  type Gate,
  type Mover,
  type Stage,
} from './business-case.domain.ts';

export type MoveRefusal =
  | { reason: 'not_allowed'; message: string }
  | { reason: 'wrong_mover'; message: string }
  | { reason: 'reason_required'; message: string }
  | { reason: 'gate'; gate: Gate; message: string };

/** The facts of the pipeline's gates, as plain values. */
export interface MoveFacts {
  /** Names of the corporation soles who have not yet approved, for the gate that needs them all. */
  readonly soleApprovalsMissing: (
    gate: 'soc_approved_by_all_soles' | 'all_soles_approved',
  ) => readonly string[];
  /** Undefined while consultations are not recorded: the gate then waits. */
  readonly consultationOpen: boolean | undefined;
}

function answersFrom(facts: MoveFacts): GateAnswers<Gate> {
  return {
    soc_approved_by_all_soles: judgeGate(
      GATE_RULES.soc_approved_by_all_soles,
      facts.soleApprovalsMissing('soc_approved_by_all_soles'),
    ),
    all_soles_approved: judgeGate(
      GATE_RULES.all_soles_approved,
      facts.soleApprovalsMissing('all_soles_approved'),
    ),
    consultation_closed: judgeGate(GATE_RULES.consultation_closed, facts.consultationOpen ?? NOT_RECORDED),
  };
}

/** What stands between `mover` and the move: a refusal, or a gate that only waits for its record. */
export function checkMove(
  mover: Mover,
  from: Stage,
  to: Stage,
  reason: string | undefined,
  facts: MoveFacts,
): MoveRefusal | undefined {
  const verdict = checkWorkflowMove(
    BUSINESS_CASE_WORKFLOW,
    { from, to, by: mover, reason },
    answersFrom(facts),
  );
  if (!verdict.allowed) {
    const { refusal } = verdict;
    return refusal.code === 'gate'
      ? { reason: 'gate', gate: refusal.gate, message: refusal.message }
      : { reason: refusal.code, message: refusal.message };
  }
  const [waiting] = verdict.waiting;
  return waiting && { reason: 'gate', gate: waiting.gate, message: waiting.message };
}
