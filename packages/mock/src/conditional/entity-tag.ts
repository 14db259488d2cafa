/**
 * Entity tags (RFC 9110 §8.8.3): the mock's strong validators, hashed from what identifies a
 * representation (its media type and encoded body, or a stored resource), the `If-Match` /
 * `If-None-Match` lists requests carry, and the strong and weak comparisons of §8.8.3.2.
 *
 * @module
 */

/** One entity tag: its opaque text (without the quotes) and whether it is weak (`W/"…"`). */
export interface EntityTag {
  readonly weak: boolean
  readonly opaque: string
}

/** What an `If-Match` / `If-None-Match` field holds: `*`, a list of tags, or text that is neither. */
export type TagCondition =
  | { readonly kind: 'any' }
  | { readonly kind: 'tags'; readonly tags: readonly EntityTag[] }
  | { readonly kind: 'malformed'; readonly value: string }

/** 64 bits of a fast non-cryptographic hash (two multiplicative lanes, cyrb53's mixing) of the parts. */
function hash64(parts: readonly (string | Uint8Array)[]): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  const mix = (unit: number): void => {
    h1 = Math.imul(h1 ^ unit, 2654435761)
    h2 = Math.imul(h2 ^ unit, 1597334677)
  }
  for (const part of parts) {
    if (typeof part === 'string')
      for (let index = 0; index < part.length; index++) mix(part.charCodeAt(index))
    else for (const byte of part) mix(byte)
    // The length separates the parts: ("ab", "c") and ("a", "bc") differ.
    mix(part.length + 0x10000)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/**
 * The opaque tag of a representation: a hash of its `Content-Type` and encoded body, so byte-equal
 * answers of one media type share it and any other change gives another tag.
 *
 * @example
 * representationTag('application/json', '{"id":1}') // '9c3e…' (16 hex digits)
 */
export function representationTag(contentType: string, encoded: string | Uint8Array): string {
  return hash64([contentType, encoded])
}

/**
 * The opaque tag of a stored resource: a hash of its JSON text, so it changes exactly when the stored
 * value does.
 */
export function resourceTag(value: unknown): string {
  return hash64(['resource', JSON.stringify(value) ?? ''])
}

/** An entity tag as a field value: `"opaque"` or `W/"opaque"`. */
export function formatEntityTag(tag: EntityTag): string {
  return `${tag.weak ? 'W/' : ''}"${tag.opaque}"`
}

/** True for a character an opaque tag may hold (`etagc`: `!`, `#`–`~`, obs-text). */
function isTagChar(code: number): boolean {
  return code === 0x21 || (code >= 0x23 && code <= 0x7e) || (code >= 0x80 && code <= 0xff)
}

/** One entity tag starting at `start` (after whitespace), and where it ends; `undefined` when there is none. */
function readTag(text: string, start: number): { tag: EntityTag; end: number } | undefined {
  let index = start
  const weak = text.startsWith('W/', index)
  if (weak) index += 2
  if (text[index] !== '"') return undefined
  const close = text.indexOf('"', index + 1)
  if (close < 0) return undefined
  const opaque = text.slice(index + 1, close)
  for (let at = 0; at < opaque.length; at++) if (!isTagChar(opaque.charCodeAt(at))) return undefined
  return { tag: { weak, opaque }, end: close + 1 }
}

/**
 * Parses an `If-Match` or `If-None-Match` field value (`*`, or a comma-separated list of entity tags;
 * empty list elements are skipped, RFC 9110 §5.6.1.2); `undefined` when the field is absent.
 *
 * @example
 * parseTagCondition('"a", W/"b"') // { kind: 'tags', tags: [{ weak: false, opaque: 'a' }, { weak: true, opaque: 'b' }] }
 * parseTagCondition('nope') // { kind: 'malformed', value: 'nope' }
 */
export function parseTagCondition(value: string | null): TagCondition | undefined {
  if (value === null) return undefined
  if (value.trim() === '*') return { kind: 'any' }
  const tags: EntityTag[] = []
  let index = 0
  const skipSpace = (): void => {
    while (value[index] === ' ' || value[index] === '\t') index++
  }
  while (index < value.length) {
    skipSpace()
    if (value[index] === ',') {
      index++
      continue
    }
    if (index >= value.length) break
    const read = readTag(value, index)
    if (read === undefined) return { kind: 'malformed', value }
    tags.push(read.tag)
    index = read.end
    skipSpace()
    if (index < value.length && value[index] !== ',') return { kind: 'malformed', value }
  }
  return tags.length === 0 ? { kind: 'malformed', value } : { kind: 'tags', tags }
}

/** Strong comparison (RFC 9110 §8.8.3.2): both tags strong, same opaque text. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque
}

/** Weak comparison (RFC 9110 §8.8.3.2): same opaque text, weak or not. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque
}
