import { Type } from '@sinclair/typebox';

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
