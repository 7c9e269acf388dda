import { describe, expect, it } from 'vitest';
import {
  STAGES,
  TRANSITIONS,
  findTransition,
  hasPassedStage,
  opensSubmission,
  type Mover,
  type Stage,
} from './business-case.domain.ts';
import { checkMove, type MoveFacts } from './business-case.testing.ts';

const MOVERS: readonly Mover[] = ['programme_team', 'programme_board', 'executive_board'];
const allClear: MoveFacts = { soleApprovalsMissing: () => [], consultationOpen: false };

/** The whole table written out again by hand: every allowed (from, to, mover). */
const EXPECTED: ReadonlyArray<[Stage, Stage, Mover]> = [
  ['scoping', 'strategic_outline_case', 'programme_team'],
  ['scoping', 'withdrawn', 'programme_team'],
  ['strategic_outline_case', 'in_development', 'programme_team'],
  ['strategic_outline_case', 'withdrawn', 'programme_team'],
  ['in_development', 'programme_team_review', 'programme_team'],
  ['in_development', 'withdrawn', 'programme_team'],
  ['programme_team_review', 'programme_board_review', 'programme_team'],
  ['programme_team_review', 'in_development', 'programme_team'],
  ['programme_team_review', 'withdrawn', 'programme_team'],
  ['programme_board_review', 'executive_board_decision', 'programme_board'],
  ['programme_board_review', 'in_development', 'programme_board'],
  ['programme_board_review', 'withdrawn', 'programme_team'],
  ['executive_board_decision', 'formal_consultation', 'executive_board'],
  ['executive_board_decision', 'in_development', 'executive_board'],
  ['executive_board_decision', 'rejected', 'executive_board'],
  ['executive_board_decision', 'withdrawn', 'programme_team'],
  ['formal_consultation', 'implementation', 'programme_team'],
  ['formal_consultation', 'withdrawn', 'programme_team'],
  ['implementation', 'live', 'programme_team'],
  ['implementation', 'withdrawn', 'programme_team'],
];
const allowed = new Set(EXPECTED.map(([from, to, mover]) => `${from}>${to}>${mover}`));

describe('the business case transition table, pair by pair and mover by mover', () => {
  const cases = STAGES.flatMap((from) =>
    STAGES.flatMap((to) => MOVERS.map((mover) => [from, to, mover] as const)),
  );

  it.each(cases)('%s → %s by %s', (from, to, mover) => {
    const refusal = checkMove(mover, from, to, 'a reason', allClear);
    if (allowed.has(`${from}>${to}>${mover}`)) {
      expect(refusal).toBeUndefined();
    } else if (findTransition(from, to)) {
      expect(refusal?.reason).toBe('wrong_mover');
    } else {
      expect(refusal?.reason).toBe('not_allowed');
    }
  });

  it('has exactly the moves written out above', () => {
    const inTable = STAGES.flatMap((from) => TRANSITIONS[from].map((t) => `${from}>${t.to}>${t.by}`));
    expect(new Set(inTable)).toEqual(allowed);
  });

  it('ends at live, rejected and withdrawn', () => {
    expect(STAGES.filter((stage) => TRANSITIONS[stage].length === 0)).toEqual([
      'live',
      'rejected',
      'withdrawn',
    ]);
  });
});

describe('what a move needs', () => {
  it('needs a reason to return a case for rework, reject it or withdraw it', () => {
    expect(
      checkMove('programme_board', 'programme_board_review', 'in_development', '  ', allClear),
    ).toMatchObject({
      reason: 'reason_required',
    });
    expect(
      checkMove('executive_board', 'executive_board_decision', 'rejected', undefined, allClear)?.reason,
    ).toBe('reason_required');
    expect(checkMove('programme_team', 'scoping', 'withdrawn', '', allClear)?.reason).toBe('reason_required');
  });

  it('names every corporation sole who has not approved', () => {
    const facts: MoveFacts = { ...allClear, soleApprovalsMissing: () => ['Dorset PCC'] };
    expect(
      checkMove('executive_board', 'executive_board_decision', 'formal_consultation', undefined, facts),
    ).toEqual({
      reason: 'gate',
      gate: 'all_soles_approved',
      message: 'Dorset PCC has not approved',
    });
    const two: MoveFacts = {
      ...allClear,
      soleApprovalsMissing: () => [
        'Dorset PCC',
        'Devon and Cornwall PCC',
        'Chief Constable of Dorset Police',
      ],
    };
    expect(
      checkMove('programme_team', 'strategic_outline_case', 'in_development', undefined, two)?.message,
    ).toBe('Dorset PCC, Devon and Cornwall PCC and Chief Constable of Dorset Police have not approved');
  });

  it('keeps a case out of implementation while its consultation is open, and waits while none is recorded', () => {
    const open = { ...allClear, consultationOpen: true };
    const unknown = { ...allClear, consultationOpen: undefined };
    expect(
      checkMove('programme_team', 'formal_consultation', 'implementation', undefined, open)?.message,
    ).toMatch(/still open/);
    expect(
      checkMove('programme_team', 'formal_consultation', 'implementation', undefined, unknown)?.message,
    ).toBe('Waiting for consultation to close');
    expect(
      checkMove('programme_team', 'formal_consultation', 'implementation', undefined, allClear),
    ).toBeUndefined();
  });
});

describe('the moves that start a new submission for the soles to approve again', () => {
  /** Written out by hand: the moves back for rework, and nothing else. */
  const REWORK: ReadonlyArray<[Stage, Stage]> = [
    ['programme_team_review', 'in_development'],
    ['programme_board_review', 'in_development'],
    ['executive_board_decision', 'in_development'],
  ];
  const rework = new Set(REWORK.map(([from, to]) => `${from}>${to}`));

  it.each(EXPECTED.map(([from, to]) => [from, to] as const))('%s → %s', (from, to) => {
    expect(opensSubmission(from, to)).toBe(rework.has(`${from}>${to}`));
  });

  it('opens one for every move back down the pipeline', () => {
    for (const [from, to] of EXPECTED) {
      const back = STAGES.indexOf(to) < STAGES.indexOf(from);
      expect(opensSubmission(from, to), `${from} → ${to}`).toBe(back);
    }
  });

  it.each([
    ['in_development', 'executive_board_decision', false],
    ['executive_board_decision', 'executive_board_decision', false],
    ['formal_consultation', 'executive_board_decision', true],
    ['in_development', 'strategic_outline_case', true],
    ['rejected', 'executive_board_decision', true],
  ] as const)('a case at %s has passed %s: %s', (stage, gateStage, passed) => {
    expect(hasPassedStage(stage, gateStage)).toBe(passed);
  });
});
