/**
 * The Discriminator Object's implicit mapping made explicit (OpenAPI 3.1 §4.8.25.2.1, 3.0.3 §4.7.25):
 * every discriminator of the document gets a `mapping` that names each of its members, so that the
 * emitters and the mock runtime read tag values instead of deriving them, and agree on every one.
 *
 * - The members of a discriminator are the `oneOf`/`anyOf` branches beside it that reference a
 *   `components.schemas` entry, and the `components.schemas` entries whose `allOf` references the schema
 *   holding it (its subtypes).
 * - A member the mapping already names, directly or through an alias (`$ref` to a `$ref`), keeps its
 *   keys; their values are rewritten to the reference the member is written as (a bare name too), so
 *   that a reader may compare references as written.
 * - A member that declares the tag property's values itself (`const`/`enum`, in its `properties` or an
 *   inline `allOf` part) is mapped by those values (strings only), which it narrows by anyway.
 * - Any other member is mapped by its `components.schemas` name, its implicit value, unless the mapping
 *   already uses that name as a key for another schema (then the member has no tag).
 *
 * The document is changed in place, once per discriminator object; doing it again changes nothing.
 *
 * @module
 */

import { refPointer, valueAt } from './pointer.ts'
import { isRecord, type JsonRecord, setOwn } from './record.ts'
import { mappingRef, resolveSchema, schemaRef } from './schema-refs.ts'

/** Keywords whose value is data, never a schema: nothing under them is walked. */
const DATA_KEYWORDS = new Set(['const', 'default', 'enum', 'example', 'examples'])

/** Keywords whose value maps names (not keywords) to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'])

/** At most this many `$ref` hops are followed through aliases. */
const MAX_HOPS = 32

/** A schema that may hold a discriminator, and the reference its subtypes use for it (if a component). */
interface Holder {
  readonly schema: Record<string, unknown>
  readonly ref?: string
}

/** The `components.schemas` name a reference points to, if it points to one. */
function schemaNameOf(ref: string): string | undefined {
  const tokens = refPointer(ref)?.tokens
  return tokens?.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens[2] : undefined
}

/** The pointer of the schema a reference finally leads to, through alias chains; undefined if broken. */
function finalPointer(document: JsonRecord, ref: string): string | undefined {
  let pointer = refPointer(ref)
  for (let hops = 0; pointer !== undefined && hops < MAX_HOPS; hops++) {
    const target = valueAt(document, pointer.tokens)
    if (!isRecord(target)) return undefined
    if (typeof target.$ref !== 'string') return pointer.pointer
    pointer = refPointer(target.$ref)
  }
  return undefined
}

/** The string values a schema declares for `property` itself (`const`/`enum`), or undefined if none. */
function ownValues(document: JsonRecord, schema: JsonRecord, property: string): string[] | undefined {
  const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])].filter(
    (part): part is JsonRecord => isRecord(part) && typeof part.$ref !== 'string',
  )
  for (const part of parts) {
    const properties = isRecord(part.properties) ? part.properties : undefined
    let own =
      properties !== undefined && Object.hasOwn(properties, property) ? properties[property] : undefined
    if (isRecord(own) && typeof own.$ref === 'string') own = resolveSchema(document, own)
    if (!isRecord(own)) continue
    if ('const' in own) return typeof own.const === 'string' ? [own.const] : []
    if (Array.isArray(own.enum)) return own.enum.filter((value): value is string => typeof value === 'string')
  }
  return undefined
}

/** Completes one discriminator's mapping for `members` (the references its members are written as). */
function completeMapping(
  document: JsonRecord,
  discriminator: Record<string, unknown>,
  members: readonly string[],
): void {
  const property = discriminator.propertyName as string
  const written = isRecord(discriminator.mapping) ? discriminator.mapping : {}
  const mapping: Record<string, string> = {}
  const targets = new Map<string, string | undefined>()
  for (const [key, value] of Object.entries(written)) {
    if (typeof value !== 'string') continue
    setOwn(mapping, key, value)
    targets.set(key, finalPointer(document, mappingRef(value)))
  }
  let changed = false
  for (const member of new Set(members)) {
    const pointer = finalPointer(document, member)
    const name = schemaNameOf(member)
    if (pointer === undefined || name === undefined) continue
    const keys = [...targets].filter(([, target]) => target === pointer).map(([key]) => key)
    if (keys.length > 0) {
      for (const key of keys) {
        const value = mapping[key] as string
        const named = mappingRef(value)
        if (value === member || (named !== member && members.includes(named))) continue
        setOwn(mapping, key, member)
        changed = true
      }
      continue
    }
    const own = ownValues(document, (resolveSchema(document, { $ref: member }) ?? {}) as JsonRecord, property)
    for (const key of own ?? [name]) {
      if (Object.hasOwn(mapping, key)) continue
      setOwn(mapping, key, member)
      targets.set(key, pointer)
      changed = true
    }
  }
  if (changed) discriminator.mapping = mapping
}

