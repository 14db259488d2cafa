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
