/**
 * Schema-aware stripping for the mock data: drops the annotation keywords the mock runtime never reads
 * (`description`, `$comment`, `externalDocs`) from every schema object, and only from schema objects.
 * `xml` (the XML Object) is kept: the mock writes XML responses as it says. The walk follows the JSON
 * Schema applicators (JSON Schema 2020-12 Core §10, and the draft-04 forms OpenAPI 3.0 uses), so a
 * property *named* `description` in `properties`, a `required` entry or an `example` value is never
 * touched. Every `$ref` met on the way is reported, so the caller can copy exactly the components the
 * operations reach.
 *
 * @module
 */

import { setOwn } from '../../model/record.ts'
import { mappingRef } from '../../model/schema-refs.ts'

/** Annotations the sampler and the validator do not read. */
const DROPPED = new Set(['description', '$comment', 'externalDocs'])

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = new Set([
  'additionalProperties',
  'additionalItems',
  'contains',
  'contentSchema',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
])

/** Keywords whose value is an array of schemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems'])

/** Keywords whose value maps names (never stripped) to schemas. */
const SCHEMA_MAP_KEYWORDS = new Set([
  '$defs',
  'definitions',
  'dependentSchemas',
  'patternProperties',
  'properties',
])

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A copy of `schema` without annotations, at any depth of subschemas; `onRef` is called with every
 * `$ref` string found at a schema position. Values that are not schemas are shared, not copied.
 */
export function stripSchema(schema: unknown, onRef: (ref: string) => void): unknown {
  if (!isObject(schema)) return schema
  const out: Json = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue
    if (key === '$ref' && typeof value === 'string') {
      onRef(value)
      out[key] = value
    } else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = Array.isArray(value)
        ? value.map((item) => stripSchema(item, onRef))
        : stripSchema(value, onRef)
    } else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map((item) => stripSchema(item, onRef))
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, stripSchema(item, onRef)]),
      )
    } else if (key === 'discriminator' && isObject(value) && isObject(value.mapping)) {
      for (const target of Object.values(value.mapping))
        if (typeof target === 'string') onRef(mappingRef(target))
      out[key] = value
    } else if (key === 'dependencies' && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          Array.isArray(item) ? item : stripSchema(item, onRef),
        ]),
      )
    } else {
      // Any other key is copied as it is, `__proto__` included, as an own property.
      setOwn(out, key, value)
    }
  }
  return out
}

/**
 * Reports every `$ref` string anywhere in a value that is not a schema (a response or parameter object
 * reached through a `$ref`), without changing it.
 */
export function collectRefs(value: unknown, onRef: (ref: string) => void): void {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (Array.isArray(item)) stack.push(...item)
    else if (isObject(item)) {
      for (const [key, child] of Object.entries(item)) {
        if (key === '$ref' && typeof child === 'string') onRef(child)
        else stack.push(child)
      }
    }
  }
}
