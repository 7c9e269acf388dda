import {
  GENESIS_HASH,
  asStoredEvent,
  hashEvent,
  type AuditEventContent,
  type StoredAuditEvent,
} from './audit.domain.ts';

/**
 * missing: events `seq` to `lastSeq` are gone; altered: the event's content no longer matches its
 * hash; relinked: the event does not point at the hash of the event before it; head_differs: the
 * event at a recorded head has another hash now.
 */
export type ChainProblemKind = 'missing' | 'altered' | 'relinked' | 'head_differs';

export interface ChainProblem {
  readonly seq: number;
  readonly lastSeq: number;
  readonly problem: ChainProblemKind;
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export interface ChainCheck {
  readonly intact: boolean;
  readonly checked: number;
  /** The newest event read: record it to prove later that nothing after it was removed. */
  readonly head: ChainHead;
  readonly problems: readonly ChainProblem[];
  /** Problems found beyond the listed ones. */
  readonly moreProblems: number;
}

/** Enough to see the pattern of any tampering; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 1000;

export interface ChainState {
  readonly expectedSeq: number;
  /** The stored hash of the event before; undefined after a gap, when there is nothing to compare. */
  readonly prevHash: string | undefined;
  readonly head: ChainHead;
  readonly checked: number;
  readonly problems: readonly ChainProblem[];
  readonly moreProblems: number;
}

export const START_OF_CHAIN: ChainState = {
  expectedSeq: 1,
  prevHash: GENESIS_HASH,
  head: { seq: 0, hash: GENESIS_HASH },
  checked: 0,
  problems: [],
  moreProblems: 0,
};

/** `SEQ:HASH`, as `alliance audit head` prints it. */
export function formatHead(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

export function parseHead(text: string): ChainHead | undefined {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  return match ? { seq: Number(match[1]), hash: match[2] ?? '' } : undefined;
}

/**
 * New events linked onto the chain after `head` in one pass, in the order given: each takes the next
 * seq and hashes the one before it, exactly as events added one at a time would.
 */
export function chainEvents(
  head: ChainHead,
  events: readonly Omit<AuditEventContent, 'seq'>[],
): StoredAuditEvent[] {
  const chained: StoredAuditEvent[] = [];
  let previous = head;
  for (const event of events) {
    const content = asStoredEvent({ ...event, seq: previous.seq + 1 });
    const hash = hashEvent(previous.hash, content);
    chained.push({ ...content, prevHash: previous.hash, hash });
    previous = { seq: content.seq, hash };
  }
  return chained;
}

function withProblem(state: ChainState, problem: ChainProblem): ChainState {
  return state.problems.length < MAX_LISTED_PROBLEMS
    ? { ...state, problems: [...state.problems, problem] }
    : { ...state, moreProblems: state.moreProblems + 1 };
}

/**
 * One event checked against the one before. Each event is hashed against its own stored link, so
 * an altered event is reported once and the events after it are still checked on their own merits.
 */
function checkEvent(state: ChainState, event: StoredAuditEvent, expected?: ChainHead): ChainState {
  let next = state;
  if (event.seq > state.expectedSeq) {
    next = withProblem(next, { seq: state.expectedSeq, lastSeq: event.seq - 1, problem: 'missing' });
  } else if (event.prevHash !== state.prevHash) {
    next = withProblem(next, { seq: event.seq, lastSeq: event.seq, problem: 'relinked' });
  }
  if (hashEvent(event.prevHash, event) !== event.hash) {
    next = withProblem(next, { seq: event.seq, lastSeq: event.seq, problem: 'altered' });
  }
  if (expected && event.seq === expected.seq && event.hash !== expected.hash) {
    next = withProblem(next, { seq: event.seq, lastSeq: event.seq, problem: 'head_differs' });
  }
  return {
    ...next,
    expectedSeq: event.seq + 1,
    prevHash: event.hash,
    head: { seq: event.seq, hash: event.hash },
    checked: next.checked + 1,
  };
}

/** Folds over events in seq order; call with successive batches, passing back the running state. */
export function checkChain(
  events: readonly StoredAuditEvent[],
  state: ChainState = START_OF_CHAIN,
  expected?: ChainHead,
): ChainState {
  return events.reduce((running, event) => checkEvent(running, event, expected), state);
}

/** The verdict once every event has been read: a recorded head past the end means events were removed. */
export function finishChain(state: ChainState, expected?: ChainHead): ChainCheck {
  let final = state;
  if (expected && expected.seq >= state.expectedSeq) {
    final = withProblem(final, { seq: state.expectedSeq, lastSeq: expected.seq, problem: 'missing' });
  }
  const { checked, head, problems, moreProblems } = final;
  return { intact: problems.length === 0 && moreProblems === 0, checked, head, problems, moreProblems };
}

const PROBLEM_WORDS: Record<ChainProblemKind, string> = {
  missing: 'is missing',
  altered: 'has been altered',
  relinked: 'does not link to the event before it',
  head_differs: 'has a different hash from the recorded head',
};

/** "Event 7 has been altered", "Events 3 to 5 are missing", as the CLI and the pages say it. */
export function describeProblem(problem: ChainProblem): string {
  if (problem.lastSeq > problem.seq) return `Events ${problem.seq} to ${problem.lastSeq} are missing`;
  return `Event ${problem.seq} ${PROBLEM_WORDS[problem.problem]}`;
}
