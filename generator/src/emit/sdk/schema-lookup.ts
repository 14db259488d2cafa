/**
 * Reading a schema's shape where the SDK needs it directly (response header decoders, simple parameter
 * types), once the model's `resolveSchema` has followed its `$ref`s: the JSON Schema `type` keyword in
 * both its 3.0 (`type: 'string'`, `nullable`) and 3.1 (`type: ['string', 'null']`) forms.
 *
 * @module
 */
import type { SchemaObject } from '../../model/schema-refs.ts'

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
