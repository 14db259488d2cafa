/**
 * JSON pointers (RFC 6901) as the model uses them, on top of the loader's `load/json-pointer.ts`: the
 * pointer of a child value from its parent's pointer, and the target of an internal `$ref`
 * (`#/components/schemas/Zoo`, RFC 6901 §6 URI fragment form).
 *
 * @module
 */

import { getAtPointer, parsePointer, pointerOf } from '../load/json-pointer.ts'

/**
 * Appends reference tokens to a pointer, escaping each.
 *
 * @example
 * childPointer('/paths', '/zoos/{zId}', 'get') // '/paths/~1zoos~1{zId}/get'
 */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  return pointer + pointerOf(tokens)
}

/** What an internal `$ref` names: its pointer (without `#`) and reference tokens. */
export interface RefPointer {
  readonly pointer: string
  readonly tokens: readonly string[]
}

/** Parsed refs by their text: a large document writes the same few thousand refs tens of thousands of times. */
const parsedRefs = new Map<string, RefPointer | undefined>()

/** The cache starts over past this many refs, so that a long-running watch cannot grow it without bound. */
const MAX_PARSED_REFS = 100_000

/**
 * The pointer (without `#`) that an internal `$ref` names, or undefined when the reference is not a
 * document-local JSON pointer (an external file, a URL, a named anchor, bad percent-encoding). Each ref
 * text is parsed once.
 *
 * @example
 * refPointer('#/components/schemas/a~1b') // { pointer: '/components/schemas/a~1b', tokens: [...] }
 */
export function refPointer(ref: string): RefPointer | undefined {
  if (parsedRefs.has(ref)) return parsedRefs.get(ref)
  const parsed = parseRefPointer(ref)
  if (parsedRefs.size >= MAX_PARSED_REFS) parsedRefs.clear()
  parsedRefs.set(ref, parsed)
  return parsed
}

function parseRefPointer(ref: string): RefPointer | undefined {
  if (!ref.startsWith('#')) return undefined
  try {
    const tokens = parsePointer(ref)
    return { pointer: pointerOf(tokens), tokens }
  } catch {
    return undefined
  }
}

/** The value at reference tokens inside the document, or undefined when there is none. */
export function valueAt(document: unknown, tokens: readonly string[]): unknown {
  const lookup = getAtPointer(document, tokens)
  return lookup.found ? lookup.value : undefined
}
