import type { FieldError } from '../../platform/errors.ts';
import { formatDate, parseIsoDate } from '../../platform/dates.ts';

/**
 * The alliance's exit strategy, agreed by the four corporation soles: a party that ends an agreement
 * on its own keeps contributing to the running costs for at most two years, unless the parties
 * agree otherwise, which they do by a variation (briefing for PCC candidates, March 2016).
 */
export const EXIT_CONTRIBUTION_LIMIT_MONTHS = 24;

/** What an agreement says: each variation replaces the whole of it from a date. */
export interface AgreementTerms {
  readonly title: string;
  readonly objective: string;
  readonly functions: string;
  readonly providesForOfficers: boolean;
  readonly businessAreaIds: readonly string[];
  readonly costSharingBasisId: string | null;
  readonly hostOrganisationId: string | null;
  readonly directionAndControlOrganisationId: string | null;
  readonly reviewDate: string | null;
  readonly noticeMonths: number;
  readonly exitContributionMonths: number;
  readonly insuranceAndLiabilities: string;
  readonly disputeResolution: string;
  readonly operationallySensitive: boolean;
}

/** One version's span: from the day it takes effect to the day before the next one does. */
export interface VersionSpan {
  readonly versionNumber: number;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
}

export function versionOn<V extends VersionSpan>(versions: readonly V[], onDate: string): V | undefined {
  return versions.find(
    (version) =>
      version.effectiveFrom <= onDate && (version.effectiveTo === null || version.effectiveTo >= onDate),
  );
}

export function latestVersion<V extends VersionSpan>(versions: readonly V[]): V | undefined {
  return versions.reduce<V | undefined>(
    (latest, version) => (!latest || version.versionNumber > latest.versionNumber ? version : latest),
    undefined,
  );
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Calendar months; a day the month lacks (31 August + 1 month) falls to its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A variation takes effect after the version it varies began, so no two versions cover one day
 * (a later agreement varies an earlier one: Police Act 1996 s23C).
 */
export function variationDateProblem(
  versions: readonly VersionSpan[],
  effectiveFrom: string,
): FieldError | undefined {
  const latest = latestVersion(versions);
  if (!latest || effectiveFrom > latest.effectiveFrom) return undefined;
  const message =
    `The variation must take effect after ${formatDate(latest.effectiveFrom)}, when version ` +
    `${latest.versionNumber} took effect: two versions cannot cover the same day`;
  return { field: 'effectiveFrom', message };
}

/** The spans after a variation: the latest version ends the day before the new one starts. */
export function closeBefore<V extends VersionSpan>(latest: V, effectiveFrom: string): V {
  return { ...latest, effectiveTo: addDays(effectiveFrom, -1) };
}

/** Only a variation may allow a longer continuing contribution than the exit strategy's two years. */
export function termsProblems(
  terms: AgreementTerms,
  commencement: string,
  options: { readonly byVariation: boolean },
): FieldError[] {
  const problems: FieldError[] = [];
  if (!options.byVariation && terms.exitContributionMonths > EXIT_CONTRIBUTION_LIMIT_MONTHS) {
    problems.push({
      field: 'exitContributionMonths',
      message: `The leaving party's continuing contribution can be at most ${EXIT_CONTRIBUTION_LIMIT_MONTHS} months unless the parties agree a variation`,
    });
  }
  if (terms.reviewDate !== null && terms.reviewDate <= commencement) {
    problems.push({ field: 'reviewDate', message: 'The review date must be after the agreement commences' });
  }
  const hostless = terms.providesForOfficers && terms.directionAndControlOrganisationId === null;
  if (hostless) {
    const message =
      'Select whose chief officer has direction and control of the officers (Police Act 1996, section 88)';
    problems.push({ field: 'directionAndControlOrganisationId', message });
  }
  return problems;
}

export const TERMINATION_KINDS = ['joint', 'unilateral'] as const;
export type TerminationKind = (typeof TERMINATION_KINDS)[number];

export interface Termination {
  readonly kind: TerminationKind;
  readonly noticeGivenOn: string;
  readonly terminatesOn: string;
  readonly leavingOrganisationId: string | null;
}

/** The last day of notice: notice given on 1 October for 12 months runs to 30 September. */
export function noticeEnds(noticeGivenOn: string, noticeMonths: number): string {
  return addDays(addMonths(noticeGivenOn, noticeMonths), -1);
}

/**
 * Joint termination is by agreement of all the parties (s23C) and ends when they say; a party
 * leaving alone gives the agreement's notice, and the agreement ends no earlier than its last day.
 */
export function terminationProblems(
  termination: Termination,
  noticeMonths: number,
  partyOrganisations: readonly string[],
): FieldError[] {
  if (termination.terminatesOn < termination.noticeGivenOn) {
    return [
      {
        field: 'terminatesOn',
        message: 'The termination date must be on or after the date notice was given',
      },
    ];
  }
  if (termination.kind === 'joint') return [];
  if (!termination.leavingOrganisationId || !partyOrganisations.includes(termination.leavingOrganisationId)) {
    return [{ field: 'leavingOrganisationId', message: 'Select the party that is leaving' }];
  }
  const lastDay = noticeEnds(termination.noticeGivenOn, noticeMonths);
  if (termination.terminatesOn < lastDay) {
    const message = `The termination date must be on or after ${formatDate(lastDay)}, the last day of ${noticeMonths} months' notice`;
    return [{ field: 'terminatesOn', message }];
  }
  return [];
}

/** "?asAt=2017-04-01": a real date, or none. */
export function asAtDate(text: string | undefined): string | undefined {
  return text === undefined ? undefined : parseIsoDate(text);
}
