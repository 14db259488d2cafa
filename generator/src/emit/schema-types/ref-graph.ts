/**
 * The schemas that `schema.d.ts` declares by name (nodes), and every reference between them
 * (occurrences). Component schemas are nodes under `components['schemas']`; a `$ref` to a deeper
 * pointer (`#/components/schemas/X/properties/y`) makes a node under the file's private `$refs`. A
 * schema typed differently when written (`directions.ts`) has a second node for that direction, under
 * `writableComponents['schemas']` or the private `$writableRefs`.
 *
 * While a node's type is written, each reference in it is written as a placeholder, because how it is
 * finally written depends on the whole graph (see `eager-cycles.ts`): the plain expression, the name of
 * a type alias, or — for a reference that would make TypeScript resolve a type through itself — a
 * replacement. Each occurrence records where it sits: whether TypeScript resolves it eagerly (outside
 * every object type), inside an array or tuple, and whether it is a member of an intersection.
 *
 * @module
 */

import { stringLiteral } from '../code-text.ts'
import { pointerTokens } from '../sdk/openapi-types.ts'
import type { Direction } from './directions.ts'
import type { RefTarget } from './ref-targets.ts'

/** One declared schema. */
export interface SchemaNode {
  /** Canonical `#/…` pointer of the schema. */
  readonly pointer: string
  readonly schema: unknown
  /** The name under `components.schemas`, or undefined for a deeper pointer. */
  readonly component: string | undefined
  /** The direction the node is typed in. */
  readonly direction: Direction
  /**
   * How code names the node: `components['schemas']['Zoo']` or `$refs['#/…']`; when written,
   * `writableComponents['schemas']['Zoo']` or `$writableRefs['#/…']`.
   */
  readonly expression: string
}

/** Where each direction's nodes are declared: the component interface and the deeper-pointer one. */
export const DECLARED_IN: Readonly<Record<Direction, { components: string; refs: string }>> = {
  read: { components: 'components', refs: '$refs' },
  write: { components: 'writableComponents', refs: '$writableRefs' },
}

/** Flags of an occurrence. */
export const OccurrenceFlag = {
  /** Outside every object type: TypeScript resolves it while resolving the node itself. */
  Eager: 1,
  /** Inside an array or tuple element type (deferred when written in a type alias). */
  Array: 2,
  /** A member of an intersection (`allOf`, or a 3.1 `$ref` with sibling keywords). */
  Intersection: 4,
} as const

/** A placeholder starts and ends with NUL, which no escaped spec text can contain. */
export const PLACEHOLDER = /\0(\d+)\0/g

/** The placeholder of occurrence `index`. */
export function placeholderOf(index: number): string {
  return `\0${index}\0`
}

/** Nodes, occurrences, and the deeper-pointer nodes still to be written. */
export class RefGraph {
  readonly nodes: SchemaNode[] = []
  /** Per occurrence: the node whose type holds it, the node it names, its flags, its inline depth. */
  readonly from: number[] = []
  readonly to: number[] = []
  readonly flags: number[] = []
  readonly depths: number[] = []
  /**
   * Nodes registered but not yet written, in registration order: every deeper-pointer node and every
   * `write` node (the `read` component schemas are written first, in spec order).
   */
  readonly pending: number[] = []
  readonly #ids = new Map<string, number>()

  /** The node of a resolved target in `direction`, registered on first sight. */
  nodeOf(target: RefTarget, direction: Direction): number {
    const key = direction === 'read' ? target.pointer : `${direction}:${target.pointer}`
    const known = this.#ids.get(key)
    if (known !== undefined) return known
    const tokens = pointerTokens(target.pointer)
    const component =
      tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens[2] : undefined
    const declared = DECLARED_IN[direction]
    const expression =
      component === undefined
        ? `${declared.refs}[${stringLiteral(target.pointer)}]`
        : `${declared.components}['schemas'][${stringLiteral(component)}]`
    const id = this.nodes.length
    this.nodes.push({ pointer: target.pointer, schema: target.schema, component, direction, expression })
    this.#ids.set(key, id)
    if (component === undefined || direction === 'write') this.pending.push(id)
    return id
  }

  /**
   * Records a reference from node `from` to node `to`, written `depth` inline schemas below the node's
   * root, and returns its index.
   */
  occurrence(from: number, to: number, flags: number, depth: number): number {
    const index = this.from.length
    this.from.push(from)
    this.to.push(to)
    this.flags.push(flags)
    this.depths.push(depth)
    return index
  }
}