/** The discriminator object of a schema, when it has a string `propertyName`. */
function discriminatorOf(schema: JsonRecord): Record<string, unknown> | undefined {
  const d = schema.discriminator
  return isRecord(d) && typeof d.propertyName === 'string' ? (d as Record<string, unknown>) : undefined
}

/** Every schema of the document that holds a discriminator (values that are data are skipped). */
function findHolders(document: JsonRecord): Holder[] {
  const holders: Holder[] = []
  const components = isRecord(document.components) ? document.components : {}
  const named = isRecord(components.schemas) ? components.schemas : {}
  const byObject = new Map<unknown, string>()
  for (const name of Object.keys(named)) byObject.set(named[name], schemaRef(name))
  // A YAML alias may place one object at several places (or inside itself): each is visited once.
  const seen = new Set<object>()
  // Objects to visit, each followed by whether its keys are names (of `properties` …) rather than keywords.
  const stack: unknown[] = [document, false]
  while (stack.length > 0) {
    const names = stack.pop() as boolean
    const value = stack.pop()
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    // Only objects go on the stack: most values of a large document are strings.
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item, false)
      continue
    }
    const record = value as JsonRecord
    if (!names && discriminatorOf(record) !== undefined) {
      const ref = byObject.get(record)
      holders.push(ref === undefined ? { schema: record } : { schema: record, ref })
    }
    for (const key in record) {
      const child = record[key]
      if (typeof child !== 'object' || child === null || !Object.hasOwn(record, key)) continue
      if (names) stack.push(child, false)
      else if (!DATA_KEYWORDS.has(key) && key !== 'discriminator') stack.push(child, SCHEMA_MAPS.has(key))
    }
  }
  return holders
}

/** For each component schema referenced from some `allOf`, the references of the schemas that do so. */
function subtypesByParent(document: JsonRecord): Map<string, string[]> {
  const components = isRecord(document.components) ? document.components : {}
  const named = isRecord(components.schemas) ? components.schemas : {}
  const subtypes = new Map<string, string[]>()
  for (const [name, schema] of Object.entries(named)) {
    if (!isRecord(schema) || !Array.isArray(schema.allOf)) continue
    for (const part of schema.allOf) {
      if (!isRecord(part) || typeof part.$ref !== 'string') continue
      const parent = finalPointer(document, part.$ref)
      if (parent === undefined) continue
      const list = subtypes.get(parent) ?? []
      list.push(schemaRef(name))
      subtypes.set(parent, list)
    }
  }
  return subtypes
}

/**
 * Writes every discriminator of `document` with an explicit, complete `mapping` (see the module).
 *
 * @example
 * ```ts
 * // Pet: { oneOf: [{ $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'petType' } }
 * makeMappingsExplicit(document)
 * // Pet.discriminator.mapping → { Dog: '#/components/schemas/Dog' }
 * ```
 */
export function makeMappingsExplicit(document: Record<string, unknown>): void {
  const holders = findHolders(document)
  if (holders.length === 0) return
  const subtypes = subtypesByParent(document)
  for (const { schema, ref } of holders) {
    const members: string[] = []
    for (const key of ['oneOf', 'anyOf'] as const) {
      const branches = schema[key]
      if (!Array.isArray(branches)) continue
      for (const branch of branches)
        if (isRecord(branch) && typeof branch.$ref === 'string') members.push(branch.$ref)
    }
    const pointer = ref === undefined ? undefined : finalPointer(document, ref)
    if (pointer !== undefined) members.push(...(subtypes.get(pointer) ?? []).filter((sub) => sub !== ref))
    completeMapping(document, discriminatorOf(schema) as Record<string, unknown>, members)
  }
}
