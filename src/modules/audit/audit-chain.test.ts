import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, checkChain, hashEvent, type StoredAuditEvent } from './audit.domain.ts';

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

  it('finds an intact chain intact, across batches', () => {
    const events = chain(5);
    const first = checkChain(events.slice(0, 2));
    expect(first.result).toBeUndefined();
    const second = checkChain(events.slice(2), first.state);
    expect(second.result).toBeUndefined();
    expect(second.state.checked).toBe(5);
  });

  it('finds an edited event', () => {
    const events = chain(4);
    events[2] = { ...events[2]!, summary: 'Nothing to see here' };
    expect(checkChain(events).result).toEqual({ intact: false, checked: 2, seq: 3, problem: 'altered' });
  });

  it('finds an edited snapshot', () => {
    const events = chain(3);
    events[0] = { ...events[0]!, after: { budget: 999, nested: { b: 1, a: [1, 2] } } };
    expect(checkChain(events).result).toMatchObject({ intact: false, seq: 1, problem: 'altered' });
  });

  it('finds a deleted event', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(checkChain(events).result).toEqual({ intact: false, checked: 1, seq: 2, problem: 'missing' });
  });

  it('finds an event whose link was rewritten', () => {
    const events = chain(3);
    events[1] = { ...events[1]!, prevHash: GENESIS_HASH };
    expect(checkChain(events).result).toMatchObject({ intact: false, seq: 2, problem: 'relinked' });
  });
});
