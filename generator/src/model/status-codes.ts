/**
 * Response keys of a Responses Object (OpenAPI 3.1 §4.8.16.2, Patterned Fields): a literal HTTP status
 * (`'200'`), a range (`'4XX'`, written in either case; the spec uses upper case, so the model does),
 * or `default` (§4.8.16.1); and which literal statuses each key stands for.
 *
 * @module
 */

import type { ResponseKeyKind } from './types.ts'

/** A response key, parsed. */
export interface ParsedResponseKey {
  /** Normalised key: `'200'`, `'4XX'` or `'default'`. */
  readonly key: string
  readonly kind: ResponseKeyKind
  /** The status, the class digit of a range, or 0 for `default`. */
  readonly code: number
}

/** A literal status: 100–599. */
const STATUS = /^[1-5]\d\d$/

/** A range: 1XX–5XX, either case. */
const RANGE = /^[1-5][xX][xX]$/

/**
 * Parses one key of a Responses Object; undefined when the key is none of the three forms
 * (`'2OO'`, `'600'`, `'20'`).
 *
 * @example
 * parseResponseKey('4xx') // { key: '4XX', kind: 'range', code: 4 }
 */
export function parseResponseKey(key: string): ParsedResponseKey | undefined {
  if (key === 'default') return { key, kind: 'default', code: 0 }
  if (STATUS.test(key)) return { key, kind: 'status', code: Number(key) }
  if (RANGE.test(key)) return { key: key.toUpperCase(), kind: 'range', code: Number(key[0]) }
  return undefined
}

/**
 * The literal statuses a key stands for: `[n]` for a status; for a range, the statuses of its class not
 * in `declared` (the operation's literal status keys), ascending; for `default`, none (it stands for
 * every status not otherwise listed, which the emitters express as a type).
 *
 * @example
 * statusesOf({ key: '4XX', kind: 'range', code: 4 }, new Set([400, 404])) // [401, 402, 403, 405, …, 499]
 */
export function statusesOf(parsed: ParsedResponseKey, declared: ReadonlySet<number>): number[] {
  if (parsed.kind === 'status') return [parsed.code]
  if (parsed.kind === 'default') return []
  const statuses: number[] = []
  for (let status = parsed.code * 100; status < parsed.code * 100 + 100; status++) {
    if (!declared.has(status)) statuses.push(status)
  }
  return statuses
}

/** Statuses whose responses never carry content (RFC 9110 §15.3.5, §15.3.6, §15.4.5). */
const BODYLESS: ReadonlySet<number> = new Set([204, 205, 304])

/** Whether HTTP forbids a body for this status. */
export function forbidsBody(status: number): boolean {
  return BODYLESS.has(status)
}
