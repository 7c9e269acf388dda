import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/database.ts';
import { createGateRegistry } from '../../../platform/workflow/gates.ts';
import { gatesOutOf } from '../../../platform/workflow/workflow.ts';
import {
  BUSINESS_CASE_WORKFLOW,
  GATE_RULES,
  holdingRefusal,
  type Gate,
  type Mover,
  type Stage,
} from './business-case.domain.ts';
import { gatherFacts, soleApprovalsFact, type CaseFacts } from './pipeline.facts.ts';
import type { PipelineArea } from './pipeline.repo.ts';

/** Whether the case's formal consultation is open: the consultations module's answer, once installed. */
export type ConsultationLookup = (db: Db, areaId: string) => Promise<boolean>;

/** What a gate of a case looks its fact up in: the caller's transaction and the facts already read. */
export interface CaseGateContext {
  readonly db: Db;
  readonly areaId: string;
  readonly facts: CaseFacts;
}

/**
 * The pipeline's table bound to its gates. The soles' gates are this module's own; the gate into
 * implementation belongs to consultations, and answers "not recorded" until that module supplies
 * its lookup. Every service the pipeline builds goes through here, so none can leave a gate out.
 */
export function createPipelineWorkflow(consultationOpen?: ConsultationLookup) {
  const gates = createGateRegistry<CaseGateContext>();
  for (const gate of ['soc_approved_by_all_soles', 'all_soles_approved'] as const) {
    gates.register({ ...GATE_RULES[gate], lookup: async ({ facts }) => soleApprovalsFact(facts, gate) });
  }
  gates.register({
    ...GATE_RULES.consultation_closed,
    ...(consultationOpen && { lookup: ({ db, areaId }: CaseGateContext) => consultationOpen(db, areaId) }),
  });
  return gates.workflow(BUSINESS_CASE_WORKFLOW);
}

export type PipelineWorkflow = ReturnType<typeof createPipelineWorkflow>;

/**
 * Judges a case in the caller's transaction: its facts and its gates' answers are read once, and
 * the move check and the page's list of moves both run on them.
 */
export function createCaseJudge(clock: Clock, consultationOpen?: ConsultationLookup) {
  const workflow = createPipelineWorkflow(consultationOpen);

  async function judge(db: Db, area: PipelineArea, onDate: string, gates: readonly Gate[]) {
    const facts = await gatherFacts(db, clock, area, onDate);
    const answers = await workflow.answers({ db, areaId: area.id, facts }, gates);
    return { facts, answers };
  }

  /** What holds back a move of the case from its stage, if anything does. */
  async function refusalOf(
    db: Db,
    area: PipelineArea,
    onDate: string,
    move: { to: Stage; by: Mover; reason?: string | undefined },
  ) {
    const { answers } = await judge(db, area, onDate, gatesOutOf(BUSINESS_CASE_WORKFLOW, area.stage));
    return holdingRefusal(workflow.check({ ...move, from: area.stage }, answers), area.stage);
  }

  /** The case's page also shows the consultation at every stage. */
  function judgeForPage(db: Db, area: PipelineArea, onDate: string) {
    return judge(db, area, onDate, [
      ...gatesOutOf(BUSINESS_CASE_WORKFLOW, area.stage),
      'consultation_closed',
    ]);
  }

  return { refusalOf, judgeForPage };
}

export type CaseJudge = ReturnType<typeof createCaseJudge>;
