/**
 * The default parameter serialisations (OpenAPI 3.1 §4.8.12.4): `simple` with explode false for path and
 * header parameters, `form` with explode true for query and cookie parameters. `call` writes a scalar as
 * they would without them; a descriptor references them, like the other styles (`param-styles.ts`), for
 * a parameter that may hold an array or an object, or at a location whose default differs.
 *
 * @module
 */

import type { ParamSerializer } from './operation.ts'

/** Text of a scalar: Dates as ISO 8601, nested objects as JSON, the rest with `String()`. */
export const toText = (value: unknown): string =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)

/** Whether a value is an array or an object to serialise member by member (Dates are scalars). */
export const isRecord = (value: unknown): value is object =>
  !!value && typeof value === 'object' && !(value instanceof Date)

/** An object's `[key, value]` entries without `undefined`/`null` values. */
export const definedEntries = (value: object): [string, unknown][] =>
  Object.entries(value).filter((entry) => entry[1] != null)

/** An array's items without `undefined`/`null`, which no style can write (RFC 6570: undefined). */
export const definedItems = (value: unknown[]): unknown[] => value.filter((item) => item != null)

/**
 * `simple`, explode false: `blue`, `blue,black,brown`, `R,100,G,200,B,150` (an empty array or object:
 * `''`; `undefined`/`null` items and properties are left out).
 *
 * @example
 * ```ts
 * simple('color', ['blue', 'black'], encodeURIComponent) // 'blue,black'
 * ```
 */
export const simple: ParamSerializer = (_, value, encode) =>
  isRecord(value)
    ? (Array.isArray(value) ? definedItems(value) : definedEntries(value).flat())
        .map((item) => encode(toText(item)))
        .join(',')
    : encode(toText(value))

/**
 * `form`, explode true: `color=blue`, `color=blue&color=black`, `R=100&G=200&B=150` (an empty array or
 * object: `''`; `undefined`/`null` items and properties are left out).
 *
 * @example
 * ```ts
 * formExploded('color', ['blue', 'black'], encodeURIComponent) // 'color=blue&color=black'
 * ```
 */
export const formExploded: ParamSerializer = (name, value, encode) =>
  (
    (isRecord(value)
      ? Array.isArray(value)
        ? definedItems(value).map((item) => [name, item])
        : definedEntries(value)
      : [[name, value]]) as [string, unknown][]
  )
    .map(([key, item]) => `${encode(key)}=${encode(toText(item))}`)
    .join('&')
