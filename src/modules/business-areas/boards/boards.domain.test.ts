import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../platform/dates.ts';
import {
  agendaChanges,
  agendaProblems,
  missingBoardKinds,
  paragraphs,
  splitMeetings,
  type AgendaCandidate,
} from './boards.domain.ts';

const area = (id: string, allianceId = 'A', inScope = true): AgendaCandidate => ({
  id,
  allianceId,
  name: `Area ${id}`,
  inScope,
});
const known = new Map(
  [area('ict'), area('hr'), area('dogs', 'B'), area('local', 'A', false)].map((a) => [a.id, a]),
);

describe('boards', () => {
  it.each([
    [[], ['programme_team', 'programme_board', 'executive_board']],
    [['programme_board'], ['programme_team', 'executive_board']],
    [['executive_board', 'programme_team', 'programme_board'], []],
  ])('with %j still needs %j', (existing, missing) => {
    expect(missingBoardKinds(existing)).toEqual(missing);
  });
});

describe('agenda', () => {
  it.each([
    ['its own areas', ['hr', 'ict'], [], []],
    ['nothing', [], [], []],
    [
      'an area of another alliance',
      ['ict', 'dogs'],
      [],
      ['Select business areas of this alliance from the list'],
    ],
    ['an unknown area', ['nope'], [], ['Select business areas of this alliance from the list']],
    ['an excluded area', ['local'], [], ['Area local is excluded from the alliance']],
    ['an excluded area already on it', ['local'], ['local'], []],
    ['the same area twice', ['ict', 'ict'], [], ['Select each business area only once']],
  ])('accepts or refuses %s', (_case, chosen, already, messages) => {
    expect(agendaProblems(chosen, 'A', known, already).map((p) => p.message)).toEqual(messages);
  });

  it('says what was added and removed', () => {
    expect(agendaChanges(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });
});

describe('meetings', () => {
  it('puts today and later in next (soonest first) and earlier in past (latest first)', () => {
    const meetings = ['2016-03-01', '2016-04-01', '2016-03-15', '2016-02-01', '2016-03-16'].map((heldOn) => ({
      heldOn,
    }));
    const { next, past } = splitMeetings(meetings, '2016-03-15' as IsoDate);
    expect(next.map((m) => m.heldOn)).toEqual(['2016-03-15', '2016-03-16', '2016-04-01']);
    expect(past.map((m) => m.heldOn)).toEqual(['2016-03-01', '2016-02-01']);
  });

  it('splits text into paragraphs and lines', () => {
    expect(paragraphs('Apologies: none\nPresent: all\n\n\nItem 1 agreed\r\n\r\n  ')).toEqual([
      ['Apologies: none', 'Present: all'],
      ['Item 1 agreed'],
    ]);
    expect(paragraphs(null)).toEqual([]);
  });
});
