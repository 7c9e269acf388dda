/**
 * Keyset cursors for API lists: the sort key and id of the last item given out, so the next page
 * starts strictly after it. Rows added or removed meanwhile shift nothing: no item is given twice
 * and none is skipped. The cursor is opaque to clients (base64url of JSON) and checked on the way
 * back in: anything this service did not make is a 400 naming `cursor`, never a database error.
 */
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { queryInteger } from '../validation.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export type CursorKey = string | number | null;

export interface Cursor {
  readonly key: CursorKey;
  readonly id: string;
}

/** The `{ items, next }` of every API list. */
export interface KeysetPage<Item> {
  readonly items: readonly Item[];
  readonly next: string | null;
}

const NOT_OURS = 'The cursor is not one this service gave out: ask for the first page again without it';
const MAX_CURSOR_LENGTH = 1000;

const payload = z.tuple([
  z.literal(1),
  z.union([z.string().max(500), z.number().finite(), z.null()]),
  z.string(),
]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([1, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

function refused(): ValidationError {
  return new ValidationError([{ field: 'cursor', message: NOT_OURS }]);
}

/**
 * The cursor's position; `acceptsKey` checks the key's form for lists whose key the database would
 * otherwise fail to read (a date, say), so a made-up one is still a 400 and not a database error.
 */
export function decodeCursor(text: string, acceptsKey: (key: CursorKey) => boolean = () => true): Cursor {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  const checked = payload.safeParse(parsed);
  if (!checked.success || !isUuid(checked.data[2]) || !acceptsKey(checked.data[1])) throw refused();
  return { key: checked.data[1], id: checked.data[2].toLowerCase() };
}

/**
 * Ask the database for one row more than the limit: if it comes, there is a next page, and its
 * cursor is the last item given out.
 */
export function keysetPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  positionOf: (row: Row) => Cursor,
  toItem: (row: Row) => Item,
): KeysetPage<Item> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null;
  return { items: shown.map(toItem), next };
}

/** The `limit` and `cursor` query fields of an API list, documented in the OpenAPI document. */
export const keysetQueryFields = {
  limit: queryInteger('the limit', { min: 1, max: MAX_LIMIT })
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page: ${DEFAULT_LIMIT} unless given, at most ${MAX_LIMIT}` }),
  cursor: z
    .string()
    .max(MAX_CURSOR_LENGTH)
    .optional()
    .meta({ description: 'The `next` of the previous page; leave out for the first page' }),
};

export const nextField = z
  .string()
  .nullable()
  .meta({ description: 'Pass as `cursor` for the next page; null on the last page' });
