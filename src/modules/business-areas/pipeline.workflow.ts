import type { Db } from '../../platform/db/database.ts';
import { createGateRegistry } from '../../platform/workflow/gates.ts';
import { BUSINESS_CASE_WORKFLOW, GATE_RULES } from './business-case.domain.ts';
import { soleApprovalsFact, type CaseFacts } from './pipeline.facts.ts';

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
