/**
 * What a schema says about the XML form of a value (OpenAPI 3.1 §4.8.26, XML Object), read through the
 * {@link SchemaView} (`$ref`s into `components` followed, `allOf` parts merged): the `xml` annotation
 * of a schema, the component name a `$ref` gives, and the schemas of an object value's properties,
 * with the `oneOf`/`anyOf` branch that fits the value best.
 *
 * @module
 */
import { schemaNameOf } from '../sample/refs.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { isRecord } from '../validate/keywords.ts'

/** An XML Object: how a schema's value is written as XML. Fields that are absent or malformed are left out. */
export interface XmlAnnotation {
  /** The element (or attribute) name, instead of the property's. */
  readonly name?: string
  /** The namespace URI: declared with `xmlns` (or `xmlns:prefix`) on the element. */
  readonly namespace?: string
  /** The prefix of the name (`prefix:name`). */
  readonly prefix?: string
  /** A scalar property written as an attribute of its object's element. */
  readonly attribute?: boolean
  /** An array written inside an element of its own name (by default each item is an element beside the others). */
  readonly wrapped?: boolean
}

/** How deep `oneOf`/`anyOf` branches are followed when matching an object value (a schema may nest itself). */
const MAX_BRANCH_DEPTH = 16

/** The schema, then (depth first) what it refers to and its `allOf` parts: where its XML Object may be written. */
function annotationSources(view: SchemaView, schema: unknown, out: Record<string, unknown>[]): void {
  if (!isRecord(schema) || out.includes(schema)) return
  out.push(schema)
  const target = view.deref(schema)
  if (target !== undefined && target !== schema) annotationSources(view, target, out)
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) annotationSources(view, part, out)
}

/**
 * The XML Object of a schema, field by field: the schema's own `xml` first (beside a `$ref`, OpenAPI
 * 3.1 applies it), then that of the schema it refers to, then those of its `allOf` parts, in order.
 *
 * @example
 * // Pet: { type: object, xml: { name: pet } }
 * xmlAnnotation(view, { $ref: '#/components/schemas/Pet', xml: { prefix: 'p' } }) // { prefix: 'p', name: 'pet' }
 */
export function xmlAnnotation(view: SchemaView, schema: unknown): XmlAnnotation {
  const out: { -readonly [Field in keyof XmlAnnotation]: XmlAnnotation[Field] } = {}
  const sources: Record<string, unknown>[] = []
  annotationSources(view, schema, sources)
  for (const source of sources) {
    const xml = source.xml
    if (!isRecord(xml)) continue
    if (out.name === undefined && typeof xml.name === 'string' && xml.name !== '') out.name = xml.name
    if (out.namespace === undefined && typeof xml.namespace === 'string' && xml.namespace !== '')
      out.namespace = xml.namespace
    if (out.prefix === undefined && typeof xml.prefix === 'string' && xml.prefix !== '')
      out.prefix = xml.prefix
    if (out.attribute === undefined && typeof xml.attribute === 'boolean') out.attribute = xml.attribute
    if (out.wrapped === undefined && typeof xml.wrapped === 'boolean') out.wrapped = xml.wrapped
  }
  return out
}

/**
 * The name of the component a schema refers to (`{ $ref: '#/components/schemas/Pet' }` → `Pet`), or
 * `undefined` for a schema that is not a `$ref` to `#/components/schemas/…`.
 */
export function componentName(schema: unknown): string | undefined {
  return isRecord(schema) && typeof schema.$ref === 'string' ? schemaNameOf(schema.$ref) : undefined
}

/** The schema of item `index` of an array schema: its `prefixItems` entry, else `items`. */
export function itemSchema(view: SchemaView, schema: unknown, index: number): unknown {
  const prefixItems = view.keyword(schema, 'prefixItems')
  if (Array.isArray(prefixItems) && index < prefixItems.length) return prefixItems[index]
  return view.items(schema)
}

/** The property schemas that `schema` and its `allOf` parts declare (a name declared twice: an `allOf` of both). */
function ownProperties(view: SchemaView, schema: unknown, into: Map<string, unknown>): void {
  for (const part of view.parts(schema)) {
    if (!isRecord(part.properties)) continue
    for (const [name, sub] of Object.entries(part.properties)) {
      const previous = into.get(name)
      into.set(name, previous === undefined ? sub : { allOf: [previous, sub] })
    }
  }
}

/** How many of the value's members a branch declares. */
function fit(view: SchemaView, branch: unknown, names: readonly string[]): number {
  const declared = view.properties(branch)
  let count = 0
  for (const name of names) if (declared.has(name)) count++
  return count
}

function collect(
  view: SchemaView,
  schema: unknown,
  names: readonly string[],
  into: Map<string, unknown>,
  depth: number,
): void {
  const own = new Map<string, unknown>()
  ownProperties(view, schema, own)
  for (const [name, sub] of own) if (!into.has(name)) into.set(name, sub)
  if (depth >= MAX_BRANCH_DEPTH) return
  let best: unknown
  let bestFit = 0
  for (const branch of view.branches(schema)) {
    const score = fit(view, branch, names)
    if (score > bestFit) {
      best = branch
      bestFit = score
    }
  }
  if (best !== undefined) collect(view, best, names, into, depth + 1)
}

/**
 * The schema of each member of an object value: the properties of the schema and its `allOf` parts,
 * then those of the `oneOf`/`anyOf` branch that declares most of the value's members (recursively; the
 * first such branch on a tie, none when no branch declares any), then `additionalProperties` for the
 * members none of them declares. A member with no schema is written by its name alone.
 */
export function memberSchemas(
  view: SchemaView,
  schema: unknown,
  value: Readonly<Record<string, unknown>>,
): (name: string) => unknown {
  const found = new Map<string, unknown>()
  collect(view, schema, Object.keys(value), found, 0)
  const additional = view.keyword(schema, 'additionalProperties')
  const rest = isRecord(additional) ? additional : undefined
  return (name) => (found.has(name) ? found.get(name) : rest)
}
