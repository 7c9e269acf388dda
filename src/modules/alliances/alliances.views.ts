import { dateFromParts } from '../../platform/validation.ts';
import { dateParts, formatDate, formatFinancialYear, type IsoDate } from '../../platform/dates.ts';
import { formatMoney } from '../../platform/money.ts';
import {
  ORGANISATION_KINDS,
  KIND_LABELS,
  type OrganisationKind,
  type Organisation,
} from '../organisations/index.ts';
import {
  ALLIANCE_STATUS_LABELS,
  INITIAL_ALLIANCE_STATUSES,
  statusChoices,
  type Alliance,
  type AllianceStatus,
} from './alliances.domain.ts';
import { DESCRIPTION_MAX, MAX_MEMBERS, NAME_MAX, SHORT_NAME_MAX } from './alliances.schemas.ts';
import { listOf } from '../../platform/validation.ts';

/** What the templates show: labels worked out here so the templates stay simple. */

const GROUP_LEGENDS: Record<OrganisationKind, string> = {
  police_force: 'Police forces',
  policing_body: 'Policing bodies (offices of the police and crime commissioners)',
  fire_and_rescue_authority: 'Fire and rescue authorities',
  other: 'Other organisations',
};

const STATUS_HINTS: Record<AllianceStatus, string> = {
  proposed: 'Being considered; not yet agreed',
  active: 'Agreed and running',
  ending: 'Notice given or exit under way',
  ended: 'No longer running',
};

const STATUS_TAG_CLASSES: Record<AllianceStatus, string> = {
  proposed: 'govuk-tag--blue',
  active: 'govuk-tag--green',
  ending: 'govuk-tag--orange',
  ended: 'govuk-tag--grey',
};

export function statusTag(status: AllianceStatus): { text: string; classes: string } {
  return { text: ALLIANCE_STATUS_LABELS[status], classes: STATUS_TAG_CLASSES[status] };
}

export function kindLabel(kind: OrganisationKind): string {
  return KIND_LABELS[kind];
}

export interface FormValues {
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  readonly status: string;
  readonly formedOn: { day: string; month: string; year: string };
  readonly savingsTarget: string;
  readonly savingsTargetYear: string;
  readonly members: readonly string[];
  readonly version: string;
}

export const EMPTY_FORM: FormValues = {
  name: '',
  shortName: '',
  description: '',
  status: '',
  formedOn: { day: '', month: '', year: '' },
  savingsTarget: '',
  savingsTargetYear: '',
  members: [],
  version: '',
};

/** "12,000,000" or "12,000,000.50": the £ sits outside the box as a prefix. */
export function moneyForInput(pence: number): string {
  const fractionDigits = pence % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(pence / 100);
}

/** What the person typed, to show again when the form comes back with a problem. */
export function typedValues(body: unknown): FormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: string, max: number) =>
    typeof fields[name] === 'string' ? (fields[name] as string).slice(0, max) : '';
  return {
    name: text('name', NAME_MAX + 100),
    shortName: text('shortName', SHORT_NAME_MAX + 100),
    description: text('description', DESCRIPTION_MAX + 100),
    status: text('status', 20),
    formedOn: dateFromParts(fields, 'formedOn'),
    savingsTarget: text('savingsTarget', 100),
    savingsTargetYear: text('savingsTargetYear', 100),
    members: listOf(fields.members).slice(0, MAX_MEMBERS),
    version: text('version', 20),
  };
}

export function formValuesOf(alliance: Alliance): FormValues {
  return {
    name: alliance.name,
    shortName: alliance.shortName,
    description: alliance.description ?? '',
    status: alliance.status,
    formedOn: alliance.formedOn ? dateParts(alliance.formedOn as IsoDate) : EMPTY_FORM.formedOn,
    savingsTarget: alliance.savingsTargetPence === null ? '' : moneyForInput(alliance.savingsTargetPence),
    savingsTargetYear:
      alliance.savingsTargetYear === null ? '' : formatFinancialYear(alliance.savingsTargetYear),
    members: alliance.members.map((member) => member.organisationId),
    version: String(alliance.version),
  };
}

export function statusItems(values: FormValues, current?: AllianceStatus) {
  const choices = current === undefined ? INITIAL_ALLIANCE_STATUSES : statusChoices(current);
  return choices.map((status) => ({
    value: status,
    text: ALLIANCE_STATUS_LABELS[status],
    hint: { text: STATUS_HINTS[status] },
    checked: values.status === status,
  }));
}

/** One checkbox group per kind; the first group's first box carries the id the error summary links to. */
export function memberGroups(organisations: readonly Organisation[], values: FormValues) {
  const chosen = new Set(values.members);
  return ORGANISATION_KINDS.map((kind) => ({
    kind,
    legend: GROUP_LEGENDS[kind],
    items: organisations
      .filter((organisation) => organisation.kind === kind)
      .map((organisation) => ({
        value: organisation.id,
        text: organisation.name,
        checked: chosen.has(organisation.id),
      })),
  }))
    .filter((group) => group.items.length > 0)
    .map((group, index) => ({ ...group, idPrefix: index === 0 ? 'members' : `members-${group.kind}` }));
}

function savingsTargetText(alliance: Alliance): string {
  if (alliance.savingsTargetPence === null) return 'None set';
  const due =
    alliance.savingsTargetYear === null ? '' : ` by ${formatFinancialYear(alliance.savingsTargetYear)}`;
  return `${formatMoney(alliance.savingsTargetPence)} a year${due}`;
}

function summaryRows(alliance: Alliance) {
  const tag = statusTag(alliance.status);
  const row = (key: string, value: { text: string } | { html: string }) => ({ key: { text: key }, value });
  return [
    row('Name', { text: alliance.name }),
    row('Short name', { text: alliance.shortName }),
    row('Description', { text: alliance.description ?? 'None' }),
    // The tag's words and classes come from fixed tables, never from input.
    row('Status', { html: `<strong class="govuk-tag ${tag.classes}">${tag.text}</strong>` }),
    row('Formed', { text: alliance.formedOn ? formatDate(alliance.formedOn) : 'Not recorded' }),
    ...(alliance.endedOn ? [row('Ended', { text: formatDate(alliance.endedOn) })] : []),
    row('Savings target', { text: savingsTargetText(alliance) }),
  ];
}

export function describeAlliance(alliance: Alliance) {
  return {
    ...alliance,
    statusTag: statusTag(alliance.status),
    summaryRows: summaryRows(alliance),
    members: alliance.members.map((member) => ({ ...member, kindLabel: kindLabel(member.kind) })),
  };
}
