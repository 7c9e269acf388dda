import type { FieldError } from '../../../platform/errors.ts';
import type { IsoDate } from '../../../platform/dates.ts';
import type { Pence } from '../../../platform/money.ts';
import { STAGE_LABELS, type Stage } from '../pipeline/business-case.domain.ts';

export const FUNCTION_GROUPS = ['support', 'operational'] as const;
export type FunctionGroup = (typeof FUNCTION_GROUPS)[number];

export const FUNCTION_GROUP_LABELS: Record<FunctionGroup, string> = {
  support: 'Support',
  operational: 'Operational',
};

export const SCOPES = ['in_scope', 'excluded'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = { in_scope: 'In scope', excluded: 'Excluded' };

/** The Infrastructure and Projects Authority's delivery confidence scale, best first. */
export const CONFIDENCE_LEVELS = ['green', 'amber_green', 'amber', 'amber_red', 'red'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  green: 'Green',
  amber_green: 'Amber/Green',
  amber: 'Amber',
  amber_red: 'Amber/Red',
  red: 'Red',
};

/** The IPA's definitions, shown beside each choice so that assessments mean the same to everyone. */
export const CONFIDENCE_DESCRIPTIONS: Record<Confidence, string> = {
  green: 'Successful delivery on time, within budget and to quality appears highly likely; no major issues.',
  amber_green:
    'Successful delivery appears probable, but risks need constant attention so they do not become major issues.',
  amber:
    'Successful delivery appears feasible, but significant issues already exist and need management attention.',
  amber_red:
    'Successful delivery is in doubt, with major risks or issues in a number of key areas; urgent action is needed.',
  red: 'Successful delivery appears to be unachievable; there are major issues that do not appear manageable or resolvable.',
};

/** GOV.UK tag colours running from green through amber to red; the label always carries the meaning. */
export const CONFIDENCE_TAG_CLASSES: Record<Confidence, string> = {
  green: 'govuk-tag--green',
  amber_green: 'govuk-tag--yellow',
  amber: 'govuk-tag--orange',
  amber_red: 'govuk-tag--pink',
  red: 'govuk-tag--red',
};

/** MOJ badges have fewer colours: the two greens and the two reds share one. */
export const CONFIDENCE_BADGE_CLASSES: Record<Confidence, string> = {
  green: 'moj-badge--green',
  amber_green: 'moj-badge--green',
  amber: 'moj-badge--grey',
  amber_red: 'moj-badge--red',
  red: 'moj-badge--red',
};

export const NAME_MAX = 200;
export const PERSON_MAX = 200;
export const REASON_MAX = 2000;
export const DESCRIPTION_MAX = 5000;
export const COMMENTARY_MAX = 5000;
/** More people than any police force employs: a larger figure is a typing error. */
export const HEADCOUNT_MAX = 100_000;

export function isConfidence(value: string): value is Confidence {
  return (CONFIDENCE_LEVELS as readonly string[]).includes(value);
}

export function isFunctionGroup(value: string): value is FunctionGroup {
  return (FUNCTION_GROUPS as readonly string[]).includes(value);
}

/** What a person sets about an area, in domain terms; each adapter names the fields its own way. */
export interface AreaDetails {
  readonly name: string;
  readonly functionGroup: FunctionGroup;
  readonly inScope: boolean;
  readonly exclusionReason?: string | undefined;
  readonly hostOrganisationId?: string | undefined;
  readonly seniorResponsibleOfficer?: string | undefined;
  readonly leadName?: string | undefined;
  readonly description?: string | undefined;
}

export interface ConfidenceAssessment {
  readonly confidence: Confidence;
  readonly commentary: string;
  readonly assessedOn: IsoDate;
}

export interface Baseline {
  readonly organisationId: string;
  readonly budgetPence: Pence;
  readonly officers: number;
  readonly staff: number;
}

export interface BusinessArea {
  readonly id: string;
  readonly allianceId: string;
  readonly name: string;
  readonly functionGroup: FunctionGroup;
  readonly inScope: boolean;
  readonly exclusionReason: string | null;
  readonly hostOrganisationId: string | null;
  readonly seniorResponsibleOfficer: string | null;
  readonly leadName: string | null;
  readonly description: string | null;
  readonly stage: Stage;
  readonly stageChangedAt: Date;
  readonly confidence: Confidence | null;
  readonly confidenceCommentary: string | null;
  readonly confidenceAssessedOn: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A police force that belongs to the alliance: the only kind of organisation that can host a team. */
export interface MemberForce {
  readonly organisationId: string;
  readonly name: string;
}

/** New areas enter the pipeline at its start; only a stage move takes them further. */
export const INITIAL_STAGE: Stage = 'scoping';

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** An excluded area says why (the demo: public protection, local policing and local investigation). */
export function exclusionProblems(details: Pick<AreaDetails, 'inScope' | 'exclusionReason'>): FieldError[] {
  return !details.inScope && !details.exclusionReason?.trim()
    ? [{ field: 'exclusionReason', message: 'Enter why the business area is excluded' }]
    : [];
}

/** The chief constable with direction and control of the team must lead one of the alliance's own forces. */
export function hostProblems(
  hostOrganisationId: string | undefined,
  memberForces: readonly MemberForce[],
): FieldError[] {
  if (!hostOrganisationId) return [];
  const host = hostOrganisationId.toLowerCase();
  return memberForces.some((force) => force.organisationId === host)
    ? []
    : [
        {
          field: 'hostOrganisationId',
          message: 'Select a police force that is a member of the alliance as the host force',
        },
      ];
}

export function areaProblems(details: AreaDetails, memberForces: readonly MemberForce[]): FieldError[] {
  return [...exclusionProblems(details), ...hostProblems(details.hostOrganisationId, memberForces)];
}

/** An area brought back into scope keeps no stale reason for its exclusion. */
export function storedExclusionReason(details: AreaDetails): string | null {
  return details.inScope ? null : (details.exclusionReason?.trim() ?? null);
}

export function isWholeCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= HEADCOUNT_MAX;
}

/** One row per member force; amounts in whole pence and headcounts in whole people, none negative. */
export function baselineProblems(
  baselines: readonly Baseline[],
  memberForces: readonly MemberForce[],
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  baselines.forEach((baseline, index) => {
    const field = (name: string) => `baselines.${index}.${name}`;
    const force = memberForces.find((f) => f.organisationId === baseline.organisationId.toLowerCase());
    if (!force) {
      problems.push({
        field: field('organisationId'),
        message: 'Baselines can only be recorded for police forces that are members of the alliance',
      });
    } else if (seen.has(force.organisationId)) {
      problems.push({ field: field('organisationId'), message: `${force.name} is listed more than once` });
    }
    seen.add(baseline.organisationId.toLowerCase());
    const who = force?.name ?? 'This force';
    if (!Number.isSafeInteger(baseline.budgetPence) || baseline.budgetPence < 0) {
      problems.push({ field: field('budgetPence'), message: `The budget of ${who} must not be negative` });
    }
    for (const kind of ['officers', 'staff'] as const) {
      if (!isWholeCount(baseline[kind])) {
        problems.push({
          field: field(kind),
          message: `The number of ${kind} in ${who} must be a whole number between 0 and ${HEADCOUNT_MAX.toLocaleString('en-GB')}`,
        });
      }
    }
  });
  return problems;
}

export interface BaselineTotals {
  readonly budgetPence: Pence;
  readonly officers: number;
  readonly staff: number;
  readonly people: number;
}

export function baselineTotals(
  baselines: readonly Pick<Baseline, 'budgetPence' | 'officers' | 'staff'>[],
): BaselineTotals {
  let budget = 0;
  let officers = 0;
  let staff = 0;
  for (const baseline of baselines) {
    budget += baseline.budgetPence;
    officers += baseline.officers;
    staff += baseline.staff;
  }
  return { budgetPence: budget as Pence, officers, staff, people: officers + staff };
}

/** A confidence assessment is dated and explained, and cannot be dated in the future. */
export function confidenceProblems(
  assessment: { confidence: string; commentary: string; assessedOn: string },
  today: IsoDate,
): FieldError[] {
  const problems: FieldError[] = [];
  if (!isConfidence(assessment.confidence)) {
    problems.push({ field: 'confidence', message: 'Select the delivery confidence' });
  }
  if (!assessment.commentary.trim()) {
    problems.push({ field: 'commentary', message: 'Enter a commentary on the delivery confidence' });
  }
  if (assessment.assessedOn > today) {
    problems.push({
      field: 'assessedOn',
      message: 'The date of the assessment must be today or in the past',
    });
  }
  return problems;
}

export interface PortfolioFilters {
  readonly stages: readonly Stage[];
  readonly hosts: readonly string[];
  readonly confidences: readonly (Confidence | 'none')[];
  readonly scopes: readonly Scope[];
}

export const NO_FILTERS: PortfolioFilters = { stages: [], hosts: [], confidences: [], scopes: [] };

/** An empty category does not filter; within a category any value matches; categories combine. */
export function matchesFilters(
  area: Pick<BusinessArea, 'stage' | 'hostOrganisationId' | 'confidence' | 'inScope'>,
  filters: PortfolioFilters,
): boolean {
  const scope: Scope = area.inScope ? 'in_scope' : 'excluded';
  return (
    (filters.stages.length === 0 || filters.stages.includes(area.stage)) &&
    (filters.hosts.length === 0 || filters.hosts.includes(area.hostOrganisationId ?? 'none')) &&
    (filters.confidences.length === 0 || filters.confidences.includes(area.confidence ?? 'none')) &&
    (filters.scopes.length === 0 || filters.scopes.includes(scope))
  );
}
