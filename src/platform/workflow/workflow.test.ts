import { describe, expect, it } from 'vitest';
import { NOT_RECORDED, createGateRegistry, judgeGate, type GateRule } from './gates.ts';
import { moveRecord } from './history.ts';
import {
  checkMove,
  gatesOutOf,
  isFinal,
  possibleMoves,
  waitingNote,
  type GateAnswers,
  type WorkflowDefinition,
} from './workflow.ts';

/** A toy: a request is drafted, approved by a manager once the budget allows, then paid. */
const STATES = ['draft', 'submitted', 'approved', 'paid', 'cancelled'] as const;
type State = (typeof STATES)[number];
type Role = 'author' | 'manager';
type Gate = 'budget_available' | 'invoice_received';

const step = (to: State, by: Role, gates: readonly Gate[] = [], reasonRequired = false) => ({
  to,
  by,
  gates,
  reasonRequired,
});
const cancel = step('cancelled', 'author', [], true);

const TOY: WorkflowDefinition<State, Role, Gate> = {
  name: 'expense_request',
  states: STATES,
  transitions: {
    draft: [step('submitted', 'author'), cancel],
    submitted: [
      step('approved', 'manager', ['budget_available']),
      step('draft', 'manager', [], true),
      cancel,
    ],
    approved: [step('paid', 'manager', ['invoice_received', 'budget_available'])],
    paid: [],
    cancelled: [],
  },
  stateLabels: {
    draft: 'Draft',
    submitted: 'Submitted',
    approved: 'Approved',
    paid: 'Paid',
    cancelled: 'Cancelled',
  },
  moverLabels: { author: 'the author', manager: 'a manager' },
  nouns: { indefinite: 'an expense request', definite: 'the request' },
};

const ROLES: readonly Role[] = ['author', 'manager'];
const ALL_PASS: GateAnswers<Gate> = {
  budget_available: { status: 'passes' },
  invoice_received: { status: 'passes' },
};

/** Every allowed (from, to, by), written out again by hand. */
const ALLOWED = new Set([
  'draft>submitted>author',
  'draft>cancelled>author',
  'submitted>approved>manager',
  'submitted>draft>manager',
  'submitted>cancelled>author',
  'approved>paid>manager',
]);

describe('the move check on a toy workflow, pair by pair and role by role', () => {
  const cases = STATES.flatMap((from) => STATES.flatMap((to) => ROLES.map((by) => [from, to, by] as const)));

  it.each(cases)('%s → %s by %s', (from, to, by) => {
    const verdict = checkMove(TOY, { from, to, by, reason: 'a reason' }, ALL_PASS);
    const inTable = TOY.transitions[from].some((transition) => transition.to === to);
    if (ALLOWED.has(`${from}>${to}>${by}`)) expect(verdict.allowed).toBe(true);
    else
      expect(verdict).toMatchObject({
        allowed: false,
        refusal: { code: inTable ? 'wrong_mover' : 'not_allowed' },
      });
  });

  it('says what is wrong in the record’s own words', () => {
    expect(checkMove(TOY, { from: 'draft', to: 'paid', by: 'author' }, ALL_PASS)).toEqual({
      allowed: false,
      refusal: { code: 'not_allowed', message: 'An expense request at "Draft" cannot move to "Paid"' },
    });
    expect(checkMove(TOY, { from: 'submitted', to: 'approved', by: 'author' }, ALL_PASS)).toEqual({
      allowed: false,
      refusal: {
        code: 'wrong_mover',
        message: 'Only a manager can move an expense request from "Submitted" to "Approved"',
      },
    });
    expect(checkMove(TOY, { from: 'draft', to: 'cancelled', by: 'author', reason: ' ' }, ALL_PASS)).toEqual({
      allowed: false,
      refusal: { code: 'reason_required', message: 'Enter the reason for moving the request to "Cancelled"' },
    });
  });

  it('ends where a state has no moves out', () => {
    expect(STATES.filter((state) => isFinal(TOY, state))).toEqual(['paid', 'cancelled']);
  });
});

