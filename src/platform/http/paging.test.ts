import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { pageNumbersToShow, pageWithin, parsePageRequest, parseSort } from './paging.ts';

describe('paging a list page', () => {
  it('takes a page size from the list and a page from 1, falling back for anything else', () => {
    expect(parsePageRequest({})).toEqual({ page: 1, pageSize: 50 });
    expect(parsePageRequest({ page: '3', pageSize: '200' })).toEqual({ page: 3, pageSize: 200 });
    for (const page of ['0', '-1', '1.5', 'two', '9999999', ['x', '2']]) {
      expect(parsePageRequest({ page }).page, String(page)).toBe(1);
    }
    for (const pageSize of ['201', '7', '0', '', '25.0']) {
      expect(parsePageRequest({ pageSize }).pageSize, pageSize).toBe(50);
    }
  });

  it('shows the last page for a page past the end, and page 1 of an empty list', () => {
    expect(pageWithin({ page: 9, pageSize: 25 }, 60)).toEqual({ page: 3, pageSize: 25, offset: 50 });
    expect(pageWithin({ page: 2, pageSize: 25 }, 0)).toEqual({ page: 1, pageSize: 25, offset: 0 });
    expect(pageWithin({ page: 2, pageSize: 25 }, 50)).toEqual({ page: 2, pageSize: 25, offset: 25 });
  });

  it('numbers the first, the last and the neighbours of the current page, with ellipses between', () => {
    expect(pageNumbersToShow(1, 1)).toEqual([1]);
    expect(pageNumbersToShow(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbersToShow(5, 10)).toEqual([1, 'ellipsis', 4, 5, 6, 'ellipsis', 10]);
    expect(pageNumbersToShow(10, 10)).toEqual([1, 'ellipsis', 9, 10]);
  });

  it('sorts by a known column only, ascending unless asked otherwise', () => {
    const keys = ['name', 'budget'] as const;
    expect(parseSort({ sort: 'budget', order: 'descending' }, keys, 'name')).toEqual({
      key: 'budget',
      direction: 'descending',
    });
    expect(parseSort({ sort: 'drop table', order: 'sideways' }, keys, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
  });
});

describe('API cursors', () => {
  const id = '0b7c2f8e-5d6a-4c1b-9e3f-2a4d6c8e0f11';

  it('give back the position they were made from', () => {
    expect(decodeCursor(encodeCursor({ key: 'área 7', id }))).toEqual({ key: 'área 7', id });
    expect(decodeCursor(encodeCursor({ key: 42, id }))).toEqual({ key: 42, id });
  });

  it('refuse anything this service did not make, naming the cursor', () => {
    const made = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of ['', '!!', 'AAAA', made([1, 'x', 'not-an-id']), made([2, 'x', id]), made({ id })]) {
      expect(() => decodeCursor(text), text).toThrow(
        expect.objectContaining({
          code: 'validation_failed',
          details: [expect.objectContaining({ field: 'cursor' })],
        }),
      );
    }
  });
});
