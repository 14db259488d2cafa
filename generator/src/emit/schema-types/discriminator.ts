/**
 * The Discriminator Object (OpenAPI 3.1 §4.8.25) as literal types that let TypeScript narrow:
 * a union member that the `mapping` names is intersected with `{ <propertyName>: '<key>' }`, and so is
 * a schema whose `allOf` extends a parent whose `mapping` names it. Mapping values may be references
 * (`#/components/schemas/Dog`) or bare schema names (`Dog`); both are compared by the schema they
 * finally resolve to. A member the mapping does not name (or every member, without a mapping) is
 * tagged by its implicit value, its `components.schemas` name (§4.8.25.2.1), as the mock tags it — unless
 * the member declares the property's values itself (`const`/`enum`), which then narrow on their own.
 *
 * @module
 */

import { pointerOf } from '../../load/json-pointer.ts'
import { refPointer } from '../../model/pointer.ts'
import { propertyName, stringLiteral } from '../code-text.ts'
import { literalType } from './literal-type.ts'
import { isSchemaObject, type RefTargets, type SchemaObject } from './ref-targets.ts'
import { atom, type TypeText, unionOf } from './type-text.ts'

/** A discriminator's property name and its mapping as `key → reference` (empty without a mapping). */
interface Discriminator {
  readonly property: string
  readonly mapping: readonly (readonly [string, string])[]
}

/** The discriminator of a schema, when it has a property name. */
function discriminatorOf(schema: SchemaObject): Discriminator | undefined {
  const discriminator = schema.discriminator
  if (!isSchemaObject(discriminator)) return undefined
  const { propertyName: property, mapping } = discriminator
  if (typeof property !== 'string') return undefined
  const entries: [string, string][] = []
  for (const [key, value] of Object.entries(isSchemaObject(mapping) ? mapping : {})) {
    if (typeof value !== 'string') continue
    entries.push([key, value.startsWith('#') ? value : `#${pointerOf(['components', 'schemas', value])}`])
  }
  return { property, mapping: entries }
}

/**
 * `{ kind: 'a' | 'b' }` for the mapping keys that lead to `pointer`; when none does, `{ kind: 'Dog' }`
 * for the implicit value of `named` (the reference the member is written as, `#/components/schemas/Dog`);
 * undefined when neither applies.
 */
function taggedBy(
  targets: RefTargets,
  discriminator: Discriminator,
  pointer: string,
  named: string,
): TypeText | undefined {
  const keys: TypeText[] = []
  for (const [key, ref] of discriminator.mapping) {
    const literal = literalType(key)
    if (literal !== undefined && targets.resolve(ref)?.pointer === pointer) keys.push(literal)
  }
  if (keys.length === 0) {
    const implicit = implicitValue(targets, discriminator, pointer, named)
    if (implicit === undefined) return undefined
    keys.push(atom(stringLiteral(implicit)))
  }
  return atom(`{ ${propertyName(discriminator.property)}: ${unionOf(keys).text} }`)
}

/**
 * The implicit discriminator value of a member written as `named` and resolving to `pointer`: its
 * `components.schemas` name, unless the mapping uses that name for another schema or the member's own
 * property declares its values (`const`/`enum`).
 */
function implicitValue(
  targets: RefTargets,
  discriminator: Discriminator,
  pointer: string,
  named: string,
): string | undefined {
  const tokens = refPointer(named)?.tokens
  if (tokens?.length !== 3 || tokens[0] !== 'components' || tokens[1] !== 'schemas') return undefined
  const name = tokens[2] as string
  if (discriminator.mapping.some(([key]) => key === name)) return undefined
  const schema = targets.resolve(pointer)?.schema
  const properties = isSchemaObject(schema) ? schema.properties : undefined
  let own = isSchemaObject(properties) ? properties[discriminator.property] : undefined
  if (isSchemaObject(own) && typeof own.$ref === 'string') own = targets.resolve(own.$ref)?.schema
  if (isSchemaObject(own) && ('const' in own || 'enum' in own)) return undefined
  return name
}

/**
 * For each member of a `oneOf`/`anyOf` of `schema`, the tag it gets, or undefined (an empty array when
 * the schema has no discriminator). `members` are the raw member schemas, in order.
 */
export function memberTags(
  targets: RefTargets,
  schema: SchemaObject,
  members: readonly unknown[],
): (TypeText | undefined)[] {
  const discriminator = discriminatorOf(schema)
  if (discriminator === undefined) return []
  return members.map((member) => {
    if (!isSchemaObject(member) || typeof member.$ref !== 'string') {
      return undefined
    }
    const target = targets.resolve(member.$ref)
    return target === undefined ? undefined : taggedBy(targets, discriminator, target.pointer, member.$ref)
  })
}

/**
 * The tags a schema at `pointer` gets from the parents its `allOf` references: for `Dog: { allOf:
 * [{ $ref: Pet }, …] }` where Pet's mapping has `dog: Dog`, `{ petType: 'dog' }`.
 */
export function parentTags(targets: RefTargets, schema: SchemaObject, pointer: string): TypeText[] {
  const { allOf } = schema
  if (!Array.isArray(allOf)) return []
  const tags: TypeText[] = []
  for (const member of allOf) {
    if (!isSchemaObject(member) || typeof member.$ref !== 'string') continue
    const parent = targets.resolve(member.$ref)
    const discriminator = isSchemaObject(parent?.schema) ? discriminatorOf(parent.schema) : undefined
    const tag = discriminator === undefined ? undefined : taggedBy(targets, discriminator, pointer, pointer)
    if (tag !== undefined) tags.push(tag)
  }
  return tags
}
