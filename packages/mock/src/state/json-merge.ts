/**
 * Updating stored resources: a safe deep copy (keys that could reach `Object.prototype` dropped), JSON
 * Merge Patch (RFC 7396: `null` removes a member, objects merge member by member, anything else
 * replaces), and the removal of members a client may not write.
 *
 * @module
 */
import { FORBIDDEN_KEYS, isPlainRecord, sanitize } from '../request/coerce.ts'

/** A JSON object. */
export type JsonRecord = Record<string, unknown>

/** A deep copy of JSON data without `__proto__`, `constructor` and `prototype` keys; non-records give `{}`. */
export function cleanRecord(value: unknown): JsonRecord {
  const clean = sanitize(value)
  return isPlainRecord(clean) ? clean : {}
}

/**
 * Applies a JSON Merge Patch (RFC 7396 §2) to a target, returning a new value. A patch that is not an
 * object replaces the target.
 *
 * @example
 * mergePatch({ a: 1, b: { c: 2, d: 3 } }, { a: null, b: { c: 5 } }) // { b: { c: 5, d: 3 } }
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainRecord(patch)) return sanitize(patch)
  const out: JsonRecord = isPlainRecord(target) ? cleanRecord(target) : {}
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue
    const value = patch[key]
    if (value === null) delete out[key]
    else out[key] = mergePatch(out[key], value)
  }
  return out
}

/** A copy of `record` without the given keys. */
export function omitKeys(record: JsonRecord, keys: ReadonlySet<string>): JsonRecord {
  const out: JsonRecord = {}
  for (const key of Object.keys(record))
    if (!keys.has(key) && !FORBIDDEN_KEYS.has(key)) out[key] = record[key]
  return out
}
