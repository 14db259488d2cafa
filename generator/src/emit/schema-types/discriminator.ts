/**
 * The Discriminator Object (OpenAPI 3.1 §4.8.25) as literal types that let TypeScript narrow:
 * a union member that the `mapping` names is intersected with `{ <propertyName>: '<key>' }`, and so is
 * a schema whose `allOf` extends a parent whose `mapping` names it. Mapping values may be references
 * (`#/components/schemas/Dog`) or bare schema names (`Dog`); both are compared by the schema they
 * finally resolve to. Only the mapping is read: the model has already written every implicit value
 * (§4.8.25.2.1) into it (`model/explicit-mappings.ts`), as the mock data gets it too; a member the
 * mapping does not name is left untagged.
 *
 * @module
 */

import { mappingRef } from '../../model/schema-refs.ts'
import { propertyName } from '../code-text.ts'
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
    entries.push([key, mappingRef(value)])
  }
  return { property, mapping: entries }
}

/** `{ kind: 'a' | 'b' }` for the mapping keys that lead to `pointer`; undefined when none does. */
function taggedBy(targets: RefTargets, discriminator: Discriminator, pointer: string): TypeText | undefined {
  const keys: TypeText[] = []
  for (const [key, ref] of discriminator.mapping) {
    const literal = literalType(key)
    if (literal !== undefined && targets.resolve(ref)?.pointer === pointer) keys.push(literal)
  }
  return keys.length === 0
    ? undefined
    : atom(`{ ${propertyName(discriminator.property)}: ${unionOf(keys).text} }`)
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
    return target === undefined ? undefined : taggedBy(targets, discriminator, target.pointer)
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
    const tag = discriminator === undefined ? undefined : taggedBy(targets, discriminator, pointer)
    if (tag !== undefined) tags.push(tag)
  }
  return tags
}
