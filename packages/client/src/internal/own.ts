/**
 * Own-property lookup, for records keyed by names that come from a spec or a caller: a key such as
 * `constructor` or `__proto__` must not find what `Object.prototype` holds.
 *
 * @module
 */

/** `record[key]` when `record` has it as its own property, else `undefined`. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined
