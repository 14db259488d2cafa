/**
 * The storage of the store: one table per resource schema (routes of the same schema share it), entries
 * keyed by the id's text, and the scoping of nested collections — by the item member that records the
 * parent's id (`animal.zooId`), or by the parent parameters recorded with the entry.
 *
 * @module
 */
import { coerce } from '../request/coerce.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { seededShortId, seededUuid } from './ids.ts'
import type { JsonRecord } from './json-merge.ts'
import type { Resource } from './resources.ts'

/** One stored resource. */
export interface Entry {
  value: JsonRecord
  /** Parent parameter values, for nested collections whose items do not record them. */
  readonly scope: Readonly<Record<string, string>>
}

/** The entries of one resource schema. */
export interface Table {
  readonly entries: Map<string, Entry>
  /** The next integer id. */
  nextId: number
  /** The collections (and parent scopes) already filled with generated items. */
  readonly seeded: Set<string>
}

/** The parent parameter values of a request, as text. */
export function scopeOf(resource: Resource, path: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    resource.parents.map((parent) => [parent.param, String(path[parent.param] ?? '')]),
  )
}

/** True when an entry belongs to the nested collection of `scope`. */
export function inScope(resource: Resource, entry: Entry, scope: Readonly<Record<string, string>>): boolean {
  return resource.parents.every((parent) =>
    parent.property === undefined
      ? entry.scope[parent.param] === scope[parent.param]
      : String(entry.value[parent.property]) === scope[parent.param],
  )
}

/** The members that tie an item to its parents (`{ zooId: 4 }`), typed as the item schema says. */
export function parentMembers(
  resource: Resource,
  scope: Readonly<Record<string, string>>,
  view: SchemaView,
): JsonRecord {
  const out: JsonRecord = {}
  const properties = view.properties(resource.itemSchema)
  for (const parent of resource.parents) {
    if (parent.property !== undefined) {
      out[parent.property] = coerce(scope[parent.param] ?? '', properties.get(parent.property), view)
    }
  }
  return out
}

/** Stores an entry under its id, keeping the next integer id above every stored one. */
export function insert(table: Table, id: unknown, entry: Entry): void {
  if (typeof id === 'number' && Number.isInteger(id)) table.nextId = Math.max(table.nextId, id + 1)
  table.entries.set(String(id), entry)
}

/**
 * The id of a generated item: the next integer, a UUID drawn from the item's seed, or for string ids the
 * sampled one when it is free (else a short id drawn from the seed).
 */
export function seededId(resource: Resource, table: Table, itemSeed: number, sampled: unknown): unknown {
  if (resource.idKind === 'integer') return table.nextId
  if (resource.idKind === 'uuid') return seededUuid(itemSeed)
  const free =
    (typeof sampled === 'string' || typeof sampled === 'number') && !table.entries.has(String(sampled))
  return free ? sampled : seededShortId(itemSeed)
}
