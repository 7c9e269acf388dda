import type { FieldError } from '../../platform/errors.ts';
import type { Pence } from '../../platform/money.ts';
import {
  financialYearOf,
  formatFinancialYear,
  type FinancialYear,
  type IsoDate,
} from '../../platform/dates.ts';
import type { OrganisationKind } from '../organisations/index.ts';

export const ALLIANCE_STATUSES = ['proposed', 'active', 'ending', 'ended'] as const;
export type AllianceStatus = (typeof ALLIANCE_STATUSES)[number];

export const ALLIANCE_STATUS_LABELS: Record<AllianceStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  ending: 'Ending',
  ended: 'Ended',
};

/** An alliance ends through notice (ending) once active; a proposal that never started simply ends. */
export const ALLIANCE_STATUS_MOVES: Record<AllianceStatus, readonly AllianceStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['ending'],
  ending: ['ended'],
  ended: [],
};

/** A new record describes an alliance being planned or already running, never one already winding up. */
export const INITIAL_ALLIANCE_STATUSES: readonly AllianceStatus[] = ['proposed', 'active'];

export function isAllianceStatus(value: string): value is AllianceStatus {
  return (ALLIANCE_STATUSES as readonly string[]).includes(value);
}

export function canChangeStatus(from: AllianceStatus, to: AllianceStatus): boolean {
  return ALLIANCE_STATUS_MOVES[from].includes(to);
}

/** The statuses a person may choose on the edit form: stay as it is, or make an allowed move. */
export function statusChoices(current: AllianceStatus): AllianceStatus[] {
  return [current, ...ALLIANCE_STATUS_MOVES[current]];
}

export function statusMoveProblem(from: AllianceStatus, to: AllianceStatus): string | undefined {
  if (from === to || canChangeStatus(from, to)) return undefined;
  const label = ALLIANCE_STATUS_LABELS[from].toLowerCase();
  const article = /^[aeiou]/.test(label) ? 'An' : 'A';
  const allowed = ALLIANCE_STATUS_MOVES[from].map((s) => ALLIANCE_STATUS_LABELS[s].toLowerCase());
  return allowed.length === 0
    ? `${article} ${label} alliance cannot change status`
    : `${article} ${label} alliance can only move to ${allowed.join(' or ')}`;
}

export type MemberKind = OrganisationKind;

export interface AllianceMember {
  readonly organisationId: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: MemberKind;
  readonly joinedOn: string | null;
}

export interface Alliance {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly description: string | null;
  readonly status: AllianceStatus;
  readonly formedOn: string | null;
  readonly endedOn: string | null;
  readonly savingsTargetPence: Pence | null;
  readonly savingsTargetYear: FinancialYear | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly members: readonly AllianceMember[];
}

export interface AllianceSummary {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly status: AllianceStatus;
  readonly formedOn: string | null;
  readonly memberCount: number;
}

/** The fields a person sets; the field names are the form's, so problems point at the right box. */
export interface AllianceDetails {
  readonly name: string;
  readonly shortName: string;
  readonly description?: string | undefined;
  readonly status: AllianceStatus;
  readonly formedOn?: IsoDate | undefined;
  readonly savingsTarget?: Pence | undefined;
  readonly savingsTargetYear?: FinancialYear | undefined;
  readonly members: readonly string[];
}

const POLICE_KINDS: readonly MemberKind[] = ['police_force', 'policing_body'];

/**
 * Two or more distinct organisations. An alliance made only of police organisations must include a
 * force: forces hold the budgets, staff and officers the alliance combines.
 */
export function membershipProblems(
  memberIds: readonly string[],
  known: ReadonlyMap<string, { kind: MemberKind }>,
): FieldError[] {
  const distinct = [...new Set(memberIds)];
  if (distinct.some((id) => !known.has(id))) {
    return [{ field: 'members', message: 'Select organisations from the list' }];
  }
  if (distinct.length < 2) {
    return [{ field: 'members', message: 'Select two or more organisations' }];
  }
  const kinds = distinct.map((id) => known.get(id)?.kind);
  const onlyPolice = kinds.every((kind) => kind !== undefined && POLICE_KINDS.includes(kind));
  if (onlyPolice && !kinds.includes('police_force')) {
    return [{ field: 'members', message: 'Select at least one police force' }];
  }
  return [];
}

export function savingsTargetProblems(details: {
  savingsTarget?: Pence | undefined;
  savingsTargetYear?: FinancialYear | undefined;
  formedOn?: IsoDate | undefined;
}): FieldError[] {
  const { savingsTarget, savingsTargetYear, formedOn } = details;
  const problems: FieldError[] = [];
  if (savingsTarget !== undefined && savingsTarget < 0) {
    problems.push({ field: 'savingsTarget', message: 'The savings target must not be negative' });
  }
  if (savingsTarget !== undefined && savingsTargetYear === undefined) {
    problems.push({ field: 'savingsTargetYear', message: 'Enter the year the savings are due' });
  }
  if (savingsTarget === undefined && savingsTargetYear !== undefined) {
    problems.push({ field: 'savingsTarget', message: 'Enter the savings target, or remove the year' });
  }
  if (savingsTargetYear !== undefined && formedOn !== undefined) {
    const formedYear = financialYearOf(formedOn);
    if (savingsTargetYear < formedYear) {
      problems.push({
        field: 'savingsTargetYear',
        message: `The year the savings are due must be ${formatFinancialYear(formedYear)} (when the alliance was formed) or later`,
      });
    }
  }
  return problems;
}

export function initialStatusProblems(status: AllianceStatus): FieldError[] {
  return INITIAL_ALLIANCE_STATUSES.includes(status)
    ? []
    : [{ field: 'status', message: 'A new alliance must be proposed or active' }];
}

/** Everything wrong with a new or changed alliance, in form order. */
export function allianceProblems(
  details: AllianceDetails,
  known: ReadonlyMap<string, { kind: MemberKind }>,
  currentStatus?: AllianceStatus,
): FieldError[] {
  const statusProblem =
    currentStatus === undefined
      ? initialStatusProblems(details.status)
      : [statusMoveProblem(currentStatus, details.status)]
          .filter((message): message is string => message !== undefined)
          .map((message) => ({ field: 'status', message }));
  return [...statusProblem, ...savingsTargetProblems(details), ...membershipProblems(details.members, known)];
}

/** Membership problems in the words of someone removing one member, rather than choosing them all. */
export function removalProblems(
  remainingIds: readonly string[],
  known: ReadonlyMap<string, { kind: MemberKind }>,
): FieldError[] {
  const reworded: Record<string, string> = {
    'Select two or more organisations': 'An alliance must keep two or more organisations',
    'Select at least one police force':
      'An alliance of police organisations must keep at least one police force',
  };
  return membershipProblems(remainingIds, known).map((problem) => ({
    field: problem.field,
    message: reworded[problem.message] ?? problem.message,
  }));
}

/** Who joins and who leaves when a membership list is replaced. */
export function membershipChanges(
  current: readonly string[],
  wanted: readonly string[],
): { added: string[]; removed: string[] } {
  const wantedSet = new Set(wanted);
  const currentSet = new Set(current);
  return {
    added: [...wantedSet].filter((id) => !currentSet.has(id)),
    removed: current.filter((id) => !wantedSet.has(id)),
  };
}
