/**
 * JSON pointers (RFC 6901): building them from segments, parsing them back, and reading the value a
 * pointer names. Pointers are written without the `#` of their URI-fragment form (`/paths/~1zoos/get`);
 * {@link parsePointer} accepts both forms.
 *
 * @module
 */

/** One step of a JSON pointer: an object key or an array index. */
export type PointerSegment = string | number

/** Escapes one segment: `~` → `~0`, `/` → `~1` (RFC 6901 §3). */
export function escapePointerSegment(segment: PointerSegment): string {
  const text = String(segment)
  if (!text.includes('~') && !text.includes('/')) return text
  return text.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Unescapes one segment: `~1` → `/`, `~0` → `~`, in that order (RFC 6901 §4). */
export function unescapePointerSegment(segment: string): string {
  if (!segment.includes('~')) return segment
  if (/~(?![01])/.test(segment)) {
    throw new Error(
      `[statusline] Failed to parse JSON pointer segment "${segment}": "~" must be followed by 0 or 1`,
    )
  }
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

/**
 * Builds a JSON pointer from segments; `[]` gives `''`, the whole document.
 *
 * @example
 * ```ts
 * pointerOf(['paths', '/zoos/{zId}', 'get']) // '/paths/~1zoos~1{zId}/get'
 * ```
 */
export function pointerOf(segments: readonly PointerSegment[]): string {
  let pointer = ''
  for (const segment of segments) pointer += `/${escapePointerSegment(segment)}`
  return pointer
}

/**
 * Parses a JSON pointer into unescaped segments. Accepts the plain form (`/a/b`, `''`) and the URI
 * fragment form (`#/a/b`, `#`), whose percent-escapes are decoded first.
 *
 * @throws Error when the text is not a JSON pointer (e.g. `#Anchor`, `a/b`).
 * @example
 * ```ts
 * parsePointer('#/paths/~1zoos/get') // ['paths', '/zoos', 'get']
 * ```
 */
export function parsePointer(pointer: string): string[] {
  let text = pointer
  if (text.startsWith('#')) {
    try {
      text = decodeURIComponent(text.slice(1))
    } catch {
      throw new Error(`[statusline] Failed to parse JSON pointer "${pointer}": invalid percent-encoding`)
    }
  }
  if (text === '') return []
  if (!text.startsWith('/')) {
    throw new Error(
      `[statusline] Failed to parse JSON pointer "${pointer}": it must be empty or start with "/"`,
    )
  }
  return text.slice(1).split('/').map(unescapePointerSegment)
}

/** What {@link getAtPointer} found. */
export type PointerLookup =
  | { readonly found: true; readonly value: unknown }
  /** `depth` is the number of segments that did resolve before the walk stopped. */
  | { readonly found: false; readonly depth: number }

/**
 * Reads the value at `segments` inside `root`. Array steps must be decimal indices; own properties only.
 *
 * @example
 * ```ts
 * getAtPointer({ a: [{ b: 1 }] }, ['a', '0', 'b']) // { found: true, value: 1 }
 * ```
 */
export function getAtPointer(root: unknown, segments: readonly PointerSegment[]): PointerLookup {
  let current: unknown = root
  for (let i = 0; i < segments.length; i++) {
    const segment = String(segments[i])
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return { found: false, depth: i }
      const index = Number(segment)
      if (index >= current.length) return { found: false, depth: i }
      current = current[index]
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment]
    } else {
      return { found: false, depth: i }
    }
  }
  return { found: true, value: current }
}
