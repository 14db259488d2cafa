/**
 * Reading a schema's shape where the SDK needs it directly (response header decoders, simple parameter
 * types): internal `$ref`s are followed through the bundled document, and the JSON Schema `type`
 * keyword is read in both its 3.0 (`type: 'string'`, `nullable`) and 3.1 (`type: ['string', 'null']`) forms.
 *
 * @module
 */
import type { JsonSchema } from '../../model/types.ts'
import { pointerTokens } from './openapi-types.ts'

/** How many `$ref`s are followed before a chain is treated as a cycle. */
const MAX_REF_DEPTH = 32

/** A schema object (not a boolean schema), or undefined. */
export type SchemaObject = { readonly [key: string]: unknown }

/** The object a schema resolves to after following internal `$ref`s; undefined when it cannot be found. */
export function resolveSchema(document: unknown, schema: JsonSchema | undefined): SchemaObject | undefined {
  let current: unknown = schema
  for (let depth = 0; depth < MAX_REF_DEPTH; depth++) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined
    const ref = (current as SchemaObject).$ref
    if (typeof ref !== 'string') return current as SchemaObject
    if (!ref.startsWith('#')) return undefined
    current = pointerTokens(ref).reduce<unknown>(
      (value, token) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[token] : undefined,
      document,
    )
  }
  return undefined
}

/** The JSON types a schema allows, without `null`; empty when it does not say. */
export function schemaTypes(schema: SchemaObject): string[] {
  const { type } = schema
  const types =
    typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t) => typeof t === 'string') : []
  return types.filter((t) => t !== 'null')
}

/** Whether a schema admits `null` (3.0 `nullable: true`, or `null` in a 3.1 type array). */
export function isNullable(schema: SchemaObject): boolean {
  const { type } = schema
  return schema.nullable === true || type === 'null' || (Array.isArray(type) && type.includes('null'))
}
