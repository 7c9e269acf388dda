import { formatDate, type FinancialYear, type IsoDate } from '../../../platform/dates.ts';
import type { FieldError } from '../../../platform/errors.ts';

/**
 * The versions of a cost-sharing basis over time: which one governs a financial year, and what
 * adopting a new one does to those before it.
 */

/** A stored version of a basis: the figures it gave are always traceable to it. */
export interface BasisVersion {
  readonly id: string;
  readonly businessAreaId: string | null;
  readonly versionNumber: number;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
}

/**
 * The basis that governs a financial year is the one in effect on its first day, 1 April; a
 * basis adopted during a year governs from the next year. A business area's own basis, where it
 * has one for that day, wins over the alliance's default.
 */
export function basisForYear<T extends BasisVersion>(
  versions: readonly T[],
  year: FinancialYear,
  businessAreaId: string | null,
): T | undefined {
  const day = `${year}-04-01`;
  const inEffect = (v: T) => v.effectiveFrom <= day && (v.effectiveTo === null || v.effectiveTo >= day);
  return (
    versions.find((v) => v.businessAreaId === businessAreaId && businessAreaId !== null && inEffect(v)) ??
    versions.find((v) => v.businessAreaId === null && inEffect(v))
  );
}

/** The day before an ISO date, for closing the version a new one replaces. */
export function dayBefore(date: IsoDate): IsoDate {
  const time = new Date(`${date}T00:00:00Z`).getTime() - 86_400_000;
  return new Date(time).toISOString().slice(0, 10) as IsoDate;
}

/** The day after an ISO date, on which an interrupted open-ended version resumes. */
export function dayAfter(date: IsoDate): IsoDate {
  const time = new Date(`${date}T00:00:00Z`).getTime() + 86_400_000;
  return new Date(time).toISOString().slice(0, 10) as IsoDate;
}

const LAST_DAY = '9999-12-31';

/** The open-ended version that a new version starting on `from` follows, if any. */
function openVersionBefore<T extends BasisVersion>(existing: readonly T[], from: IsoDate): T | undefined {
  return existing.find((v) => v.effectiveTo === null && v.effectiveFrom < from);
}

/**
 * A new version starts on `from` (and may end on `to`). It may follow the open-ended version before
 * it: that one is closed the day before. If the new version ends, it interrupts the open-ended one,
 * which resumes the day after (see `adoptionPlan`), so no year is left without a basis. Any other
 * overlap with a version of the same scope is refused, because a day can only have one basis.
 */
export function effectiveDateProblems(
  existing: readonly BasisVersion[],
  from: IsoDate,
  to: IsoDate | null,
): FieldError[] {
  if (to !== null && to < from) {
    return [{ field: 'effectiveTo', message: 'The end date must be the same as or after the start date' }];
  }
  if (to === LAST_DAY) {
    return [{ field: 'effectiveTo', message: 'Leave the end date empty for a version with no end' }];
  }
  const open = openVersionBefore(existing, from);
  const clash = existing.find((v) => {
    const endsBefore = (v.effectiveTo ?? LAST_DAY) < from;
    const startsAfter = to !== null && v.effectiveFrom > to;
    return !endsBefore && !startsAfter && v !== open;
  });
  if (!clash) return [];
  return [{ field: 'effectiveFrom', message: clashMessage(clash, to) }];
}

function clashMessage(clash: BasisVersion, to: IsoDate | null): string {
  const dates = `in effect from ${formatDate(clash.effectiveFrom)}${clash.effectiveTo ? ` to ${formatDate(clash.effectiveTo)}` : ''}`;
  const overlap = `The dates overlap version ${clash.versionNumber}, ${dates}`;
  if (clash.effectiveTo !== null || to === null) return overlap;
  return `${overlap}: it cannot be split, because a version can interrupt it only by starting after ${formatDate(clash.effectiveFrom)}`;
}

/** What adopting a version does to the versions of its scope: never more than this. */
export interface AdoptionPlan<T extends BasisVersion> {
  /** The open-ended version the new one follows: it ends the day before the new one starts. */
  readonly closes: T | undefined;
  /**
   * Where the new version ends inside that open-ended one: a copy of it, with the same figures,
   * resumes the day after the new one ends.
   */
  readonly resumes: { readonly version: T; readonly from: IsoDate } | undefined;
}

/** For dates that `effectiveDateProblems` accepts. */
export function adoptionPlan<T extends BasisVersion>(
  existing: readonly T[],
  from: IsoDate,
  to: IsoDate | null,
): AdoptionPlan<T> {
  const closes = openVersionBefore(existing, from);
  const resumes = closes && to !== null ? { version: closes, from: dayAfter(to) } : undefined;
  return { closes, resumes };
}
