import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../platform/dates.ts';
import { TRANSITIONS, findTransition } from './business-case.domain.ts';
import {
  BOARD_KINDS,
  BOARD_STAGE,
  DECISION_OUTCOMES,
  boardForStage,
  closureProblems,
  decisionOpensSubmission,
  decisionProblems,
  isOverdue,
  moverFor,
  soleDecisionStageProblem,
  soleTitles,
  stageAfterDecision,
} from './pipeline.domain.ts';

describe('how people name the corporation soles', () => {
  it.each([
    [
      'chief_constable',
      { name: 'Dorset Police', shortName: 'Dorset' },
      'Chief Constable of Dorset Police',
      'Chief Constable of Dorset Police',
    ],
    [
      'police_and_crime_commissioner',
      { name: 'Office of the Police and Crime Commissioner for Dorset', shortName: 'OPCC Dorset' },
      'Police and Crime Commissioner for Dorset',
      'Dorset PCC',
    ],
    [
      'police_and_crime_commissioner',
      {
        name: 'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
        shortName: 'OPCC Devon and Cornwall',
      },
      'Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
      'Devon and Cornwall PCC',
    ],
    [
      'police_fire_and_crime_commissioner',
      { name: 'Office of the Police, Fire and Crime Commissioner for Essex', shortName: 'Essex PFCC' },
      'Police, Fire and Crime Commissioner for Essex',
      'Essex PFCC',
    ],
    [
      'police_and_crime_commissioner',
      { name: 'Wiltshire policing body', shortName: 'Wiltshire body' },
      'Police and Crime Commissioner for Wiltshire body',
      'Wiltshire body PCC',
    ],
  ] as const)('names the %s of %o', (office, organisation, title, shortTitle) => {
    expect(soleTitles(office, organisation)).toEqual({ title, shortTitle });
  });
});

describe('board decisions', () => {
  const CONDITION = { description: 'Agree the rota', owner: 'Head of Fleet', dueOn: '2015-06-30' };

  it('pairs each board with the stage it reviews, and the table lets it move the case on', () => {
    for (const board of BOARD_KINDS) {
      expect(boardForStage(BOARD_STAGE[board])).toBe(board);
      for (const outcome of DECISION_OUTCOMES) {
        const to = stageAfterDecision(board, outcome);
        if (
          !to ||
          decisionProblems(
            board,
            outcome,
            'reasons',
            outcome === 'approved_with_conditions' ? [CONDITION] : [],
          ).length > 0
        )
          continue;
        expect(findTransition(BOARD_STAGE[board], to)?.by, `${board} ${outcome}`).toBe(moverFor(board));
      }
    }
    expect(boardForStage('scoping')).toBeUndefined();
  });

  it('moves nothing on a deferral, and returns a case to development', () => {
    expect(stageAfterDecision('programme_board', 'deferred')).toBeUndefined();
    expect(DECISION_OUTCOMES.filter(decisionOpensSubmission)).toEqual(['deferred']);
    expect(stageAfterDecision('executive_board', 'returned')).toBe('in_development');
    expect(stageAfterDecision('executive_board', 'approved_with_conditions')).toBe('formal_consultation');
  });

  it.each([
    ['approved_with_conditions', undefined, [], 'Enter at least one condition of the approval'],
    ['approved', undefined, [CONDITION], /^Conditions go with an approval with conditions/],
    ['returned', ' ', [], 'Enter the reasons the case was returned for rework'],
    ['rejected', undefined, [], 'Enter the reasons the case was rejected'],
  ] as const)('refuses %s with reasons %o and %o conditions', (outcome, reasons, conditions, message) => {
    const [problem] = decisionProblems('executive_board', outcome, reasons, conditions);
    expect(problem?.message).toMatch(message);
  });

  it('lets only the executive board reject, and caps the conditions', () => {
    expect(decisionProblems('programme_board', 'rejected', 'No', [])[0]?.field).toBe('outcome');
    expect(decisionProblems('executive_board', 'rejected', 'No', [])).toEqual([]);
    const six = Array.from({ length: 6 }, () => CONDITION);
    expect(decisionProblems('executive_board', 'approved_with_conditions', undefined, six)).toEqual([
      { field: 'conditions', message: 'Enter 5 conditions or fewer' },
    ]);
  });
});

describe('sole decisions and conditions', () => {
  it('records a sole decision only at the stage that needs it', () => {
    expect(soleDecisionStageProblem('strategic_outline_case', 'strategic_outline_case')).toBeUndefined();
    expect(soleDecisionStageProblem('executive_decision', 'executive_board_decision')).toBeUndefined();
    expect(soleDecisionStageProblem('executive_decision', 'formal_consultation')).toBe(
      'The executive decision can be recorded only while the case is at "Executive board decision": it is at "Formal consultation"',
    );
  });

  it('flags a condition overdue the day after it was due, unless closed', () => {
    const today = '2016-03-15' as IsoDate;
    expect(isOverdue({ dueOn: '2016-03-15', closedOn: null }, today)).toBe(false);
    expect(isOverdue({ dueOn: '2016-03-14', closedOn: null }, today)).toBe(true);
    expect(isOverdue({ dueOn: '2016-03-14', closedOn: '2016-03-14' }, today)).toBe(false);
  });

  it('closes a condition once, not in the future and not before the meeting that set it', () => {
    const open = { closedOn: null, raisedOn: '2015-02-03' };
    expect(closureProblems(open, '2015-02-03', '2016-03-15')).toEqual([]);
    expect(closureProblems(open, '2016-03-16', '2016-03-15')[0]?.message).toMatch(/today or in the past/);
    expect(closureProblems(open, '2015-02-02', '2016-03-15')[0]?.message).toMatch(/3 February 2015$/);
    expect(closureProblems({ ...open, closedOn: '2015-05-01' }, '2015-06-01', '2016-03-15')[0]?.message).toBe(
      'This condition was already closed on 1 May 2015',
    );
  });

  it('keeps every board stage in the transition table', () => {
    for (const board of BOARD_KINDS) expect(TRANSITIONS[BOARD_STAGE[board]].length).toBeGreaterThan(0);
  });
});
