/**
 * `schema.d.ts`: the document's types in openapi-typescript's shape — `paths`, `components`
 * (`schemas`, `responses`, `parameters`, `requestBodies`, `headers`), `operations`, and empty `webhooks`
 * and `$defs` — written by statusline's own emitter, so the SDK's types can index into it and users who
 * know openapi-typescript can reach for `paths[...]` directly.
 *
 * How it is put together: component schemas are written first, each as a node of the reference graph
 * (`ref-graph.ts`) with placeholders for its references; then paths and the other components (their
 * references are written directly); then schemas that references name below a component's root
 * (`#/components/schemas/X/properties/y`), under a private `$refs` interface, and the `write` types of
 * schemas typed differently when written (`directions.ts`), under `writableComponents` (exported) and
 * a private `$writableRefs`. Once every reference is
 * known, `eager-cycles.ts` decides which must be cut and which nodes become private type aliases, and
 * the placeholders are filled in. Nothing here recurses through `$ref`s, and inline nesting is bounded
 * (`position.ts`), so no document can overflow the stack.
 *
 * @module
 */

import { pointerOf } from '../../load/json-pointer.ts'
import type { ApiModel } from '../../model/types.ts'
import { propertyName } from '../code-text.ts'
import { generatedHeader } from '../header.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import { ComponentReader, componentSection, OTHER_SECTIONS } from './components-types.ts'
import { schemaDirections } from './directions.ts'
import { docComment, schemaDocText } from './doc-comment.ts'
import { breakEagerCycles, Cut } from './eager-cycles.ts'
import { operationsDeclaration, pathsDeclaration } from './paths-types.ts'
import { INDENT, rootPosition } from './position.ts'
import { DECLARED_IN, OccurrenceFlag, PLACEHOLDER, RefGraph } from './ref-graph.ts'
import { SchemaTypes } from './schema-types.ts'

/** The path of the file, relative to the output directory; generated code imports it as `./schema.js`. */
export const SCHEMA_FILE = 'schema.d.ts'

/** Names the file declares at the top level; private aliases never take them. */
const TOP_LEVEL_NAMES = [
  'paths',
  'webhooks',
  'components',
  'writableComponents',
  '$defs',
  'operations',
  '$refs',
  '$writableRefs',
]

/** A schema node once written: its type text with placeholders, and its doc comment text. */
interface WrittenNode {
  readonly id: number
  readonly text: string
  readonly doc: string
}

/** A private alias name for each node that needs one: `$` and the name, made an identifier, unique. */
function aliasNames(graph: RefGraph, aliased: Uint8Array): Map<number, string> {
  const taken = new Set(TOP_LEVEL_NAMES)
  const names = new Map<number, string>()
  graph.nodes.forEach((node, id) => {
    if (aliased[id] !== 1) return
    const base = node.component ?? node.pointer.slice(node.pointer.lastIndexOf('/') + 1)
    const stem = `$${base.replace(/[^A-Za-z0-9_$]/g, '_')}${node.direction === 'write' ? 'Writable' : ''}`
    let name = stem
    for (let suffix = 2; taken.has(name); suffix++) name = `${stem}_${suffix}`
    taken.add(name)
    names.set(id, name)
  })
  return names
}

/**
 * Emits `schema.d.ts` for a model: its `paths` from the model's operations, its `components` from the
 * model's document. Never throws on a well-formed model; the model's document is not changed.
 *
 * @example
 * ```ts
 * const file = emitSchemaTypes(model, { sourceLabel: 'zoo.yaml' })
 * file.path // 'schema.d.ts'
 * ```
 */
