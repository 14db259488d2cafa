/**
 * Which JSON Schema keywords hold subschemas, and what type each validation keyword's value must
 * have. The normaliser walks subschemas only through these keywords (so a property named `nullable`
 * or an example holding `$ref` is never mistaken for a keyword) and drops malformed keyword values
 * that would make ajv refuse to compile a vendor's schema.
 *
 * @module
 */

/**
 * Annotation keywords (JSON Schema Validation §9, and OpenAPI's `deprecated`): they constrain no value,
 * so a schema holding only a `$ref` and these is that `$ref`.
 */
export const ANNOTATION_KEYWORDS: readonly string[] = [
  'description',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
  'examples',
  'default',
]

/** Keywords whose value is one subschema. */
export const SINGLE_SCHEMA_KEYWORDS: readonly string[] = [
  'additionalProperties',
  'additionalItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]

/** Keywords whose value is a non-empty array of subschemas. */
export const ARRAY_SCHEMA_KEYWORDS: readonly string[] = ['allOf', 'anyOf', 'oneOf', 'prefixItems']

/** Keywords whose value maps names to subschemas. */
export const MAP_SCHEMA_KEYWORDS: readonly string[] = [
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
]

/** Keywords that must hold a non-negative integer. */
export const COUNT_KEYWORDS: readonly string[] = [
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'minContains',
  'maxContains',
]

/** Keywords that must hold a number. */
export const NUMBER_KEYWORDS: readonly string[] = ['minimum', 'maximum']

/** Keywords that must hold a boolean. */
export const BOOLEAN_KEYWORDS: readonly string[] = ['uniqueItems']

/** Keywords dropped from every schema: identifiers that would clash in one ajv instance, and OpenAPI-only annotations. */
export const DROPPED_KEYWORDS: readonly string[] = ['$id', '$schema', 'id', 'xml', 'externalDocs']

/** The JSON Schema type names. */
export const TYPE_NAMES: ReadonlySet<string> = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
])

/** Whether a value is a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Sets `record[key] = value` as an own, enumerable data property. Property and schema names come from
 * the document (or a request): a plain assignment with `__proto__` would replace the record's prototype
 * instead, and the entry would be lost.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * Adds `value` under `key` as {@link setOwn} does, a repeated key (a query or form field sent more than
 * once) collecting its values into a list.
 */
export function appendOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  const previous = Object.hasOwn(record, key) ? record[key] : undefined
  setOwn(
    record,
    key,
    previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value],
  )
}

/** Calls `visit` on every direct subschema of a (normalised) schema. */
export function forEachSubschema(schema: Record<string, unknown>, visit: (sub: unknown) => void): void {
  for (const key of SINGLE_SCHEMA_KEYWORDS) if (key in schema) visit(schema[key])
  for (const key of ARRAY_SCHEMA_KEYWORDS) {
    const list = schema[key]
    if (Array.isArray(list)) for (const sub of list) visit(sub)
  }
  for (const key of MAP_SCHEMA_KEYWORDS) {
    const map = schema[key]
    if (isRecord(map)) for (const sub of Object.values(map)) visit(sub)
  }
  const items = schema.items
  if (Array.isArray(items)) for (const sub of items) visit(sub)
  else if (items !== undefined) visit(items)
  const deps = schema.dependencies
  if (isRecord(deps)) for (const sub of Object.values(deps)) if (!Array.isArray(sub)) visit(sub)
}
