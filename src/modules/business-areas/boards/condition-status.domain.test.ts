import { describe, expect, it } from 'vitest';
import { londonDate, type IsoDate } from '../../../platform/dates.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { conditionStatus, matchesFilter, sortConditions } from './condition-status.domain.ts';

const today = '2016-03-15' as IsoDate;

describe('condition status', () => {
  it.each([
    ['due yesterday and open', { dueOn: '2016-03-14', closedOn: null }, 'overdue'],
    ['due today and open', { dueOn: '2016-03-15', closedOn: null }, 'open'],
    ['due tomorrow and open', { dueOn: '2016-03-16', closedOn: null }, 'open'],
    ['due last year and closed', { dueOn: '2015-03-14', closedOn: '2015-04-01' }, 'closed'],
    ['closed before it was due', { dueOn: '2016-06-01', closedOn: '2016-03-01' }, 'closed'],
  ])('is %s', (_case, condition, expected) => {
    expect(conditionStatus(condition, today)).toBe(expected);
  });

  it('counts the day in the UK: 11:30pm on 31 March BST is already 1 April', () => {
    const clock = fixedClock('2016-03-31T23:30:00Z');
    const ukToday = londonDate(clock.now());
    expect(ukToday).toBe('2016-04-01');
    expect(conditionStatus({ dueOn: '2016-03-31', closedOn: null }, ukToday)).toBe('overdue');
  });

  it('is not overdue at 11:30pm GMT on the day it is due', () => {
    const ukToday = londonDate(fixedClock('2016-01-31T23:30:00Z').now());
    expect(conditionStatus({ dueOn: '2016-01-31', closedOn: null }, ukToday)).toBe('open');
  });
});

describe('filters', () => {
  it.each([
    ['all', ['open', 'overdue', 'closed']],
    ['open', ['open', 'overdue']],
    ['overdue', ['overdue']],
    ['closed', ['closed']],
  ] as const)('%s shows %j', (filter, shown) => {
    const statuses = (['open', 'overdue', 'closed'] as const).filter((s) => matchesFilter(s, filter));
    expect(statuses).toEqual(shown);
  });
});

describe('ordering', () => {
  it('lists overdue first, then open by due date, then closed, newest closure first', () => {
    const sorted = sortConditions(
      [
        { id: 'closed-early', dueOn: '2016-01-01', closedOn: '2016-01-10' },
        { id: 'open-late', dueOn: '2016-05-01', closedOn: null },
        { id: 'overdue-recent', dueOn: '2016-03-10', closedOn: null },
        { id: 'closed-late', dueOn: '2016-01-01', closedOn: '2016-02-10' },
        { id: 'open-soon', dueOn: '2016-03-20', closedOn: null },
        { id: 'overdue-old', dueOn: '2016-02-01', closedOn: null },
      ],
      today,
    );
    expect(sorted.map((c) => c.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'open-soon',
      'open-late',
      'closed-late',
      'closed-early',
    ]);
    expect(sorted[0]?.status).toBe('overdue');
  });
});
