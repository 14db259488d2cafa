/**
 * How deep a parsed value nests arrays and objects, so that a request value nested deeper than the
 * mock reads is refused with a clear 400 before anything walks it recursively. `JSON.parse` itself
 * never overflows, but the steps after it (copying, validating, storing, answering, recording) recurse
 * once or more per level: left to the stack, a body about 2,300 levels deep answered
 * `500 Maximum call stack size exceeded` and one a little deeper `400 is nested too deeply`, whichever
 * step happened to overflow first.
 *
 * @module
 */

/** The deepest nesting of arrays and objects the mock reads in a request value (Jackson's default too). */
export const MAX_NESTING = 1000

/**
 * How many levels of arrays and objects `value` nests (`1` for `[]` or `{}`, `0` for a scalar), counted
 * without recursion and up to `limit + 1` at most, so that asking about any depth is safe and cheap.
 */
export function nestingDepth(value: unknown, limit: number = MAX_NESTING): number {
  let deepest = 0
  const pending: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue
    if (current instanceof Blob) continue
    const depth = next.depth + 1
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    const children = Array.isArray(current) ? current : Object.values(current)
    for (const child of children) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth })
    }
  }
  return deepest
}

/**
 * The message of a value nested deeper than {@link MAX_NESTING}, or `undefined` when it is not: one the
 * mock `reads` (a request value) or `answers` (a scripted body).
 */
export function tooDeep(value: unknown, doing: 'reads' | 'answers' = 'reads'): string | undefined {
  return nestingDepth(value) > MAX_NESTING ? nestedTooDeep(doing) : undefined
}

/** Why a value nested deeper than {@link MAX_NESTING} is refused, by what the mock does with it. */
export function nestedTooDeep(doing: 'reads' | 'answers'): string {
  return `is nested more than ${MAX_NESTING} levels deep (arrays and objects); the mock ${doing} at most ${MAX_NESTING}`
}
