/**
 * Where a resource sits in a response body: the body itself (`{ id, name }`), or one property of an
 * envelope (`{ result: { id, … }, requestId }`, `{ data: … }`); where a list sits: a root array, or an
 * array property (`{ items: […], total }`, `{ result: […] }`). Also which property is a resource's id.
 *
 * @module
 */
import type { SchemaView } from '../schema-view/schema-view.ts'

/** A path of property names from the body to the resource or list (`[]`: the body itself). */
export type Slot = readonly string[]

/** Envelope properties that hold one resource, most likely first. */
const ITEM_KEYS = ['result', 'data', 'item', 'resource', 'payload', 'entity', 'record', 'object', 'value']
/** Envelope properties that hold a list, most likely first. */
const LIST_KEYS = [
  'items',
  'data',
  'results',
  'result',
  'records',
  'entries',
  'content',
  'elements',
  'list',
  'values',
  'rows',
]

/** Lower case without `_` and `-`: `zoo_id`, `zooId` and `ZOO-ID` compare equal. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '')
}

/**
 * The id property of an item schema: the property named like the item path parameter (`animalId`),
 * else `id`, else `uuid`; with `weak`, else the first property ending in `Id`/`_id` that is not a parent
 * parameter (a foreign key such as `zooId` of an animal is never its id).
 */
export function pickIdProperty(
  view: SchemaView,
  schema: unknown,
  itemParam: string | undefined,
  parentParams: readonly string[],
  weak: boolean,
): string | undefined {
  const names = [...view.properties(schema).keys()]
  if (itemParam !== undefined) {
    const exact =
      names.find((name) => name === itemParam) ??
      names.find((name) => normalizeName(name) === normalizeName(itemParam))
    if (exact !== undefined) return exact
  }
  for (const candidate of ['id', 'uuid']) if (names.includes(candidate)) return candidate
  if (!weak) return undefined
  const parents = new Set(parentParams.map(normalizeName))
  return names.find((name) => /(Id|_id|ID)$/.test(name) && !parents.has(normalizeName(name)))
}

function isObjectSchema(view: SchemaView, schema: unknown): boolean {
  const types = view.types(schema)
  return types === undefined ? view.properties(schema).size > 0 : types.has('object')
}

function isArraySchema(view: SchemaView, schema: unknown): boolean {
  return view.types(schema)?.has('array') === true
}

/** The envelope keys to try, in order: the preferred names, then the resource's own name (`zoo`, `zoos`). */
function orderedKeys(
  properties: ReadonlyMap<string, unknown>,
  preferred: readonly string[],
  extra: readonly string[],
): string[] {
  const names = [...properties.keys()]
  const out: string[] = []
  for (const key of [...preferred, ...extra]) {
    const found =
      names.find((name) => name === key) ?? names.find((name) => normalizeName(name) === normalizeName(key))
    if (found !== undefined && !out.includes(found)) out.push(found)
  }
  return out
}

/** A located item: its slot in the body and its schema. */
export interface LocatedItem {
  readonly slot: Slot
  readonly schema: unknown
  readonly idProperty: string
}

/**
 * Finds the resource in a response schema: the root object when it has an id property, else an
 * envelope property whose object schema has one (strong id rules first, then the weak `…Id` rule).
 * With a known `idProperty`, only schemas that have that property count.
 */
export function locateItem(
  view: SchemaView,
  schema: unknown,
  hints: {
    readonly itemParam?: string
    readonly parentParams: readonly string[]
    readonly names: readonly string[]
    readonly idProperty?: string
  },
): LocatedItem | undefined {
  const rootProps = view.properties(schema)
  const candidates: { slot: Slot; schema: unknown }[] = []
  if (isObjectSchema(view, schema)) candidates.push({ slot: [], schema })
  for (const key of orderedKeys(rootProps, ITEM_KEYS, hints.names)) {
    const sub = rootProps.get(key)
    if (isObjectSchema(view, sub) && !isArraySchema(view, sub)) candidates.push({ slot: [key], schema: sub })
  }
  if (hints.idProperty !== undefined) {
    const idProperty = hints.idProperty
    const found = candidates.find((candidate) => view.properties(candidate.schema).has(idProperty))
    return found === undefined
      ? undefined
      : { ...found, schema: preferRef(view, found.schema, idProperty), idProperty }
  }
  for (const weak of [false, true]) {
    for (const candidate of candidates) {
      const idProperty = pickIdProperty(view, candidate.schema, hints.itemParam, hints.parentParams, weak)
      if (idProperty !== undefined)
        return { ...candidate, schema: preferRef(view, candidate.schema, idProperty), idProperty }
    }
  }
  return undefined
}

/**
 * The named schema behind an envelope property that only narrows a base envelope's placeholder
 * (`{ allOf: [{ nullable: true }, { $ref: Cluster }] }` → `{ $ref: Cluster }`), so that the resource is
 * stored and sampled by its own schema.
 */
function preferRef(view: SchemaView, schema: unknown, idProperty: string): unknown {
  if (schema === null || typeof schema !== 'object') return schema
  const record = schema as Record<string, unknown>
  if (Object.keys(record).length !== 1 || !Array.isArray(record.allOf)) return schema
  const named = record.allOf.filter((part) => {
    const ref = part !== null && typeof part === 'object' ? (part as Record<string, unknown>).$ref : undefined
    return typeof ref === 'string' && view.properties(part).has(idProperty)
  })
  const others = record.allOf.filter((part) => !named.includes(part))
  const loose = others.every(
    (part) => view.properties(part).size === 0 && view.types(part)?.has('object') !== false,
  )
  return named.length === 1 && loose ? named[0] : schema
}

/** A located list: its slot in the body and the schema of its items. */
export interface LocatedList {
  readonly slot: Slot
  readonly itemSchema: unknown
}

/** Finds the list in a response schema: a root array, or an array property of an envelope. */
export function locateList(
  view: SchemaView,
  schema: unknown,
  names: readonly string[],
): LocatedList | undefined {
  if (isArraySchema(view, schema)) return { slot: [], itemSchema: view.items(schema) }
  const props = view.properties(schema)
  for (const key of orderedKeys(props, LIST_KEYS, names)) {
    const sub = props.get(key)
    if (isArraySchema(view, sub)) return { slot: [key], itemSchema: view.items(sub) }
  }
  return undefined
}

/** Reads a slot override written as a dotted path (`'data.items'`; `''` is the body itself). */
export function parseSlot(text: string): Slot {
  return text === '' ? [] : text.split('.')
}
