/**
 * Following a schema's internal `$ref`s through the bundled document, and the references a discriminator
 * `mapping` stands for. The model keeps schemas as written (`refs.ts` follows only the other objects);
 * these are for the places that must look at what a schema finally is: which kind a wildcard media type
 * gets, which tag a discriminator member has, how the SDK decodes a header.
 *
 * @module
 */
import { pointerOf } from '../load/json-pointer.ts'
import { refPointer, valueAt } from './pointer.ts'
import type { JsonSchema } from './types.ts'

/** How many `$ref`s are followed before a chain is treated as a cycle. */
const MAX_REF_DEPTH = 32

/** A schema object (not a boolean schema), or undefined. */
export type SchemaObject = { readonly [key: string]: unknown }

/**
 * The object a schema resolves to after following internal `$ref`s; undefined when it cannot be found
 * (an external or broken reference, a cycle, a boolean schema).
 *
 * @example
 * resolveSchema(document, { $ref: '#/components/schemas/Alias' }) // the object Alias refers to
 */
export function resolveSchema(document: unknown, schema: JsonSchema | undefined): SchemaObject | undefined {
  let current: unknown = schema
  for (let depth = 0; depth < MAX_REF_DEPTH; depth++) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined
    const ref = (current as SchemaObject).$ref
    if (typeof ref !== 'string') return current as SchemaObject
    const target = refPointer(ref)
    if (target === undefined) return undefined
    current = valueAt(document, target.tokens)
  }
  return undefined
}

/**
 * The reference of the `components.schemas` entry `name`.
 *
 * @example
 * schemaRef('a/b') // '#/components/schemas/a~1b'
 */
export function schemaRef(name: string): string {
  return `#${pointerOf(['components', 'schemas', name])}`
}

/**
 * The reference a discriminator `mapping` value stands for: a reference as it is, a bare schema name
 * as its component (OpenAPI 3.1 §4.8.25.1).
 *
 * @example
 * mappingRef('Dog') // '#/components/schemas/Dog'
 */
export function mappingRef(value: string): string {
  return value.startsWith('#') ? value : schemaRef(value)
}
