import { describe, expect, it } from 'vitest';
import { notYetApproved, unanimity, type CorporationSole, type SoleDecision } from './approvals.domain.ts';

const soles: CorporationSole[] = [
  { key: 'dc-cc', title: 'Chief Constable of Devon & Cornwall Police' },
  { key: 'dc-pcc', title: 'Devon and Cornwall PCC' },
  { key: 'd-cc', title: 'Chief Constable of Dorset Police' },
  { key: 'd-pcc', title: 'Dorset PCC' },
];
let minute = 0;
const decide = (soleKey: string, decision: 'approved' | 'refused', delegate = false): SoleDecision => ({
  soleKey,
  decision,
  decidedBy: delegate ? 'Deputy Chief Constable' : 'Office holder',
  onBehalfAsDelegate: delegate,
  decidedAt: new Date(Date.UTC(2016, 2, 1, 10, minute++)),
});

describe('approval by every corporation sole', () => {
  it('is approved only when all four approve', () => {
    expect(
      unanimity(
        soles,
        soles.map((sole) => decide(sole.key, 'approved')),
      ),
    ).toEqual({ status: 'approved' });
  });

  it('is blocked by one refusal, whatever the others say', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('d-pcc', 'refused'),
    ];
    expect(unanimity(soles, decisions)).toEqual({ status: 'refused', refusedBy: [soles[3]] });
    expect(notYetApproved(soles, decisions)).toEqual(['Dorset PCC']);
  });

  it('waits while one has not decided, and names them', () => {
    const decisions = soles.slice(0, 3).map((s) => decide(s.key, 'approved'));
    expect(unanimity(soles, decisions)).toEqual({ status: 'pending', waitingFor: [soles[3]] });
    expect(notYetApproved(soles, decisions)).toEqual(['Dorset PCC']);
  });

  it('counts a named delegate approving on behalf of the office holder', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('d-cc', 'approved', true),
    ];
    expect(unanimity(soles, [...decisions, decide('d-pcc', 'approved', true)])).toEqual({
      status: 'approved',
    });
  });

  it('counts each sole’s latest decision', () => {
    const decisions = [...soles.map((s) => decide(s.key, 'approved')), decide('dc-pcc', 'refused')];
    expect(unanimity(soles, decisions).status).toBe('refused');
    expect(unanimity(soles, [...decisions, decide('dc-pcc', 'approved')]).status).toBe('approved');
  });

  it('ignores decisions by anyone who is not one of the soles', () => {
    const decisions = [
      ...soles.slice(0, 3).map((s) => decide(s.key, 'approved')),
      decide('someone-else', 'approved'),
    ];
    expect(unanimity(soles, decisions).status).toBe('pending');
  });

  it('works for any number of parties', () => {
    const five = Array.from({ length: 10 }, (_, i) => ({ key: `s${i}`, title: `Sole ${i}` }));
    expect(
      unanimity(
        five,
        five.map((s) => decide(s.key, 'approved')),
      ).status,
    ).toBe('approved');
    expect(
      unanimity(
        five,
        five.slice(1).map((s) => decide(s.key, 'approved')),
      ),
    ).toMatchObject({ status: 'pending' });
  });
});
