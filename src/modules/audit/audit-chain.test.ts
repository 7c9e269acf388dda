import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  asStoredEvent,
  canonicalJson,
  hashEvent,
  type StoredAuditEvent,
} from './audit.domain.ts';
import { chainEvents, checkChain, finishChain, parseHead, type ChainHead } from './audit-chain.domain.ts';

function verdict(events: readonly StoredAuditEvent[], expected?: ChainHead) {
  return finishChain(checkChain(events, undefined, expected), expected);
}

function chain(length: number): StoredAuditEvent[] {
  const events: StoredAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content = {
      seq,
      occurredAt: new Date(Date.UTC(2016, 2, seq)),
      actorUserId: null,
      actorLabel: 'Programme office',
      requestId: `r${seq}`,
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: 'o1',
      summary: `Change ${seq}`,
      before: { budget: seq },
      after: { budget: seq + 1, nested: { b: 1, a: [1, 2] } },
    };
    const hash = hashEvent(prevHash, content);
    events.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

describe('the audit hash chain', () => {
  it('hashes the same content the same way whatever order its keys come back in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}',
    );
  });

  it('finds an intact chain intact, across batches, and reads its head', () => {
    const events = chain(5);
    const first = checkChain(events.slice(0, 2));
    const result = finishChain(checkChain(events.slice(2), first));
    expect(result).toMatchObject({ intact: true, checked: 5, problems: [], moreProblems: 0 });
    expect(result.head).toEqual({ seq: 5, hash: events[4]!.hash });
  });

  it('finds an edited event, and goes on to check the events after it', () => {
    const events = chain(4);
    events[2] = { ...events[2]!, summary: 'Nothing to see here' };
    expect(verdict(events)).toMatchObject({
      intact: false,
      checked: 4,
      problems: [{ seq: 3, lastSeq: 3, problem: 'altered' }],
    });
  });

  it('finds an edited snapshot', () => {
    const events = chain(3);
    events[0] = { ...events[0]!, after: { budget: 999, nested: { b: 1, a: [1, 2] } } };
    expect(verdict(events).problems).toEqual([{ seq: 1, lastSeq: 1, problem: 'altered' }]);
  });

  it('finds deleted events as one run', () => {
    const events = chain(6);
    events.splice(1, 3);
    expect(verdict(events).problems).toEqual([{ seq: 2, lastSeq: 4, problem: 'missing' }]);
  });

  it('finds an event whose link was rewritten', () => {
    const events = chain(3);
    events[1] = { ...events[1]!, prevHash: GENESIS_HASH };
    expect(verdict(events).problems).toEqual([
      { seq: 2, lastSeq: 2, problem: 'relinked' },
      { seq: 2, lastSeq: 2, problem: 'altered' },
    ]);
  });

  it('reports every problem of a chain, not only the first', () => {
    const events = chain(10);
    events[1] = { ...events[1]!, summary: 'Forged' };
    events[6] = { ...events[6]!, before: null };
    events.splice(4, 1);
    expect(verdict(events).problems).toEqual([
      { seq: 2, lastSeq: 2, problem: 'altered' },
      { seq: 5, lastSeq: 5, problem: 'missing' },
      { seq: 7, lastSeq: 7, problem: 'altered' },
    ]);
  });

  it('with a recorded head, finds events removed from the end and a head with another hash', () => {
    const events = chain(6);
    const recorded = { seq: 6, hash: events[5]!.hash };
    expect(verdict(events, recorded).intact).toBe(true);
    expect(verdict(events.slice(0, 4), recorded).problems).toEqual([
      { seq: 5, lastSeq: 6, problem: 'missing' },
    ]);
    expect(verdict(events, { seq: 6, hash: 'b'.repeat(64) }).problems).toEqual([
      { seq: 6, lastSeq: 6, problem: 'head_differs' },
    ]);
  });

  it('reads a head written as SEQ:HASH and nothing else', () => {
    expect(parseHead(`12:${'A'.repeat(64)}`)).toEqual({ seq: 12, hash: 'a'.repeat(64) });
    expect(parseHead('12')).toBeUndefined();
    expect(parseHead(`x:${'a'.repeat(64)}`)).toBeUndefined();
  });

  it('hashes text as the database stores it, so a lone surrogate is no false alarm', () => {
    const [event] = chain(1);
    const sent = asStoredEvent({
      ...event!,
      summary: 'Added Lone \ud800 surrogate',
      after: { name: 'Lone \ud800' },
    });
    const stored = { ...sent, summary: 'Added Lone \ufffd surrogate', after: { name: 'Lone \ufffd' } };
    expect(hashEvent(GENESIS_HASH, stored)).toBe(hashEvent(GENESIS_HASH, sent));
    expect(sent.summary).toBe(stored.summary);
    expect(sent.after).toEqual(stored.after);
  });

  it('chains many new events in one pass exactly as it would one at a time, from any head', () => {
    const events = chain(5);
    const contents = events.map(({ seq: _seq, prevHash: _prev, hash: _hash, ...content }) => content);
    expect(chainEvents({ seq: 0, hash: GENESIS_HASH }, contents)).toEqual(events);
    const head: ChainHead = { seq: 2, hash: events[1]!.hash };
    expect(chainEvents(head, contents.slice(2))).toEqual(events.slice(2));
    expect(chainEvents(head, [])).toEqual([]);
  });
});
