/**
 * Narrowing helpers for the plain JSON values of an OpenAPI document.
 *
 * @module
 */

/** A JSON object of the document. */
export type JsonRecord = Readonly<Record<string, unknown>>

/** Whether a value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is a JSON object, else undefined. */
export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined
}

/** The value when it is a string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * Sets `record[key] = value` as an own, enumerable data property. A plain assignment with a key taken
 * from the document would, for `__proto__`, replace the record's prototype instead (and lose the entry).
 *
 * @example
 * const schemes: Record<string, unknown> = {}
 * setOwn(schemes, '__proto__', { type: 'apiKey' }) // Object.keys(schemes) → ['__proto__']
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
}
