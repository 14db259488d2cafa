/**
 * The `Prefer` request header (RFC 7240) with Prism's mock directives, so that a browser app or a non-JS
 * client can pick an answer without code:
 *
 * - `code=404`: answer this status (when the operation declares it, or a range or `default` covers it);
 * - `example=<name>`: answer this named example of the chosen response;
 * - `dynamic=true`: generate the body even when the mock uses examples; `dynamic=false`: answer the
 *   response's example when it has one.
 *
 * Directives are separated by commas or semicolons; values may be quoted: `Prefer: code=404, example="gone"`.
 *
 * @module
 */
import { isHttpStatus } from './status-keys.ts'

const DIRECTIVES: ReadonlySet<string> = new Set(['code', 'example', 'dynamic'])

/** The mock directives of a `Prefer` header. */
export interface PreferDirectives {
  readonly code?: number
  readonly example?: string
  readonly dynamic?: boolean
  /** Why a mock directive's value cannot be used (`code=abc`, `dynamic=maybe`, `example=`), when one cannot. */
  readonly invalid?: string
}

function unquote(value: string): string {
  const trimmed = value.trim()
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1')
  }
  return trimmed
}

/** The reason a mock directive's value is unusable, or `undefined` when it is fine. */
function invalidValue(name: string, value: string): string | undefined {
  if (name === 'code') {
    const code = /^\d{3}$/.test(value) ? Number(value) : Number.NaN
    return isHttpStatus(code) ? undefined : `code=${value} is not a final HTTP status (an integer 200–599)`
  }
  if (name === 'dynamic')
    return value === 'true' || value === 'false' ? undefined : `dynamic=${value} is not true or false`
  return value === '' ? 'example= names no example' : undefined
}

/**
 * Reads the mock directives of a `Prefer` header value. Other preferences are ignored; a directive given
 * twice counts once, as first given (RFC 7240 §2); a directive whose value cannot be used sets `invalid`.
 */
export function parsePrefer(header: string | null): PreferDirectives {
  if (header === null || header.trim() === '') return {}
  const values = new Map<string, string>()
  for (const part of header.split(/[,;]/)) {
    const separator = part.indexOf('=')
    const name = (separator < 0 ? part : part.slice(0, separator)).trim().toLowerCase()
    if (!DIRECTIVES.has(name) || values.has(name)) continue
    values.set(name, separator < 0 ? '' : unquote(part.slice(separator + 1)))
  }
  let invalid: string | undefined
  for (const [name, value] of values) invalid ??= invalidValue(name, value)
  if (invalid !== undefined) return { invalid }
  const code = values.get('code')
  const example = values.get('example')
  const dynamic = values.get('dynamic')
  return {
    ...(code === undefined ? {} : { code: Number(code) }),
    ...(example === undefined ? {} : { example }),
    ...(dynamic === undefined ? {} : { dynamic: dynamic === 'true' }),
  }
}
