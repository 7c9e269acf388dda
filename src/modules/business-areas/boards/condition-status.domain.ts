import type { IsoDate } from '../../../platform/dates.ts';

export type ConditionStatus = 'open' | 'overdue' | 'closed';

export const CONDITION_STATUS_LABELS: Record<ConditionStatus, string> = {
  open: 'Open',
  overdue: 'Overdue',
  closed: 'Closed',
};

export interface ConditionDates {
  readonly dueOn: string;
  readonly closedOn: string | null;
}

/** A condition is overdue once the day it was due has passed (UK time) and it is still open. */
export function conditionStatus(condition: ConditionDates, today: IsoDate): ConditionStatus {
  if (condition.closedOn !== null) return 'closed';
  return condition.dueOn < today ? 'overdue' : 'open';
}

export type ConditionFilter = 'all' | 'open' | 'overdue' | 'closed';
export const CONDITION_FILTERS: readonly ConditionFilter[] = ['all', 'open', 'overdue', 'closed'];

/** "Open" means not yet closed, so it includes the overdue ones. */
export function matchesFilter(status: ConditionStatus, filter: ConditionFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status !== 'closed';
  return status === filter;
}

const STATUS_ORDER: Record<ConditionStatus, number> = { overdue: 0, open: 1, closed: 2 };

/**
 * Overdue first, then open, each by the date due; closed last, most recently closed first.
 * Ties keep their order, so callers can pass conditions sorted by area.
 */
export function sortConditions<T extends ConditionDates>(
  conditions: readonly T[],
  today: IsoDate,
): (T & { status: ConditionStatus })[] {
  return conditions
    .map((condition) => ({ ...condition, status: conditionStatus(condition, today) }))
    .sort((a, b) => {
      const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      if (byStatus !== 0) return byStatus;
      if (a.status === 'closed') return compare(b.closedOn ?? '', a.closedOn ?? '');
      return compare(a.dueOn, b.dueOn);
    });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
