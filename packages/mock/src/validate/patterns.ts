/**
 * Regular expressions of the `pattern` keyword. JSON Schema patterns are ECMA-262 regexes; vendors
 * also ship patterns that are only valid without the `u` flag (`[\w-\.]`, `\_`), or not at all.
 * The validator and the sampler share these rules so that they agree on what a pattern means.
 *
 * @module
 */

const cache = new Map<string, RegExp | null>()

/**
 * Compiles a `pattern` the way the validator does: with the `u` flag when the pattern allows it,
 * else without; `null` when it is not a regular expression at all.
 */
export function compilePattern(pattern: string): RegExp | null {
  const hit = cache.get(pattern)
  if (hit !== undefined) return hit
  let re: RegExp | null = null
  try {
    re = new RegExp(pattern, 'u')
  } catch {
    try {
      re = new RegExp(pattern)
    } catch {
      re = null
    }
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
 * allows them, else without `u` — the same rule as {@link compilePattern}.
 */
export const patternEngine = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags)
    } catch {
      return new RegExp(pattern, flags.replace('u', ''))
    }
  },
  { code: 'new RegExp' },
)