describe('gates', () => {
  const approve = { from: 'submitted', to: 'approved', by: 'manager' } as const;
  const pay = { from: 'approved', to: 'paid', by: 'manager' } as const;

  it('refuses with the reason the first blocking gate gives', () => {
    const answers: GateAnswers<Gate> = {
      invoice_received: { status: 'blocks', message: 'No invoice yet' },
      budget_available: { status: 'blocks', message: 'Over budget' },
    };
    expect(checkMove(TOY, pay, answers)).toEqual({
      allowed: false,
      refusal: { code: 'gate', gate: 'invoice_received', message: 'No invoice yet' },
    });
  });

  it('lets a move through a gate whose fact is not recorded, saying what it waits for', () => {
    const answers: GateAnswers<Gate> = {
      ...ALL_PASS,
      invoice_received: { status: 'not_recorded', message: 'Waiting for the invoice', owner: 'invoices' },
    };
    const verdict = checkMove(TOY, pay, answers);
    expect(verdict).toMatchObject({
      allowed: true,
      waiting: [{ gate: 'invoice_received', message: 'Waiting for the invoice', owner: 'invoices' }],
    });
    if (verdict.allowed)
      expect(verdict.waiting.map(waitingNote)).toEqual([
        'Waiting for the invoice (invoices are not recorded yet)',
      ]);
  });

  it('will not check a move whose gate was not looked up', () => {
    expect(() => checkMove(TOY, approve, {})).toThrow(
      'The gate "budget_available" of the expense_request workflow was not looked up',
    );
  });

  it('names the gates to look up before leaving a state', () => {
    expect(gatesOutOf(TOY, 'approved')).toEqual(['invoice_received', 'budget_available']);
    expect(gatesOutOf(TOY, 'draft')).toEqual([]);
  });

  it('lists a role’s moves with the same verdicts, the reason left to the form', () => {
    const answers: GateAnswers<Gate> = { budget_available: { status: 'blocks', message: 'Over budget' } };
    const listed = possibleMoves(TOY, 'submitted', 'manager', answers);
    expect(listed.map(({ transition, verdict }) => [transition.to, verdict.allowed])).toEqual([
      ['approved', false],
      ['draft', true],
    ]);
    expect(listed[0]?.verdict).toEqual(checkMove(TOY, approve, answers));
  });
});

const BUDGET: GateRule<number> = {
  name: 'budget_available',
  owner: 'budgets',
  waiting: 'Waiting for the budget',
  blocks: (pence) => (pence < 0 ? 'Over budget' : undefined),
};
const INVOICE: GateRule<boolean> = {
  name: 'invoice_received',
  owner: 'invoices',
  waiting: 'Waiting for the invoice',
  blocks: (received) => (received ? undefined : 'No invoice yet'),
};

describe('the gate registry', () => {
  it.each([
    [-1, { status: 'blocks', message: 'Over budget' }],
    [0, { status: 'passes' }],
    [NOT_RECORDED, { status: 'not_recorded', message: 'Waiting for the budget', owner: 'budgets' }],
  ] as const)('judges a budget of %s', (fact, answer) => {
    expect(judgeGate(BUDGET, fact)).toEqual(answer);
  });

  it('looks each fact up once, and a gate whose owner is not installed answers "not recorded"', async () => {
    const looked: string[] = [];
    const registry = createGateRegistry<{ remaining: number }>();
    registry.register({
      ...BUDGET,
      lookup: async ({ remaining }) => {
        looked.push('budget');
        return remaining;
      },
    });
    registry.register(INVOICE);
    const workflow = registry.workflow(TOY);
    const answers = await workflow.answers({ remaining: -5 }, [
      'budget_available',
      'invoice_received',
      'budget_available',
    ]);
    expect(looked).toEqual(['budget']);
    expect(answers).toEqual({
      budget_available: { status: 'blocks', message: 'Over budget' },
      invoice_received: { status: 'not_recorded', message: 'Waiting for the invoice', owner: 'invoices' },
    });
    expect(workflow.check({ from: 'approved', to: 'paid', by: 'manager' }, answers)).toEqual({
      allowed: false,
      refusal: { code: 'gate', gate: 'budget_available', message: 'Over budget' },
    });
  });

  it('stops at start-up when a definition names a gate nobody registered', () => {
    const registry = createGateRegistry<unknown>();
    registry.register(BUDGET);
    expect(() => registry.workflow(TOY)).toThrow(
      'The expense_request workflow names gates nobody registered: invoice_received',
    );
  });

  it('refuses the same gate registered twice', () => {
    const registry = createGateRegistry<unknown>();
    registry.register(BUDGET);
    expect(() => registry.register(BUDGET)).toThrow('The gate "budget_available" is registered twice');
  });
});

describe('the history of moves', () => {
  it('records a move in the shape every workflow shares', () => {
    const now = new Date('2016-03-15T10:00:00Z');
    const actor = { userId: null, label: 'System' };
    const move = { from: 'draft', to: 'cancelled', by: 'author', reason: 'Duplicate' } as const;
    expect(moveRecord(TOY, 'request-1', move, { actor, now })).toEqual({
      id: expect.any(String),
      workflow: 'expense_request',
      recordId: 'request-1',
      from: 'draft',
      to: 'cancelled',
      by: 'author',
      reason: 'Duplicate',
      recordedBy: actor,
      at: now,
    });
  });
});
