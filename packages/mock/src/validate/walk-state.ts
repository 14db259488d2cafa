/**
 * The state a normaliser's walks share, and the warnings they record.
 *
 * @module
 */

import type { Composition } from './closed-compositions.ts'
import type { Dialect } from './dialect.ts'
import { toPointer } from './pointer.ts'

/** A schema after normalisation: JSON Schema of the validator's dialect, refs in canonical form. */
export type NormalizedSchema = Record<string, unknown> | boolean

/** Something the normaliser dropped or rewrote because the document's schema was malformed. */
export interface NormalizeWarning {
  /** Where: a JSON Pointer into the root document, or `<where>` + pointer for inline schemas. */
  readonly pointer: string
  readonly message: string
}

/** Shared state of one normaliser, filled by its walks. */
export interface WalkState {
  readonly dialect: Dialect
  /** When set, `required` leaves out properties hidden in that direction (readOnly in requests, writeOnly in responses). */
  readonly direction: 'request' | 'response' | undefined
  /** The document as written, to see through `$ref`s to `readOnly`/`writeOnly` flags. */
  readonly rawRoot: object
  /** Raw object → normalised schema. */
  readonly memo: WeakMap<object, NormalizedSchema>
  /** Every object this normaliser produced (so normalising twice is a no-op). */
  readonly produced: WeakSet<object>
  /** Normalised schema → its tokens inside the root, for schemas of the root document. */
  readonly pointers: WeakMap<object, readonly string[]>
  readonly warnings: NormalizeWarning[]
  /** Nodes carrying a `discriminator`, checked once the walk is done. */
  readonly discriminators: Record<string, unknown>[]
  /** Nodes carrying a canonical `$ref`, checked once the walk is done. */
  readonly refs: Record<string, unknown>[]
  /** Schemas with an `allOf`, or `additionalProperties: false` beside a composition, settled once the walk is done. */
  readonly compositions: Composition[]
}

/** One walk: the shared state plus where it started (for pointers and warnings). */
export interface Walk {
  readonly state: WalkState
  /** Whether the walked schemas belong to the root document (their pointers are recorded). */
  readonly inRoot: boolean
  /** Prefix of warnings for schemas outside the root, e.g. `getZoo 200`. */
  readonly where: string
}

/** Records a warning at `at` (a pointer into the root, or relative to the walk's `where`). */
export function warn(walk: Walk, at: readonly string[], message: string): void {
  const pointer = walk.inRoot ? toPointer(at) : `${walk.where}${toPointer(at)}`
  walk.state.warnings.push({ pointer, message })
}
