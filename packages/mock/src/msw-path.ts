/**
 * MSW path strings (`*\/v1/zoos/:zId`, `https://api.example.com/v1/zoos/:zId`) compiled once into the
 * regular expression MSW builds for them on every request (`matchRequestUrl`: `coercePath`, then
 * path-to-regexp 6 with its defaults), so a route table can match many templates without recompiling
 * them. What the expression matches is what MSW matches, except that a leading `*` stands for the origin
 * only:
 *
 * - the whole URL without query and hash (`origin + pathname`), case-insensitively;
 * - a leading `*` matches any origin, so a relative base URL matches under any origin — and nothing more:
 *   MSW's `*` matches any text, so `*\/octocat` would also answer `/orgs/octocat` (GitHub's spec, whose
 *   base URL has no path, has both `GET /octocat` and `GET /orgs/{org}`);
 * - `:name` matches one non-empty segment, decoded with `decodeURIComponent` (a malformed escape throws,
 *   as in MSW);
 * - one optional trailing slash.
 *
 * Only the paths `toMswPath` writes are compiled: static segments free of MSW syntax, whole-segment
 * parameters, and a `*` or `http(s)://host[:port]` prefix. Anything else gives `undefined`, and the
 * caller asks MSW's own `matchRequestUrl`.
 *
 * @module
 */
import { setOwn } from './validate/keywords.ts'

/** Characters with a meaning to MSW (`cleanUrl` cuts at `?`, `|` and `#`) or path-to-regexp, outside `:name`. */
const PATH_SYNTAX = /[*+?\\{}:()|#]/
/** A whole-segment parameter in path-to-regexp syntax. */
const PARAMETER = /^:([A-Za-z_][A-Za-z0-9_]*)$/
/** An absolute prefix MSW's `coercePath` leaves as plain text (its colons escaped). */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?=\/|$)/i
/** path-to-regexp's `escapeString`. */
const ESCAPED = /[.+*?=^!:${}()[\]|/\\]/g
/** What a leading `*` matches: an origin (`scheme://host[:port]`, or `null` for an opaque one). */
const ANY_ORIGIN = '(?:[^/]*\\/\\/[^/]*|null)'
/** path-to-regexp's default pattern of a parameter after `/` (delimiters `/`, `#`, `?`). */
const SEGMENT = '(?:\\/([^\\/#\\?]+?))'
/** path-to-regexp's optional trailing delimiter (non-strict) and end. */
const END = '[\\/#\\?]?$'

/**
 * Reads the path parameters of a URL given without query and hash (`url.origin + url.pathname`, what MSW
 * matches), or `undefined` when it does not match.
 */
export type MswPathMatcher = (cleanUrl: string) => Record<string, string> | undefined

function escapeText(text: string): string {
  return text.replace(ESCAPED, '\\$&')
}

/**
 * Compiles an MSW path string into a matcher with MSW's semantics (see the module comment), or
 * `undefined` when the path uses syntax this compiler does not reproduce.
 */
export function compileMswPath(path: string): MswPathMatcher | undefined {
  let source: string
  let rest: string
  const wildcard = path.startsWith('*')
  if (wildcard) {
    source = ANY_ORIGIN
    rest = path.slice(1)
  } else {
    const origin = ORIGIN.exec(path)?.[0]
    if (origin === undefined) return undefined
    source = escapeText(origin)
    rest = path.slice(origin.length)
  }
  if (rest !== '' && !rest.startsWith('/')) return undefined
  const names: string[] = []
  for (const segment of rest === '' ? [] : rest.slice(1).split('/')) {
    const parameter = PARAMETER.exec(segment)
    if (parameter !== null) {
      names.push(parameter[1] as string)
      source += SEGMENT
    } else if (PATH_SYNTAX.test(segment)) {
      return undefined
    } else {
      source += escapeText(`/${segment}`)
    }
  }
  const pattern = new RegExp(`^${source}${END}`, 'i')
  return (cleanUrl) => {
    const match = pattern.exec(cleanUrl)
    if (match === null) return undefined
    const params: Record<string, string> = {}
    for (let index = 0; index < names.length; index++) {
      // An own property even for a parameter named `__proto__`.
      setOwn(params, names[index] as string, decodeURIComponent(match[index + 1] ?? ''))
    }
    return params
  }
}
