import { describe, expect, it } from 'vitest';
import type { FinancialYear, IsoDate } from '../../platform/dates.ts';
import { pence } from '../../platform/money.ts';
import {
  ALLIANCE_STATUSES,
  allianceProblems,
  canChangeStatus,
  membershipChanges,
  membershipProblems,
  savingsTargetProblems,
  statusChoices,
  statusMoveProblem,
  type AllianceStatus,
  type MemberKind,
} from './alliances.domain.ts';

const ALLOWED: ReadonlySet<string> = new Set([
  'proposed→active',
  'proposed→ended',
  'active→ending',
  'ending→ended',
]);

describe('alliance status moves', () => {
  const pairs = ALLIANCE_STATUSES.flatMap((from) => ALLIANCE_STATUSES.map((to) => [from, to] as const));

  it('covers every pair of statuses', () => {
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}→${to}`);
    expect(canChangeStatus(from, to)).toBe(allowed);
    const problem = statusMoveProblem(from, to);
    if (allowed || from === to) expect(problem).toBeUndefined();
    else expect(problem).toMatch(/^An? \w+ alliance (can only move to|cannot change status)/);
  });

  it.each([
    ['proposed', ['proposed', 'active', 'ended']],
    ['active', ['active', 'ending']],
    ['ending', ['ending', 'ended']],
    ['ended', ['ended']],
  ] as const)('offers %s the moves it may make', (current, choices) => {
    expect(statusChoices(current as AllianceStatus)).toEqual(choices);
  });

  it('explains a refused move in words', () => {
    expect(statusMoveProblem('active', 'proposed')).toBe('An active alliance can only move to ending');
    expect(statusMoveProblem('proposed', 'ending')).toBe(
      'A proposed alliance can only move to active or ended',
    );
    expect(statusMoveProblem('ended', 'active')).toBe('An ended alliance cannot change status');
  });
});

const ORGANISATIONS = new Map<string, { kind: MemberKind }>([
  ['force-a', { kind: 'police_force' }],
  ['force-b', { kind: 'police_force' }],
  ['pcc-a', { kind: 'policing_body' }],
  ['pcc-b', { kind: 'policing_body' }],
  ['fire-a', { kind: 'fire_and_rescue_authority' }],
  ['fire-b', { kind: 'fire_and_rescue_authority' }],
]);

describe('membership', () => {
  it.each([
    ['two forces', ['force-a', 'force-b'], undefined],
    ['two forces and their PCC offices', ['force-a', 'force-b', 'pcc-a', 'pcc-b'], undefined],
    ['five members of mixed kinds', ['force-a', 'pcc-a', 'fire-a', 'fire-b', 'force-b'], undefined],
    ['a force and a fire authority', ['force-a', 'fire-a'], undefined],
    ['two fire authorities (not a police alliance)', ['fire-a', 'fire-b'], undefined],
    ['a PCC office and a fire authority', ['pcc-a', 'fire-a'], undefined],
    ['nobody', [], 'Select two or more organisations'],
    ['one organisation', ['force-a'], 'Select two or more organisations'],
    ['one organisation twice', ['force-a', 'force-a'], 'Select two or more organisations'],
    ['two PCC offices and no force', ['pcc-a', 'pcc-b'], 'Select at least one police force'],
    ['an unknown organisation', ['force-a', 'nobody'], 'Select organisations from the list'],
  ])('%s', (_name, members, message) => {
    const problems = membershipProblems(members, ORGANISATIONS);
    expect(problems).toEqual(message ? [{ field: 'members', message }] : []);
  });
});

const year = (value: number) => value as FinancialYear;
const date = (value: string) => value as IsoDate;

describe('savings target', () => {
  it.each([
    ['no target at all', {}, []],
    ['£12m due 2017/18, formed March 2015', { t: 1_200_000_000, y: 2017, f: '2015-03-31' }, []],
    ['due in the year of forming', { t: 100, y: 2014, f: '2015-03-31' }, []],
    ['a zero target', { t: 0, y: 2016 }, []],
    ['negative', { t: -1, y: 2016 }, [['savingsTarget', 'The savings target must not be negative']]],
    ['a target without a year', { t: 100 }, [['savingsTargetYear', 'Enter the year the savings are due']]],
    [
      'a year without a target',
      { y: 2017 },
      [['savingsTarget', 'Enter the savings target, or remove the year']],
    ],
    [
      'due before the alliance was formed',
      { t: 100, y: 2013, f: '2015-03-31' },
      [
        [
          'savingsTargetYear',
          'The year the savings are due must be 2014/15 (when the alliance was formed) or later',
        ],
      ],
    ],
    [
      'formed on 1 April: the next financial year',
      { t: 100, y: 2014, f: '2015-04-01' },
      [
        [
          'savingsTargetYear',
          'The year the savings are due must be 2015/16 (when the alliance was formed) or later',
        ],
      ],
    ],
  ] as const)('%s', (_name, input, expected) => {
    const details = input as { t?: number; y?: number; f?: string };
    const problems = savingsTargetProblems({
      savingsTarget: details.t === undefined ? undefined : pence(details.t),
      savingsTargetYear: details.y === undefined ? undefined : year(details.y),
      formedOn: details.f === undefined ? undefined : date(details.f),
    });
    expect(problems).toEqual(expected.map(([field, message]) => ({ field, message })));
  });
});

describe('a whole alliance', () => {
  const valid = {
    name: 'Strategic alliance',
    shortName: 'Alliance',
    status: 'active' as const,
    formedOn: date('2015-03-31'),
    savingsTarget: pence(1_200_000_000),
    savingsTargetYear: year(2017),
    members: ['force-a', 'force-b'],
  };

  it('accepts a valid new alliance', () => {
    expect(allianceProblems(valid, ORGANISATIONS)).toEqual([]);
  });

  it('refuses a new alliance that is already ending', () => {
    expect(allianceProblems({ ...valid, status: 'ending' }, ORGANISATIONS)).toEqual([
      { field: 'status', message: 'A new alliance must be proposed or active' },
    ]);
  });

  it('checks a change of status against the current one, and lists every problem', () => {
    const problems = allianceProblems(
      { ...valid, status: 'proposed', members: ['force-a'] },
      ORGANISATIONS,
      'active',
    );
    expect(problems.map((p) => p.field)).toEqual(['status', 'members']);
  });

  it('accepts an unchanged status on an existing alliance', () => {
    expect(allianceProblems({ ...valid, status: 'ending' }, ORGANISATIONS, 'ending')).toEqual([]);
  });
});

describe('membership changes', () => {
  it('finds who joins and who leaves', () => {
    expect(membershipChanges(['a', 'b', 'c'], ['b', 'd', 'd'])).toEqual({
      added: ['d'],
      removed: ['a', 'c'],
    });
    expect(membershipChanges(['a'], ['a'])).toEqual({ added: [], removed: [] });
  });
});
