/**
 * A value as the XML document its schema describes (OpenAPI 3.1 §4.8.26, XML Object), for responses
 * whose media type is XML (`application/xml`, `text/xml`, `…+xml`):
 *
 * - the root element is named by the schema's `xml.name`, else by the component a `$ref` names
 *   (`#/components/schemas/Pet` → `<Pet>`), else `response`;
 * - each member of an object is an element named by its schema's `xml.name`, else by the member's name;
 *   with `xml.attribute: true`, a scalar member is an attribute of its object's element instead;
 * - an array is unwrapped (each item an element beside its siblings, named by the items' `xml.name`,
 *   else like the array) unless `xml.wrapped: true` puts the items inside an element named by the
 *   array's `xml.name`, else its name. A root array is always wrapped (a document has one root): in an
 *   element named as a root is, its items named by the items' `xml.name`, else the component their
 *   `$ref` names, else `item`;
 * - `xml.prefix` writes `prefix:name`; `xml.namespace` declares `xmlns:prefix` (or `xmlns` without a
 *   prefix) on the element, unless an enclosing element already declared it;
 * - scalars are text (numbers and booleans as `String` writes them); `null` and absent members are left
 *   out (a `null` root is an empty element); text and attribute values are escaped, characters XML 1.0
 *   cannot carry become U+FFFD, and names are made valid XML names (`first name` → `first_name`).
 *
 * The document starts with the XML declaration (UTF-8) on a line of its own and has no other line breaks
 * or indentation. `$ref`s are followed through the schema view, `allOf` parts merged, and for `oneOf`/`anyOf` the
 * branch that declares most of an object's members is used (`xml-schema.ts`). The walk follows the value,
 * which is finite, never the schema alone: recursive schemas need no guard (an object met again inside
 * itself is left out).
 *
 * @module
 */
import type { SchemaView } from '../schema-view/schema-view.ts'
import { componentName, itemSchema, memberSchemas, type XmlAnnotation, xmlAnnotation } from './xml-schema.ts'
import { escapeAttribute, escapeText, xmlName } from './xml-text.ts'

/** The XML declaration every document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** The name of a root element whose schema names none (no `xml.name`, no `$ref`). */
export const DEFAULT_ROOT_NAME = 'response'

/** The name of an item of a root array whose items' schema names none. */
export const DEFAULT_ITEM_NAME = 'item'

/** Namespace prefixes (`''`: the default namespace) bound to their URIs by the enclosing elements. */
type Scope = ReadonlyMap<string, string>

/** A start tag's namespace declaration (`''` when none is needed) and the scope inside the element. */
interface Declared {
  readonly text: string
  readonly scope: Scope
}

interface Walk {
  readonly view: SchemaView
  /** The objects and arrays being written, outermost first (a value met again inside itself is left out). */
  readonly open: Set<object>
}

function isScalar(value: unknown): value is string | number | boolean | bigint {
  const type = typeof value
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'bigint'
}

/** The qualified name for `name` (already chosen) with the annotation's prefix. */
function qualifiedName(name: string, xml: XmlAnnotation): string {
  const local = xmlName(name)
  return xml.prefix === undefined ? local : `${xmlName(xml.prefix)}:${local}`
}

/** The `xmlns` declaration an annotation needs in `scope` (none when it is in scope already). */
function declare(xml: XmlAnnotation, scope: Scope): Declared {
  if (xml.namespace === undefined) return { text: '', scope }
  const prefix = xml.prefix === undefined ? '' : xmlName(xml.prefix)
  if (scope.get(prefix) === xml.namespace) return { text: '', scope }
  const inner = new Map(scope)
  inner.set(prefix, xml.namespace)
  const attribute = prefix === '' ? 'xmlns' : `xmlns:${prefix}`
  return { text: ` ${attribute}="${escapeAttribute(xml.namespace)}"`, scope: inner }
}

