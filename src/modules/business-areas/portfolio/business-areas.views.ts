import { dateParts, londonDate, type IsoDate } from '../../../platform/dates.ts';
import { formatMoney } from '../../../platform/money.ts';
import { STAGES, STAGE_LABELS } from '../pipeline/business-case.domain.ts';
import {
  CONFIDENCE_DESCRIPTIONS,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  CONFIDENCE_TAG_CLASSES,
  FUNCTION_GROUP_LABELS,
  SCOPE_LABELS,
  type BusinessArea,
  type Confidence,
  type MemberForce,
} from './business-areas.domain.ts';
import type { AreaView, PortfolioRow } from './business-areas.service.ts';

/** What the templates show: labels worked out here so the templates stay simple. */

export function confidenceTag(confidence: Confidence | null): { text: string; classes: string } | null {
  return confidence
    ? { text: CONFIDENCE_LABELS[confidence], classes: CONFIDENCE_TAG_CLASSES[confidence] }
    : null;
}

/** The fields of the area form as typed, so a refused form comes back as the person left it. */
export interface AreaFormValues {
  readonly name: string;
  readonly functionGroup: string;
  readonly scope: string;
  readonly exclusionReason: string;
  readonly hostOrganisationId: string;
  readonly seniorResponsibleOfficer: string;
  readonly leadName: string;
  readonly description: string;
  readonly version: string;
}

export const EMPTY_AREA_FORM: AreaFormValues = {
  name: '',
  functionGroup: '',
  scope: 'in_scope',
  exclusionReason: '',
  hostOrganisationId: 'none',
  seniorResponsibleOfficer: '',
  leadName: '',
  description: '',
  version: '',
};

function text(body: Record<string, unknown>, name: string, max = 10_000): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function typedAreaValues(body: unknown): AreaFormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const values = Object.fromEntries(Object.keys(EMPTY_AREA_FORM).map((key) => [key, text(fields, key)]));
  return values as unknown as AreaFormValues;
}

export function areaFormValues(area: BusinessArea): AreaFormValues {
  return {
    name: area.name,
    functionGroup: area.functionGroup,
    scope: area.inScope ? 'in_scope' : 'excluded',
    exclusionReason: area.exclusionReason ?? '',
    hostOrganisationId: area.hostOrganisationId ?? 'none',
    seniorResponsibleOfficer: area.seniorResponsibleOfficer ?? '',
    leadName: area.leadName ?? '',
    description: area.description ?? '',
    version: String(area.version),
  };
}

export function hostItems(forces: readonly MemberForce[], chosen: string) {
  return [
    ...forces.map((force) => ({
      value: force.organisationId,
      text: force.name,
      checked: chosen === force.organisationId,
    })),
    { divider: 'or' },
    { value: 'none', text: 'Not decided yet', checked: !chosen || chosen === 'none' },
  ];
}

export function functionGroupItems(chosen: string) {
  return [
    {
      value: 'support',
      text: FUNCTION_GROUP_LABELS.support,
      hint: { text: 'For example ICT, finance, HR or fleet' },
      checked: chosen === 'support',
    },
    {
      value: 'operational',
      text: FUNCTION_GROUP_LABELS.operational,
      hint: { text: 'For example firearms, dogs, roads policing or major crime' },
      checked: chosen === 'operational',
    },
  ];
}

/** Made once: a long table formats hundreds of numbers, and making a formatter costs more than using it. */
const wholeNumbers = new Intl.NumberFormat('en-GB');

export function totalsText(totals: { budgetPence: number; officers: number; staff: number }) {
  return {
    budget: formatMoney(totals.budgetPence),
    officers: wholeNumbers.format(totals.officers),
    staff: wholeNumbers.format(totals.staff),
  };
}

/** One row of the portfolio table, with sort values for the MOJ sortable table. */
export function portfolioRow(row: PortfolioRow) {
  return {
    id: row.id,
    name: row.name,
    functionGroup: FUNCTION_GROUP_LABELS[row.functionGroup],
    stage: STAGE_LABELS[row.stage],
    stageOrder: STAGES.indexOf(row.stage),
    hostName: row.hostName ?? 'Not decided',
    confidence: confidenceTag(row.confidence),
    confidenceOrder: row.confidence ? CONFIDENCE_LEVELS.indexOf(row.confidence) : CONFIDENCE_LEVELS.length,
    budgetPence: row.budgetPence,
    officers: row.officers,
    staff: row.staff,
    text: totalsText(row),
    scope: row.inScope ? SCOPE_LABELS.in_scope : SCOPE_LABELS.excluded,
  };
}

export interface ConfidenceFormValues {
  readonly confidence: string;
  readonly commentary: string;
  readonly assessedOn: { day: string; month: string; year: string };
  readonly version: string;
}

export function confidenceFormValues(area: BusinessArea, today: IsoDate): ConfidenceFormValues {
  return {
    confidence: area.confidence ?? '',
    commentary: area.confidenceCommentary ?? '',
    assessedOn: dateParts(today),
    version: String(area.version),
  };
}

export function confidenceItems(chosen: string) {
  return CONFIDENCE_LEVELS.map((level) => ({
    value: level,
    text: CONFIDENCE_LABELS[level],
    hint: { text: CONFIDENCE_DESCRIPTIONS[level] },
    checked: chosen === level,
  }));
}

export const SEE_SAVED =
  ' The saved values are shown below: check them, make your changes again if they are still needed, and save.';

/** The area as its summary list and the "saved values" panel show it. */
export function describeArea(view: AreaView) {
  const { area } = view;
  return {
    ...area,
    functionGroupLabel: FUNCTION_GROUP_LABELS[area.functionGroup],
    stageLabel: STAGE_LABELS[area.stage],
    stageSince: londonDate(area.stageChangedAt),
    hostName: view.hostName,
    confidenceTag: confidenceTag(area.confidence),
  };
}
