import type { FieldError } from '../../../platform/errors.ts';
import { formErrors, type FormErrors } from '../../../platform/http/forms.ts';
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

/**
 * GOV.UK asks the error summary to link to the first box of a date input, and a form that is one of
 * several on a page to its own fields, whose ids carry the form's prefix.
 */
export function pageErrors(
  details: readonly FieldError[],
  options: { dateFields?: readonly string[]; prefix?: string; rename?: Record<string, string> } = {},
): FormErrors {
  const { dateFields = [], prefix, rename = {} } = options;
  const renamed = details.map((detail) => {
    const field = rename[detail.field] ?? detail.field;
    return { ...detail, field: prefix ? `${prefix}-${field}` : field };
  });
  const errors = formErrors(renamed);
  const dates = new Set(dateFields.map((field) => (prefix ? `${prefix}-${field}` : field)));
  const errorList = errors.errorList.map((item) =>
    dates.has(item.href.slice(1)) ? { ...item, href: `${item.href}-day` } : item,
  );
  return { ...errors, errorList };
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
