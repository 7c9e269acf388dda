import type { Stage } from './business-case.domain.ts';
import { SOLE_GATES, type SoleGate } from './pipeline.domain.ts';
import type { CaseState, GateState } from './pipeline.state.ts';

/** Addresses name the gates with hyphens: /approvals/strategic-outline-case. */
export const GATE_SLUGS: Record<SoleGate, string> = {
  strategic_outline_case: 'strategic-outline-case',
  executive_decision: 'executive-decision',
};

export function gateFromSlug(slug: string): SoleGate | undefined {
  return SOLE_GATES.find((gate) => GATE_SLUGS[gate] === slug);
}

export const areaHref = (areaId: string) => `/business-areas/${areaId}`;
export const stageHref = (areaId: string) => `/business-areas/${areaId}/stage`;
export const approvalsHref = (areaId: string, gate: SoleGate) =>
  `/business-areas/${areaId}/approvals/${GATE_SLUGS[gate]}`;
export const newDecisionHref = (areaId: string) => `/business-areas/${areaId}/decisions/new`;
export const closeConditionHref = (conditionId: string) => `/conditions/${conditionId}/close`;

const STAGE_TAG_CLASSES: Partial<Record<Stage, string>> = {
  live: 'govuk-tag--green',
  implementation: 'govuk-tag--turquoise',
  formal_consultation: 'govuk-tag--light-blue',
  rejected: 'govuk-tag--red',
  withdrawn: 'govuk-tag--grey',
};

export function stageTag(stage: Stage, label: string) {
  return { text: label, classes: STAGE_TAG_CLASSES[stage] ?? 'govuk-tag--blue' };
}

const GATE_TAG: Record<GateState['status'], { text: string; classes: string }> = {
  approved: { text: 'Approved', classes: 'govuk-tag--green' },
  refused: { text: 'Refused', classes: 'govuk-tag--red' },
  pending: { text: 'Waiting', classes: 'govuk-tag--yellow' },
};

export function gateTag(status: GateState['status']) {
  return GATE_TAG[status];
}

/** The links from a case to its pipeline pages, for the area page's panel and the pipeline pages. */
export function pipelineLinks(state: CaseState) {
  const id = state.area.id;
  return {
    stage: stageHref(id),
    area: areaHref(id),
    soc: approvalsHref(id, 'strategic_outline_case'),
    executive: approvalsHref(id, 'executive_decision'),
    newDecision: state.board ? newDecisionHref(id) : null,
    timeline: `/audit/business_area/${id}`,
  };
}

/** What every pipeline page shows of the case. */
export function pipelineView(state: CaseState) {
  return {
    pipeline: state,
    links: pipelineLinks(state),
    stageTag: stageTag(state.area.stage, state.area.stageLabel),
    gateTags: {
      strategic_outline_case: gateTag(state.gates.strategic_outline_case.status),
      executive_decision: gateTag(state.gates.executive_decision.status),
    },
    closeConditionHref,
  };
}
