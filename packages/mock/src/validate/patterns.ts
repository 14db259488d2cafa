/**
 * Regular expressions of the `pattern` keyword. JSON Schema patterns are ECMA-262 regexes; vendors
 * also ship patterns that are only valid without the `u` flag (`[\w-\.]`, `\_`), patterns written for
 * Java's engine (`\p{XDigit}`, `(?ms)` in front, `\A` and `\Z`: AWS's descriptions have hundreds), or
 * patterns that are not regular expressions at all. The validator and the sampler share these rules so
 * that they agree on what a pattern means.
 *
 * @module
 */

const cache = new Map<string, RegExp | null>()

/** Java's POSIX character classes (`\p{Alpha}`…), as the ranges of an ECMAScript class. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'A-Za-z',
  Digit: '0-9',
  Alnum: 'A-Za-z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9A-Fa-f',
  Space: ' \\t\\n\\x0B\\f\\r',
  all: '\\s\\S',
}

/**
 * A pattern written for Java's engine, rewritten for ECMAScript: POSIX classes (`\p{XDigit}`, and
 * `\P{XDigit}` outside a class) as ranges, `\A` and `\Z`/`\z` as `^` and `$`, and inline flags at the
 * start (`(?ms)`, `(?i)`) as flags. Everything else is kept as written.
 *
 * @example
 * ```ts
 * javaPattern('(?i)\\A\\p{XDigit}{8}\\Z') // { source: '^[0-9A-Fa-f]{8}$', flags: 'i' }
 * ```
 */
export function javaPattern(pattern: string): { source: string; flags: string } {
  const lead = /^\(\?([imsx]+)\)/.exec(pattern)
  const flags = [...new Set(lead?.[1]?.replace('x', '') ?? '')].join('')
  let source = ''
  let inClass = false
  for (let i = lead?.[0].length ?? 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      const next = pattern[i + 1] ?? ''
      const named = /^[pP]\{(\w+)\}/.exec(pattern.slice(i + 1))
      const ranges = named ? POSIX_CLASSES[named[1] ?? ''] : undefined
      if (named && ranges !== undefined && (next === 'p' || !inClass)) {
        source += inClass ? ranges : `[${next === 'P' ? '^' : ''}${ranges}]`
        i += named[0].length
      } else if (!inClass && (next === 'A' || next === 'Z' || next === 'z')) {
        source += next === 'A' ? '^' : '$'
        i++
      } else {
        source += char + next
        i++
      }
      continue
    }
    if (char === '[' && !inClass) inClass = true
    else if (char === ']' && inClass) inClass = false
    source += char
  }
  return { source, flags }
}

/**
 * A pattern written as a JavaScript regular-expression literal, slashes and flags included
 * (`/^[a-z0-9._]+$/`, PeerTube's usernames; `/^[0-9]{4}[a-z]$/i`), rewritten as a pattern: its source,
 * behind Java's inline flags (`(?i)`) for the flags `i`, `m` and `s` (which {@link compilePattern} reads);
 * undefined for any other pattern. Only an anchored one counts: as written, its `^` after a literal `/`
 * (or `$` before one) matches nothing, while `/users/` is a fine pattern for a path.
 *
 * @example
 * ```ts
 * regexLiteralPattern('/^[a-z]+$/')  // '^[a-z]+$'
 * regexLiteralPattern('/^[a-z]+$/i') // '(?i)^[a-z]+$'
 * regexLiteralPattern('/users/')     // undefined
 * ```
 */
export function regexLiteralPattern(pattern: string): string | undefined {
  const [, inner, flags = ''] = /^\/(.+)\/([dgimsuvy]*)$/s.exec(pattern) ?? []
  if (inner === undefined || !(inner.startsWith('^') || inner.endsWith('$'))) return undefined
  const inline = [...new Set(flags.replace(/[^ims]/g, ''))].join('')
  return inline === '' ? inner : `(?${inline})${inner}`
}

/** `new RegExp(source, flags)`, or `null` when that throws. */
function tryRegExp(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags)
  } catch {
    return null
  }
}

/**
 * Compiles a `pattern` the way the validator does: as written with the `u` flag when the pattern allows
 * it, else as Java's engine would read it (`javaPattern`) with and then without `u`, else as written
 * without `u`; `null` when it is not a regular expression at all.
 */
export function compilePattern(pattern: string): RegExp | null {
  const hit = cache.get(pattern)
  if (hit !== undefined) return hit
  let re = tryRegExp(pattern, 'u')
  if (re === null) {
    const java = javaPattern(pattern)
    re =
      tryRegExp(java.source, `${java.flags}u`) ?? tryRegExp(java.source, java.flags) ?? tryRegExp(pattern, '')
  }
  cache.set(pattern, re)
  return re
}

/** Whether `value` matches `pattern` (search semantics, as JSON Schema defines); invalid patterns match. */
export function matchesPattern(pattern: string, value: string): boolean {
  const re = compilePattern(pattern)
  return re === null ? true : re.test(value)
}

/**
 * The regular-expression engine handed to ajv (`code.regExp`): the requested flags when the pattern
 * allows them, else the pattern as {@link compilePattern} reads it.
 */
export const patternEngine = Object.assign(
  (pattern: string, flags: string): RegExp => {
    const re = tryRegExp(pattern, flags) ?? compilePattern(pattern)
    // ajv reports the SyntaxError of a pattern that is no regular expression in any reading.
    return re ?? new RegExp(pattern, flags.replace('u', ''))
  },
  { code: 'new RegExp' },
)
