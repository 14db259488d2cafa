/**
 * One step of the bundler's walk: a value, what it is (its kind), the file it lives in and how it was
 * reached, from which its JSON pointer inside that file is rebuilt only when a diagnostic needs it.
 *
 * @module
 */

import type { Kind } from './openapi-kinds.ts'
import type { FileContext } from './spec-files.ts'

/** A JSON object as parsed. */
export type Json = Record<string, unknown>

/** One value of the walk. */
export interface Frame {
  readonly value: object
  readonly kind: Kind
  readonly file: FileContext
  /** The frame this value was reached from inside the same file; undefined at a file-level entry point. */
  readonly parent: Frame | undefined
  /** The key (or index) of `value` inside the parent's value. */
  readonly key: string
  /** For frames without a parent: the pointer segments of `value` inside `file`. */
  readonly base: readonly string[]
}

/** A frame where a walk enters a file at `base` (the root document, or a `$ref` target). */
export function entryFrame(value: object, kind: Kind, file: FileContext, base: readonly string[]): Frame {
  return { value, kind, file, parent: undefined, key: '', base }
}

/** The pointer segments of a frame's value inside its file. */
export function segmentsOf(frame: Frame): string[] {
  const keys: string[] = []
  let current = frame
  while (current.parent) {
    keys.push(current.key)
    current = current.parent
  }
  return [...current.base, ...keys.reverse()]
}

/** A plain object (not an array, not null). */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
