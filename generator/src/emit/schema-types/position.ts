/**
 * Where in `schema.d.ts` a schema's type is being written: in which node, at which indentation and
 * nesting depth, and how TypeScript will resolve a reference written there (see `ref-graph.ts`). The
 * writers of object and array types take a {@link TypeWriter} for their members, so the modules of the
 * mapping do not import one another in a circle.
 *
 * @module
 */
import type { Direction } from './directions.ts'
import { OccurrenceFlag } from './ref-graph.ts'
import type { TypeText } from './type-text.ts'

/** Indentation added per nesting level. */
export const INDENT = '  '

/**
 * How deep inline schemas may nest before the rest is typed `unknown`. TypeScript's parser overflows
 * its stack near a thousand nested type nodes, and one schema level can take three (`(X | null)[]`
 * inside `{ … }`), so the limit stays well below that; real documents nest a few dozen levels at most.
 */
export const MAX_DEPTH = 128

/** Where a type is written. */
export interface Position {
  /** The node whose type holds it, or -1 outside any node (paths, responses, parameters…). */
  readonly from: number
  /** Indentation of the line on which the type starts. */
  readonly pad: string
  /** Nesting depth of inline schemas. */
  readonly depth: number
  /** The `OccurrenceFlag`s a reference written here gets. */
  readonly flags: number
  /** Whether the data is read (responses, `components['schemas']`) or written (requests). */
  readonly direction: Direction
}

/** The position at the top of a node's type (or of a type outside nodes, with `from` -1). */
export function rootPosition(from: number, pad: string, direction: Direction): Position {
  return { from, pad, depth: 0, flags: OccurrenceFlag.Eager, direction }
}

/** The position of a member of an object type: one level deeper, indented, no longer eager. */
export function memberPosition(at: Position): Position {
  return { ...at, pad: at.pad + INDENT, depth: at.depth + 1, flags: 0 }
}

/** The position of an element of an array or tuple type. */
export function elementPosition(at: Position): Position {
  return { ...at, depth: at.depth + 1, flags: at.flags | OccurrenceFlag.Array }
}

/** The position of a member of a union (`intersection` false) or an intersection. */
export function combinedPosition(at: Position, intersection: boolean): Position {
  const flags = intersection
    ? at.flags | OccurrenceFlag.Intersection
    : at.flags & ~OccurrenceFlag.Intersection
  return { ...at, depth: at.depth + 1, flags }
}

/** Writes the type of any schema; implemented by `SchemaTypes`. */
export interface TypeWriter {
  typeOf(schema: unknown, at: Position): TypeText
  /** Whether `required` does not bind `property` in `direction` (see `directions.ts`). */
  exempt(property: unknown, direction: Direction): boolean
}
