/**
 * Media types and content negotiation (RFC 9110 §8.3.1 Content-Type, §12.5.1 Accept): parsing a media
 * type, matching a request's Content-Type against the media types (and ranges: `*\/*`, `application/*`,
 * `application/*+json`) an operation declares, and deciding whether an `Accept` header — with its
 * q-values and ranges — accepts any media type an operation can answer with.
 *
 * @module
 */

/** A parsed media type: lower-case type and subtype, parameters without `q`. */
export interface MediaType {
  readonly type: string
  readonly subtype: string
  /** `type/subtype`, lower-case, without parameters. */
  readonly essence: string
  readonly params: Readonly<Record<string, string>>
}

/** One media range of an `Accept` header with its weight. */
export interface AcceptRange extends MediaType {
  /** The `q` weight, 0–1 (1 when absent or malformed). */
  readonly q: number
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** Parses `type/subtype; param=value`; `undefined` when the text is not a media type. */
export function parseMediaType(text: string | null | undefined): MediaType | undefined {
  if (text === null || text === undefined) return undefined
  const [head = '', ...rest] = text.split(';')
  const slash = head.indexOf('/')
  if (slash <= 0) return undefined
  const type = head.slice(0, slash).trim().toLowerCase()
  const subtype = head
    .slice(slash + 1)
    .trim()
    .toLowerCase()
  if (!TOKEN.test(type) || !TOKEN.test(subtype)) return undefined
  const params: Record<string, string> = {}
  for (const param of rest) {
    const eq = param.indexOf('=')
    if (eq <= 0) continue
    const name = param.slice(0, eq).trim().toLowerCase()
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
    params[name] = value
  }
  return { type, subtype, essence: `${type}/${subtype}`, params }
}

/**
 * Whether a media type is JSON: a subtype `json` or a `+json` suffix (`application/json`,
 * `application/problem+json`, `text/json`), parameters ignored.
 *
 * @example
 * isJsonMediaType('application/vnd.api+json; charset=utf-8') // true
 */
export function isJsonMediaType(text: string | null | undefined): boolean {
  return hasSyntax(text, 'json')
}

/**
 * Whether a media type is XML: a subtype `xml` or a `+xml` suffix (`application/xml`, `text/xml`,
 * `application/atom+xml`), parameters ignored.
 *
 * @example
 * isXmlMediaType('text/xml; charset=utf-8') // true
 */
export function isXmlMediaType(text: string | null | undefined): boolean {
  return hasSyntax(text, 'xml')
}

/** Whether a media type's subtype is `syntax` or ends in its structured-syntax suffix (`+syntax`). */
function hasSyntax(text: string | null | undefined, syntax: string): boolean {
  const subtype = parseMediaType(text)?.subtype
  return subtype !== undefined && (subtype === syntax || suffixOf(subtype) === syntax)
}

/** The structured-syntax suffix of a subtype (`vnd.api+json` → `json`), if any. */
function suffixOf(subtype: string): string | undefined {
  const plus = subtype.lastIndexOf('+')
  return plus < 0 ? undefined : subtype.slice(plus + 1)
}

/**
 * True when the media range `range` (which may be `*\/*`, `type/*` or `type/*+suffix`) covers the
 * concrete media type `type`. Parameters are ignored.
 */
export function rangeCovers(range: MediaType, type: MediaType): boolean {
  if (range.type === '*') return range.subtype === '*' || range.subtype === type.subtype
  if (range.type !== type.type) return false
  if (range.subtype === '*') return true
  if (range.subtype.startsWith('*+')) return suffixOf(type.subtype) === range.subtype.slice(2)
  return range.subtype === type.subtype
}

/** True when two media types or ranges overlap (either one covers the other). */
export function mediaTypesOverlap(a: MediaType, b: MediaType): boolean {
  return rangeCovers(a, b) || rangeCovers(b, a)
}

/**
 * The declared media type (of an operation's request body) that a request's Content-Type matches:
 * equal essences, or a declared range that covers it (`*\/*`, `application/*`, `application/*+json`).
 * Parameters such as `charset` are ignored. `undefined` when none matches.
 */
export function matchContentType<T extends { readonly mediaType: string }>(
  declared: readonly T[],
  contentType: string | null,
): T | undefined {
  const actual = parseMediaType(contentType)
  if (actual === undefined) return undefined
  const exact = declared.find((content) => parseMediaType(content.mediaType)?.essence === actual.essence)
  if (exact !== undefined) return exact
  return declared.find((content) => {
    const range = parseMediaType(content.mediaType)
    return range !== undefined && rangeCovers(range, actual)
  })
}

/** Parses an `Accept` header into its ranges; malformed members are skipped. */
export function parseAccept(header: string): AcceptRange[] {
  const out: AcceptRange[] = []
  for (const member of header.split(',')) {
    if (member.trim() === '') continue
    const parsed = parseMediaType(member)
    if (parsed === undefined) continue
    const { q: weight, ...params } = parsed.params
    const q = weight === undefined ? 1 : Number(weight)
    out.push({ ...parsed, params, q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1 })
  }
  return out
}

/** How specific a range is: `*\/*` 0, `type/*` 1, `type/*+suffix` 2, `type/subtype` 3, plus parameters. */
function specificity(range: AcceptRange): number {
  if (range.type === '*') return 0
  if (range.subtype === '*') return 1
  const base = range.subtype.startsWith('*+') ? 2 : 3
  return base + Object.keys(range.params).length / 100
}

/**
 * The weight an `Accept` header gives a media type: the q of the most specific range that covers it
 * (RFC 9110 §12.5.1), 0 when none does. A declared range (`image/*`) takes the best weight among the
 * ranges that overlap it.
 */
export function acceptWeight(ranges: readonly AcceptRange[], offered: MediaType): number {
  let best: AcceptRange | undefined
  for (const range of ranges) {
    if (!mediaTypesOverlap(range, offered)) continue
    if (best === undefined || specificity(range) > specificity(best)) best = range
    else if (specificity(range) === specificity(best) && range.q > best.q) best = range
  }
  return best?.q ?? 0
}

/**
 * True when the `Accept` header accepts at least one of the offered media types (a missing or empty
 * header accepts everything; so does a header none of whose members parses, as RFC 9110 lets a server
 * disregard it).
 */
export function acceptsAny(accept: string | null, offered: readonly string[]): boolean {
  if (accept === null || accept.trim() === '') return true
  const ranges = parseAccept(accept)
  if (ranges.length === 0) return true
  return offered.some((text) => {
    const type = parseMediaType(text)
    return type !== undefined && acceptWeight(ranges, type) > 0
  })
}
