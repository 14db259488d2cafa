/**
 * What each location of an OpenAPI 3.x document is (a schema, a response, a path item, …), derived from
 * its parent's kind and its key. The bundler needs it to put an external `$ref` target into the right
 * `components` section (OpenAPI 3.1 §4.8.7, Components Object) and to know which subtrees are plain data
 * (examples, enums, defaults) whose `$ref`-looking keys are not references.
 *
 * @module
 */

/** The kind of one object in the document. */
export type NodeKind =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'header'
  | 'requestBody'
  | 'response'
  | 'mediaType'
  | 'encoding'
  | 'example'
  | 'link'
  | 'callback'
  | 'securityScheme'
  | 'components'
  | 'schema'
  /** Vendor extensions and fields that hold no OpenAPI objects; `$ref`s in them are treated as schemas. */
  | 'unknown'

/** A kind, a collection (map or list) whose entries are of a kind (`'schema*'`), or `skip` for plain data. */
export type Kind = NodeKind | `${NodeKind}*` | 'skip'

const componentSections: Readonly<Record<string, NodeKind>> = {
  schemas: 'schema',
  responses: 'response',
  parameters: 'parameter',
  examples: 'example',
  requestBodies: 'requestBody',
  headers: 'header',
  securitySchemes: 'securityScheme',
  links: 'link',
  callbacks: 'callback',
  pathItems: 'pathItem',
}

const sectionOfKind: Partial<Record<NodeKind, string>> = {
  schema: 'schemas',
  unknown: 'schemas',
  response: 'responses',
  parameter: 'parameters',
  example: 'examples',
  requestBody: 'requestBodies',
  header: 'headers',
  securityScheme: 'securitySchemes',
  link: 'links',
  callback: 'callbacks',
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

const schemaKeywords: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['properties', 'schema*'],
  ['patternProperties', 'schema*'],
  ['$defs', 'schema*'],
  ['definitions', 'schema*'],
  ['dependentSchemas', 'schema*'],
  ['allOf', 'schema*'],
  ['anyOf', 'schema*'],
  ['oneOf', 'schema*'],
  ['prefixItems', 'schema*'],
  ['items', 'schema'],
  ['additionalItems', 'schema'],
  ['additionalProperties', 'schema'],
  ['not', 'schema'],
  ['if', 'schema'],
  ['then', 'schema'],
  ['else', 'schema'],
  ['contains', 'schema'],
  ['propertyNames', 'schema'],
  ['unevaluatedItems', 'schema'],
  ['unevaluatedProperties', 'schema'],
  ['contentSchema', 'schema'],
  ['example', 'skip'],
  ['examples', 'skip'],
  ['enum', 'skip'],
  ['const', 'skip'],
  ['default', 'skip'],
])

/**
 * The kind of the value at `key` inside a value of kind `parent`. `isArray` tells whether that value is
 * an array (JSON Schema `items` may be a schema or, in older drafts, a list of schemas).
 */
export function childKind(parent: Kind, key: string, isArray: boolean): Kind {
  if (parent === 'skip') return 'skip'
  if (parent.endsWith('*')) {
    const item = parent.slice(0, -1) as NodeKind
    if ((item === 'pathItem' || item === 'response') && key.startsWith('x-')) return 'unknown'
    return item
  }
  if (key.startsWith('x-')) return 'unknown'
  const kind = nodeChildKind(parent as NodeKind, key)
  return kind === 'schema' && isArray ? 'schema*' : kind
}

function nodeChildKind(parent: NodeKind, key: string): Kind {
  switch (parent) {
    case 'document':
      if (key === 'paths') return 'paths'
      if (key === 'webhooks') return 'pathItem*'
      if (key === 'components') return 'components'
      return 'unknown'
    case 'paths':
      return 'pathItem'
    case 'pathItem':
      if (httpMethods.has(key)) return 'operation'
      if (key === 'parameters') return 'parameter*'
      return 'unknown'
    case 'operation':
      if (key === 'parameters') return 'parameter*'
      if (key === 'requestBody') return 'requestBody'
      if (key === 'responses') return 'response*'
      if (key === 'callbacks') return 'callback*'
      return 'unknown'
    case 'parameter':
    case 'header':
      if (key === 'schema') return 'schema'
      if (key === 'content') return 'mediaType*'
      if (key === 'examples') return 'example*'
      return key === 'example' ? 'skip' : 'unknown'
    case 'mediaType':
      if (key === 'schema') return 'schema'
      if (key === 'examples') return 'example*'
      if (key === 'encoding') return 'encoding*'
      return key === 'example' ? 'skip' : 'unknown'
    case 'encoding':
      return key === 'headers' ? 'header*' : 'unknown'
    case 'requestBody':
      return key === 'content' ? 'mediaType*' : 'unknown'
    case 'response':
      if (key === 'headers') return 'header*'
      if (key === 'content') return 'mediaType*'
      if (key === 'links') return 'link*'
      return 'unknown'
    case 'callback':
      return 'pathItem'
    case 'components': {
      const item = componentSections[key]
      return item ? `${item}*` : 'unknown'
    }
    case 'schema':
      return schemaKeywords.get(key) ?? 'unknown'
    case 'example':
    case 'link':
    case 'securityScheme':
      return 'skip'
    case 'unknown':
      return 'unknown'
  }
}

/**
 * The `components` section a referenced object of this kind is hoisted into, or undefined for kinds whose
 * `$ref` is replaced by the referenced content: path items (OpenAPI 3.0 has no `components.pathItems`),
 * collections, and objects that have no section (operations, media types).
 */
export function componentSectionOf(kind: Kind): string | undefined {
  return kind.endsWith('*') || kind === 'skip' ? undefined : sectionOfKind[kind as NodeKind]
}

/** The kind of the entries of a `components` section (`schemas` → `schema`). */
export function kindOfSection(section: string): NodeKind {
  return componentSections[section] ?? 'unknown'
}
