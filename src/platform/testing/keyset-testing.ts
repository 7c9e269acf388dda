/** Shared checks of API lists that page with keyset cursors (`{ items, next }`). */
import { expect } from 'vitest';

type Answer = { statusCode: number; json(): unknown };
type Get = (path: string) => Promise<Answer>;
type ListAnswer = { items: { name: string }[]; next: string | null };

/** Follows `next` from a first page's cursor to the end, gathering the names listed. */
export async function namesAfter(get: Get, path: string, next: string | null): Promise<string[]> {
  const names: string[] = [];
  const joiner = path.includes('?') ? '&' : '?';
  let cursor = next;
  while (cursor) {
    const page = (await (await get(`${path}${joiner}cursor=${cursor}`)).json()) as ListAnswer;
    names.push(...page.items.map((item) => item.name));
    cursor = page.next;
  }
  return names;
}

/** A cursor the service did not make and a limit out of bounds are each a 400 naming the field. */
export async function expectBadPagingRefused(get: Get, path: string): Promise<void> {
  const forged = Buffer.from(JSON.stringify([1, 'x', 'not-a-uuid'])).toString('base64url');
  for (const cursor of ['AAAA', forged, '!!!']) {
    const answer = await get(`${path}?cursor=${encodeURIComponent(cursor)}`);
    expect(answer.statusCode, cursor).toBe(400);
    expect(answer.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ field: 'cursor' }] },
    });
  }
  for (const limit of ['0', '201', 'ten']) {
    expect((await get(`${path}?limit=${limit}`)).statusCode, limit).toBe(400);
  }
}
