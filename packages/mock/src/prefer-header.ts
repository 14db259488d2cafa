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

/** The mock directives of a `Prefer` header. */
export interface PreferDirectives {
  readonly code?: number
  readonly example?: string
  readonly dynamic?: boolean
}

function unquote(value: string): string {
  const trimmed = value.trim()
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1')
  }
  return trimmed
}

/** Reads the mock directives of a `Prefer` header value; unknown preferences are ignored. */
export function parsePrefer(header: string | null): PreferDirectives {
  if (header === null || header.trim() === '') return {}
  let code: number | undefined
  let example: string | undefined
  let dynamic: boolean | undefined
  for (const part of header.split(/[,;]/)) {
    const separator = part.indexOf('=')
    if (separator < 0) continue
    const name = part.slice(0, separator).trim().toLowerCase()
    const value = unquote(part.slice(separator + 1))
    if (name === 'code' && /^\d{3}$/.test(value)) code = Number(value)
    else if (name === 'example' && value !== '') example = value
    else if (name === 'dynamic' && (value === 'true' || value === 'false')) dynamic = value === 'true'
  }
  return {
    ...(code === undefined ? {} : { code }),
    ...(example === undefined ? {} : { example }),
    ...(dynamic === undefined ? {} : { dynamic }),
  }
}
