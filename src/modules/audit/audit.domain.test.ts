import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../platform/dates.ts';
import {
  canSeeTimeline,
  changedFields,
  displayAuditValue,
  flattenSnapshot,
  isAuditedRecordType,
  londonDayRange,
  recordNameFrom,
  startOfLondonDay,
} from './audit.domain.ts';

describe('flattenSnapshot', () => {
  it('turns nested objects into dotted keys and keeps arrays whole', () => {
    const flat = flattenSnapshot({
      name: 'Dorset',
      address: { town: 'Winfrith', postcode: { outward: 'DT2' } },
      tags: [1, 2],
    });
    expect([...flat]).toEqual([
      ['name', 'Dorset'],
      ['address.town', 'Winfrith'],
      ['address.postcode.outward', 'DT2'],
      ['tags', [1, 2]],
    ]);
  });

  it('has nothing for null or undefined, and names a bare value "value"', () => {
    expect(flattenSnapshot(null).size).toBe(0);
    expect(flattenSnapshot(undefined).size).toBe(0);
    expect([...flattenSnapshot('text')]).toEqual([['value', 'text']]);
    expect([...flattenSnapshot([1])]).toEqual([['value', [1]]]);
  });

  it('keeps an empty nested object as a leaf so emptying it shows', () => {
    expect([...flattenSnapshot({ settings: {} })]).toEqual([['settings', {}]]);
  });
});

describe('changedFields', () => {
  it.each([
    {
      why: 'a changed top-level field',
      before: { name: 'A', active: true },
      after: { name: 'B', active: true },
      changes: [{ field: 'name', before: 'A', after: 'B' }],
    },
    {
      why: 'a changed nested field, by its dotted key',
      before: { budget: { year: 2015, pence: 100 } },
      after: { budget: { year: 2015, pence: 250 } },
      changes: [{ field: 'budget.pence', before: '100', after: '250' }],
    },
    {
      why: 'arrays compared as JSON, whatever the key order inside',
      before: { roles: [{ role: 'hr', organisationId: null }] },
      after: { roles: [{ organisationId: null, role: 'hr' }] },
      changes: [],
    },
    {
      why: 'an array that gained an item',
      before: { roles: ['viewer'] },
      after: { roles: ['viewer', 'auditor'] },
      changes: [{ field: 'roles', before: '["viewer"]', after: '["viewer","auditor"]' }],
    },
    {
      why: 'a created record: every field, nothing before',
      before: null,
      after: { name: 'New', active: false },
      changes: [
        { field: 'active', before: undefined, after: 'false' },
        { field: 'name', before: undefined, after: 'New' },
      ],
    },
    {
      why: 'a removed record: every field, nothing after',
      before: { name: 'Old' },
      after: undefined,
      changes: [{ field: 'name', before: 'Old', after: undefined }],
    },
    {
      why: 'null and absent are the same',
      before: { notes: null },
      after: {},
      changes: [],
    },
    {
      why: 'a number and the same digits as text differ',
      before: { population: 100 },
      after: { population: '100' },
      changes: [{ field: 'population', before: '100', after: '100' }],
    },
    { why: 'nothing at all', before: undefined, after: null, changes: [] },
  ])('finds $why', ({ before, after, changes }) => {
    expect(changedFields(before, after)).toEqual(changes);
  });

  it('lists fields in name order', () => {
    const fields = changedFields({}, { zebra: 1, apple: 2, 'middle.x': 3 }).map((change) => change.field);
    expect(fields).toEqual(['apple', 'middle.x', 'zebra']);
  });
});

describe('displayAuditValue', () => {
  it('shows text as it is, other values as JSON, and nothing for null', () => {
    expect(displayAuditValue('a "b"')).toBe('a "b"');
    expect(displayAuditValue(0)).toBe('0');
    expect(displayAuditValue(false)).toBe('false');
    expect(displayAuditValue({ b: 1, a: [true] })).toBe('{"a":[true],"b":1}');
    expect(displayAuditValue(null)).toBeUndefined();
  });
});

describe('canSeeTimeline', () => {
  const id = '11111111-1111-4111-8111-111111111111';
  const other = '22222222-2222-4222-8222-222222222222';
  const as = (role: 'viewer' | 'auditor' | 'administrator' | 'hr', viewerId = other) => ({
    id: viewerId,
    roles: [{ role, organisationId: null }],
  });

  it.each([
    { viewer: as('viewer'), type: 'organisation' as const, allowed: true },
    { viewer: as('viewer'), type: 'alliance' as const, allowed: true },
    { viewer: as('viewer'), type: 'user' as const, allowed: false },
    { viewer: as('hr'), type: 'user' as const, allowed: false },
    { viewer: as('viewer', id), type: 'user' as const, allowed: true },
    { viewer: as('auditor'), type: 'user' as const, allowed: true },
    { viewer: as('administrator'), type: 'user' as const, allowed: true },
  ])('$viewer.roles.0.role sees a $type timeline: $allowed', ({ viewer, type, allowed }) => {
    expect(canSeeTimeline(viewer, type, id)).toBe(allowed);
  });

  it('knows which records have timelines', () => {
    expect(isAuditedRecordType('user')).toBe(true);
    expect(isAuditedRecordType('toString')).toBe(false);
    expect(isAuditedRecordType('budget')).toBe(false);
  });
});

describe('recordNameFrom', () => {
  it('takes the newest name from after, then before', () => {
    expect(
      recordNameFrom([
        { before: null, after: { name: 'New' } },
        { before: null, after: { name: 'Old' } },
      ]),
    ).toBe('New');
    expect(recordNameFrom([{ before: { name: 'Gone' }, after: null }])).toBe('Gone');
    expect(
      recordNameFrom([
        { before: null, after: { tokenId: 'x' } },
        { before: null, after: { name: 'A' } },
      ]),
    ).toBe('A');
    expect(recordNameFrom([])).toBeUndefined();
  });
});

describe('UK days', () => {
  it.each([
    { date: '2016-01-15', start: '2016-01-15T00:00:00.000Z' },
    { date: '2016-07-01', start: '2016-06-30T23:00:00.000Z' },
    { date: '2016-03-27', start: '2016-03-27T00:00:00.000Z' },
    { date: '2016-03-28', start: '2016-03-27T23:00:00.000Z' },
    { date: '2016-10-30', start: '2016-10-29T23:00:00.000Z' },
    { date: '2016-10-31', start: '2016-10-31T00:00:00.000Z' },
  ])('$date starts at $start', ({ date, start }) => {
    expect(startOfLondonDay(date as IsoDate).toISOString()).toBe(start);
  });

  it('includes the whole of both days, across the end of a month and of a year', () => {
    const range = londonDayRange('2016-06-30' as IsoDate, '2016-12-31' as IsoDate);
    expect(range.from?.toISOString()).toBe('2016-06-29T23:00:00.000Z');
    expect(range.to?.toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(londonDayRange(undefined, undefined)).toEqual({ from: undefined, to: undefined });
  });
});
