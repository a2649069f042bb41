import { type SchemaOptions, type TUnsafe, Type } from '@sinclair/typebox';

type Mutable<T extends readonly string[]> = { -readonly [K in keyof T]: T[K] };

/**
 * `{ type: "string", enum: [...] }` typed as the union of its values, both for TypeBox's Static
 * and for the Fastify type provider, which reads the JSON Schema keywords (so `enum` must be
 * typed as a tuple). An enum rather than a union of literals: a bad value is then reported once
 * as "must be one of: …", and the OpenAPI document lists the values plainly.
 */
export const stringEnum = <const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
) =>
  Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] }) as TUnsafe<
    T[number]
  > & { type: 'string'; enum: Mutable<T> };
