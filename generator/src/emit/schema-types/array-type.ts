/**
 * Array schemas (JSON Schema 2020-12 Core §10.3.1: `items`, `prefixItems`; draft 4–7 and OpenAPI 3.0
 * tuple-style `items: [..]` with `additionalItems`) as array and tuple types: `T[]`,
 * `[A, B, ...C[]]`, `[A, B]` when no further items are allowed.
 *
 * @module
 */
import { elementPosition, type Position, type TypeWriter } from './position.ts'
import type { SchemaObject } from './ref-targets.ts'
import { arrayOf, atom, type TypeText, UNKNOWN } from './type-text.ts'

/** A tuple of `members`, then `...R[]` for the `rest` schema (none when it is `false`). */
function tupleType(writer: TypeWriter, members: readonly unknown[], rest: unknown, at: Position): TypeText {
  const types = members.map((member) => writer.typeOf(member, at).text)
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
  if (Array.isArray(prefixItems)) return tupleType(writer, prefixItems, items, element)
  if (Array.isArray(items)) return tupleType(writer, items, schema.additionalItems, element)
  if (items === undefined) return atom('unknown[]')
  return arrayOf(writer.typeOf(items, element))
}