export function emitSchemaTypes(model: ApiModel, options: EmitOptions = {}): GeneratedFile {
  const document = model.document
  const openapi31 = model.openapi.startsWith('3.1')
  const directions = schemaDirections(document, openapi31)
  const { targets } = directions
  const graph = new RefGraph()
  const writer = new SchemaTypes(targets, graph, openapi31, directions)
  const reader = new ComponentReader(document)

  const schemaPad = INDENT + INDENT
  const components: WrittenNode[] = reader.entries('schemas').map(([name, schema]) => {
    const id = graph.nodeOf({ pointer: `#${pointerOf(['components', 'schemas', name])}`, schema }, 'read')
    const text = writer.typeOf(schema, rootPosition(id, schemaPad, 'read')).text
    return { id, text, doc: schemaDocText(schema) }
  })
  const paths = pathsDeclaration(writer, model.operations)
  const others = OTHER_SECTIONS.map((section) => componentSection(writer, reader, section, INDENT))
  // The rest, as references find them: `write` components, and deeper pointers in either direction.
  const writable: WrittenNode[] = []
  const deeper: WrittenNode[] = []
  const writableDeeper: WrittenNode[] = []
  for (let index = 0; index < graph.pending.length; index++) {
    const id = graph.pending[index] as number
    const node = graph.nodes[id]
    if (node === undefined) continue
    const component = node.component !== undefined
    const at = rootPosition(id, component ? schemaPad : INDENT, node.direction)
    const written = {
      id,
      text: writer.typeOf(node.schema, at).text,
      doc: component ? schemaDocText(node.schema) : '',
    }
    if (component) writable.push(written)
    else (node.direction === 'write' ? writableDeeper : deeper).push(written)
  }

  const { cut, aliased } = breakEagerCycles(graph)
  const aliases = aliasNames(graph, aliased)
  const fill = (node: WrittenNode): string =>
    node.text.replace(PLACEHOLDER, (_, index: string) => {
      const occurrence = Number(index)
      if (cut[occurrence] === Cut.Depth) return 'unknown'
      if (cut[occurrence] === Cut.Cycle) {
        const intersection = ((graph.flags[occurrence] as number) & OccurrenceFlag.Intersection) !== 0
        return intersection ? (writer.baseObjects.get(occurrence) ?? 'unknown') : 'never'
      }
      const to = graph.to[occurrence] as number
      const alias = aliased[node.id] === 1 ? aliases.get(to) : undefined
      return alias ?? graph.nodes[to]?.expression ?? 'unknown'
    })
  const member = (node: WrittenNode, key: string, pad: string): string =>
    `${docComment(node.doc, pad)}${pad}${propertyName(key)}: ${aliases.get(node.id) ?? fill(node)};`

  // Write types in the order of `components.schemas`, whatever order references found them in.
  const order = new Map(components.map((node, index) => [graph.nodes[node.id]?.component, index]))
  const rank = (node: WrittenNode) => order.get(graph.nodes[node.id]?.component) ?? 0
  writable.sort((a, b) => rank(a) - rank(b))
  const schemasMember = (nodes: readonly WrittenNode[]): string => {
    const members = nodes.map((node) => member(node, graph.nodes[node.id]?.component ?? '', schemaPad))
    return members.length === 0
      ? `${INDENT}schemas: never;`
      : `${INDENT}schemas: {\n${members.join('\n')}\n${INDENT}};`
  }
  const parts = [
    generatedHeader(model, options),
    paths,
    'export type webhooks = Record<string, never>;',
    `export interface components {\n${[schemasMember(components), ...others, `${INDENT}pathItems: never;`].join('\n')}\n}`,
  ]
  if (writable.length > 0) {
    parts.push(
      `/**\n * Component schemas as request bodies and parameters type them, for those that differ: a required\n * \`readOnly\` property is optional here, and a required \`writeOnly\` one required (in \`components\`,\n * it is the other way round).\n */\nexport interface ${DECLARED_IN.write.components} {\n${schemasMember(writable)}\n}`,
    )
  }
  parts.push('export type $defs = Record<string, never>;', operationsDeclaration(model.operations))
  for (const [nodes, direction] of [
    [deeper, 'read'],
    [writableDeeper, 'write'],
  ] as const) {
    if (nodes.length === 0) continue
    const members = nodes.map((node) => member(node, graph.nodes[node.id]?.pointer ?? '', INDENT))
    const what = direction === 'read' ? '' : ', as written'
    parts.push(
      `/** Schemas that references name below a component's root, by JSON pointer${what}. */\ninterface ${DECLARED_IN[direction].refs} {\n${members.join('\n')}\n}`,
    )
  }
  for (const [nodes, pad] of [
    [components, schemaPad],
    [writable, schemaPad],
    [deeper, INDENT],
    [writableDeeper, INDENT],
  ] as const) {
    for (const node of nodes) {
      const alias = aliases.get(node.id)
      // Every line after the first starts with the indentation the type was written at.
      if (alias !== undefined) parts.push(`type ${alias} = ${fill(node).replaceAll(`\n${pad}`, '\n')};`)
    }
  }
  if (deeper.length > 0 || writableDeeper.length > 0 || aliases.size > 0) parts.push('export {};')
  return { path: SCHEMA_FILE, contents: `${parts.join('\n\n')}\n` }
}
