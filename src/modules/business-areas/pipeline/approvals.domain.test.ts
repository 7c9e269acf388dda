import { describe, expect, it } from 'vitest';
import {
  countedSubmission,
  isForEarlierSubmission,
  notYetApproved,
  unanimity,
  type CorporationSole,
  type SoleDecision,
} from './approvals.domain.ts';

const soles: CorporationSole[] = [
  { key: 'dc-cc', title: 'Chief Constable of Devon & Cornwall Police' },
  { key: 'dc-pcc', title: 'Devon and Cornwall PCC' },
  { key: 'd-cc', title: 'Chief Constable of Dorset Police' },
  { key: 'd-pcc', title: 'Dorset PCC' },
];
let minute = 0;
const decide = (
  soleKey: string,
  decision: 'approved' | 'refused',
  delegate = false,
  submission = 1,
): SoleDecision => ({
  soleKey,
  decision,
  decidedBy: delegate ? 'Deputy Chief Constable' : 'Office holder',
  onBehalfAsDelegate: delegate,
  decidedAt: new Date(Date.UTC(2016, 2, 1, 10, minute++)),
  submission,
});

describe('approval by every corporation sole', () => {
  it('is approved only when all four approve', () => {
    expect(
      unanimity(
        soles,
        soles.map((sole) => decide(sole.key, 'approved')),
        1,
      ),
    ).toEqual({ status: 'approved' });
  });

  it('is blocked by one refusal, whatever the others say', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('d-pcc', 'refused'),
    ];
    expect(unanimity(soles, decisions, 1)).toEqual({ status: 'refused', refusedBy: [soles[3]] });
    expect(notYetApproved(soles, decisions, 1)).toEqual(['Dorset PCC']);
  });

  it('waits while one has not decided, and names them', () => {
    const decisions = soles.slice(0, 3).map((s) => decide(s.key, 'approved'));
    expect(unanimity(soles, decisions, 1)).toEqual({ status: 'pending', waitingFor: [soles[3]] });
    expect(notYetApproved(soles, decisions, 1)).toEqual(['Dorset PCC']);
  });

  it('counts a named delegate approving on behalf of the office holder', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('d-cc', 'approved', true),
    ];
    expect(unanimity(soles, [...decisions, decide('d-pcc', 'approved', true)], 1)).toEqual({
      status: 'approved',
    });
  });

  it('counts each sole’s latest decision', () => {
    const decisions = [...soles.map((s) => decide(s.key, 'approved')), decide('dc-pcc', 'refused')];
    expect(unanimity(soles, decisions, 1).status).toBe('refused');
    expect(unanimity(soles, [...decisions, decide('dc-pcc', 'approved')], 1).status).toBe('approved');
  });

  it('ignores decisions by anyone who is not one of the soles', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('someone-else', 'approved'),
    ];
    expect(unanimity(soles, decisions, 1).status).toBe('pending');
  });

  it('works for any number of parties', () => {
    const five = Array.from({ length: 10 }, (_, i) => ({ key: `s${i}`, title: `Sole ${i}` }));
    expect(
      unanimity(
        five,
        five.map((s) => decide(s.key, 'approved')),
        1,
      ).status,
    ).toBe('approved');
    expect(
      unanimity(
        five,
        five.slice(1).map((s) => decide(s.key, 'approved')),
        1,
      ),
    ).toMatchObject({ status: 'pending' });
  });
});

describe('approvals belong to the submission they were given for', () => {
  const [dcCc, dcPcc, dCc, dPcc] = soles.map((sole) => sole.key) as [string, string, string, string];
  const approve = (key: string, submission: number) => decide(key, 'approved', false, submission);
  const threeOfFourInFirst = [approve(dcCc, 1), approve(dcPcc, 1), approve(dCc, 1)];

  const cases: {
    name: string;
    decisions: SoleDecision[];
    submission: number;
    status: 'approved' | 'pending' | 'refused';
    missing: string[];
  }[] = [
    {
      name: 'three of four approve, the case is returned and comes back: one more approval is not enough',
      decisions: [...threeOfFourInFirst, approve(dPcc, 2)],
      submission: 2,
      status: 'pending',
      missing: [
        'Chief Constable of Devon & Cornwall Police',
        'Devon and Cornwall PCC',
        'Chief Constable of Dorset Police',
      ],
    },
    {
      name: 'after a return every sole approves the new submission',
      decisions: [...threeOfFourInFirst, ...soles.map((sole) => approve(sole.key, 2))],
      submission: 2,
      status: 'approved',
      missing: [],
    },
    {
      name: 'all four approved the earlier submission: nothing counts for the new one',
      decisions: soles.map((sole) => approve(sole.key, 1)),
      submission: 2,
      status: 'pending',
      missing: soles.map((sole) => sole.title),
    },
    {
      name: 'a refusal of an earlier submission no longer blocks',
      decisions: [decide(dPcc, 'refused', false, 1), ...soles.map((sole) => approve(sole.key, 2))],
      submission: 2,
      status: 'approved',
      missing: [],
    },
    {
      name: 'a refusal of the current submission blocks',
      decisions: [...soles.map((sole) => approve(sole.key, 1)), decide(dPcc, 'refused', false, 3)],
      submission: 3,
      status: 'refused',
      missing: soles.map((sole) => sole.title),
    },
    {
      name: 'in the first submission the three approvals leave the Dorset PCC to decide',
      decisions: threeOfFourInFirst,
      submission: 1,
      status: 'pending',
      missing: ['Dorset PCC'],
    },
  ];

  it.each(cases)('$name', ({ decisions, submission, status, missing }) => {
    expect(unanimity(soles, decisions, submission).status).toBe(status);
    expect(notYetApproved(soles, decisions, submission)).toEqual(missing);
  });

  it.each([
    { current: 2, passed: false, decided: [1, 1], counted: 2, why: 'at or before the gate: the current one' },
    { current: 3, passed: true, decided: [1, 1, 1], counted: 1, why: 'past the gate: the one it passed in' },
    { current: 3, passed: true, decided: [1, 2, 2], counted: 2, why: 'past the gate: the latest decided' },
    { current: 1, passed: true, decided: [], counted: 1, why: 'nothing decided: the current one' },
  ])('counts the submission $counted when $why', ({ current, passed, decided, counted }) => {
    const gateDecisions = decided.map((submission) => ({ submission }));
    expect(countedSubmission(current, passed, gateDecisions)).toBe(counted);
  });

  it('marks a decision as given for an earlier submission only when it is', () => {
    expect(isForEarlierSubmission({ submission: 1 }, 2)).toBe(true);
    expect(isForEarlierSubmission({ submission: 2 }, 2)).toBe(false);
  });
});
