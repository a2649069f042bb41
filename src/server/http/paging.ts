import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';

/**
 * The query parameters of paged lists, bounded on both sides: a number from a URL is coerced
 * from text, so without a maximum `1e309` arrives as Infinity and `9223372036854775808` as a
 * float past every id, and either would reach the database.
 */
export const PageLimit = (maximum = 200) => Type.Integer({ minimum: 1, maximum, default: 50 });

export const PageOffset = Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 });

/** Keyset paging: entries older than this id (ids are bigserial, read as safe JS integers). */
export const PageBefore = Type.Optional(
  Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
);

/** What each position of a keyset cursor holds; anything else in a cursor refuses it. */
export type CursorPart = 'integer' | 'number' | 'uuid';
type CursorValue<P extends CursorPart> = P extends 'uuid' ? string : number;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CURSOR_LENGTH = 400;

/** Bounds a cursor in a query string; what it holds is checked by decodeCursor. */
export const PageCursor = Type.Optional(
  Type.String({ maxLength: MAX_CURSOR_LENGTH, pattern: '^[A-Za-z0-9_-]*$' }),
);

/**
 * An opaque keyset cursor: the sort values of a page's last row, base64url JSON; the client only
 * hands it back. A timestamp goes in as integer microseconds (a JS Date would drop PostgreSQL's
 * microseconds, and the row on the page's edge would come again on the next).
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The values of a cursor made by encodeCursor with this shape, or `http.bad_cursor` (400) for
 * anything else — a truncated, edited or foreign cursor never reaches the database.
 */
export function decodeCursor<const P extends readonly CursorPart[]>(
  cursor: string,
  shape: P,
): { [K in keyof P]: CursorValue<P[K]> } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('http.bad_cursor');
  }
  if (!Array.isArray(values) || values.length !== shape.length)
    throw new AppError('http.bad_cursor');
  return shape.map((part, index) => {
    const value: unknown = values[index];
    if (part === 'integer' && Number.isSafeInteger(value)) return value;
    if (part === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
    if (part === 'uuid' && typeof value === 'string' && UUID.test(value)) return value;
    throw new AppError('http.bad_cursor');
  }) as { [K in keyof P]: CursorValue<P[K]> };
}
