/**
 * Array schemas (JSON Schema 2020-12 Core §10.3.1: `items`, `prefixItems`; draft 4–7 and OpenAPI 3.0
 * tuple-style `items: [..]` with `additionalItems`) as array and tuple types: `T[]`,
 * `[A, B, ...C[]]`, `[A, B]` when no further items are allowed. A prefix item constrains an element only
 * when there is one (`[]` is valid against any `prefixItems`), so the elements past `minItems` are
 * optional: `[A, B?]` for `minItems: 1`.
 *
 * @module
 */
import { elementPosition, type Position, type TypeWriter } from './position.ts'
import type { SchemaObject } from './ref-targets.ts'
import { arrayOf, atom, Precedence, type TypeText, UNKNOWN, wrap } from './type-text.ts'

/** The `minItems` of a schema, 0 when absent or not a count. */
function minItemsOf(schema: SchemaObject): number {
  const { minItems } = schema
  return typeof minItems === 'number' && Number.isInteger(minItems) && minItems > 0 ? minItems : 0
}

/**
 * A tuple of `members`, each from index `required` on optional, then `...R[]` for the `rest` schema
 * (none when it is `false`).
 */
function tupleType(
  writer: TypeWriter,
  members: readonly unknown[],
  rest: unknown,
  required: number,
  at: Position,
): TypeText {
  const types = members.map((member, index) => {
    const type = writer.typeOf(member, at)
    return index < required ? type.text : `${wrap(type, Precedence.Atom)}?`
  })
  if (rest !== false) {
    const restType = rest === undefined || rest === true ? UNKNOWN : writer.typeOf(rest, at)
    types.push(`...${arrayOf(restType).text}`)
  }
  return atom(`[${types.join(', ')}]`)
}

/**
 * The array type of a schema: a tuple for `prefixItems` (3.1) or an `items` array (3.0), else `T[]`
 * for `items` (`unknown[]` when absent).
 */
export function arrayType(writer: TypeWriter, schema: SchemaObject, at: Position): TypeText {
  const element = elementPosition(at)
  const { items, prefixItems } = schema
  const required = minItemsOf(schema)
  if (Array.isArray(prefixItems)) return tupleType(writer, prefixItems, items, required, element)
  if (Array.isArray(items)) return tupleType(writer, items, schema.additionalItems, required, element)
  if (items === undefined) return atom('unknown[]')
  return arrayOf(writer.typeOf(items, element))
}