/** `<tag attributes>content</tag>`, or `<tag attributes/>` without content. */
function element(tag: string, attributes: string, content: string): string {
  return content === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${content}</${tag}>`
}

/**
 * A member (or an item) named `name` unless its schema names it otherwise; `''` for `null`, absent, or
 * an object or array met again inside itself.
 */
function member(walk: Walk, name: string, schema: unknown, value: unknown, scope: Scope): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && walk.open.has(value)) return ''
  const xml = xmlAnnotation(walk.view, schema)
  if (Array.isArray(value) && xml.wrapped !== true) return items(walk, name, schema, value, scope)
  const tag = qualifiedName(xml.name ?? name, xml)
  const declared = declare(xml, scope)
  if (Array.isArray(value))
    return element(tag, declared.text, items(walk, name, schema, value, declared.scope))
  return node(walk, tag, declared, schema, value)
}

/** Each item of an array as an element named by the items' `xml.name`, else `name`. */
function items(walk: Walk, name: string, schema: unknown, list: readonly unknown[], scope: Scope): string {
  walk.open.add(list)
  let out = ''
  list.forEach((item, index) => {
    out += member(walk, name, itemSchema(walk.view, schema, index), item, scope)
  })
  walk.open.delete(list)
  return out
}

/**
 * The element `tag` for a value that is not an array: a scalar's text, or an object's attributes (its
 * scalar members whose schema says `xml.attribute: true`) and member elements.
 */
function node(walk: Walk, tag: string, declared: Declared, schema: unknown, value: unknown): string {
  if (isScalar(value)) return element(tag, declared.text, escapeText(String(value)))
  if (typeof value !== 'object' || value === null) return element(tag, declared.text, '')
  const object = value as Readonly<Record<string, unknown>>
  walk.open.add(object)
  const schemaOf = memberSchemas(walk.view, schema, object)
  let attributes = declared.text
  let scope = declared.scope
  const elements: [string, unknown, unknown][] = []
  for (const [name, entry] of Object.entries(object)) {
    if (entry === null || entry === undefined) continue
    const entrySchema = schemaOf(name)
    const xml = xmlAnnotation(walk.view, entrySchema)
    if (xml.attribute !== true || !isScalar(entry)) {
      elements.push([name, entrySchema, entry])
      continue
    }
    // An attribute without a prefix is in no namespace: only a prefixed one declares its namespace.
    if (xml.prefix !== undefined) {
      const needed = declare(xml, scope)
      attributes += needed.text
      scope = needed.scope
    }
    attributes += ` ${qualifiedName(xml.name ?? name, xml)}="${escapeAttribute(String(entry))}"`
  }
  let content = ''
  for (const [name, entrySchema, entry] of elements) content += member(walk, name, entrySchema, entry, scope)
  walk.open.delete(object)
  return element(tag, attributes, content)
}

/** The name of a root (or a root array's item): its `xml.name`, else its component's, else `fallback`. */
function rootName(xml: XmlAnnotation, schema: unknown, fallback: string): string {
  return xml.name ?? componentName(schema) ?? fallback
}

/**
 * The XML document for a value of `schema` (whose `$ref`s `view` resolves), as the module describes.
 *
 * @example
 * // Pet: { type: object, properties: { id: { type: integer, xml: { attribute: true } }, name: { type: string } } }
 * encodeXml({ id: 1, name: 'Rex' }, { $ref: '#/components/schemas/Pet' }, view)
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<Pet id="1"><name>Rex</name></Pet>'
 */
export function encodeXml(value: unknown, schema: unknown, view: SchemaView): string {
  const walk: Walk = { view, open: new Set() }
  const xml = xmlAnnotation(view, schema)
  const tag = qualifiedName(rootName(xml, schema, DEFAULT_ROOT_NAME), xml)
  const declared = declare(xml, new Map())
  let root: string
  if (Array.isArray(value)) {
    const itemsSchema = view.items(schema)
    const itemName = rootName(xmlAnnotation(view, itemsSchema), itemsSchema, DEFAULT_ITEM_NAME)
    root = element(tag, declared.text, items(walk, itemName, schema, value, declared.scope))
  } else root = node(walk, tag, declared, schema, value)
  return `${XML_DECLARATION}\n${root}`
}
