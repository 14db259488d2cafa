/**
 * The records the store keeps: a new resource (the request body merged over a sampled one, with the
 * server's id and timestamps), a replacement (PUT: the body, keeping the server-managed `readOnly`
 * members), a JSON Merge Patch (PATCH), each repaired member by member until it validates against the
 * resource's schema, so that every answer built from it is valid.
 *
 * @module
 */
import { describeError } from '../request/issues.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import type { SchemaValidator } from '../validate/types.ts'
import { cleanRecord, type JsonRecord, mergePatch, omitKeys } from './json-merge.ts'

/** Property names set to the creation time when the schema has them. */
export const CREATED_NAMES: readonly string[] = [
  'createdAt',
  'created_at',
  'creationDate',
  'creation_date',
  'dateCreated',
]
/** Property names set to the time of every change when the schema has them. */
export const UPDATED_NAMES: readonly string[] = [
  'updatedAt',
  'updated_at',
  'modifiedAt',
  'modified_at',
  'lastModified',
  'dateModified',
]

const MAX_REPAIRS = 6

/** What building records needs. */
export interface RecordContext {
  readonly view: SchemaView
  readonly validator: SchemaValidator
  readonly schema: unknown
  readonly now: () => Date
}

/** The names of the properties of `schema` flagged `flag` (`readOnly`, `writeOnly`). */
export function flaggedProperties(
  view: SchemaView,
  schema: unknown,
  flag: 'readOnly' | 'writeOnly',
): Set<string> {
  const out = new Set<string>()
  for (const [name, sub] of view.properties(schema)) if (view.keyword(sub, flag) === true) out.add(name)
  return out
}

function timestamp(view: SchemaView, schema: unknown, date: Date): unknown {
  const types = view.types(schema)
  if (types?.has('integer') === true && !types.has('string')) return Math.floor(date.getTime() / 1000)
  if (types?.has('number') === true && !types.has('string')) return date.getTime()
  return view.keyword(schema, 'format') === 'date' ? date.toISOString().slice(0, 10) : date.toISOString()
}

/** Sets the timestamps among `names` that the schema declares. */
export function stamp(record: JsonRecord, context: RecordContext, names: readonly string[]): void {
  const properties = context.view.properties(context.schema)
  const date = context.now()
  for (const name of names) {
    if (properties.has(name)) record[name] = timestamp(context.view, properties.get(name), date)
  }
}

/** The top-level member a validation error is about (`''` when it is about the record itself). */
function memberOf(pointer: string): string {
  const token = pointer.split('/')[1] ?? ''
  return token.replaceAll('~1', '/').replaceAll('~0', '~')
}

/**
 * Makes a record valid against the schema, member by member: each failing member takes the value of
 * the first fallback that has it, or is removed. Returns the record (valid unless no member could fix it).
 */
export function repair(
  record: JsonRecord,
  context: RecordContext,
  fallbacks: readonly JsonRecord[],
): JsonRecord {
  let value = record
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const result = context.validator.validate(context.schema, value, { direction: 'response' })
    if (result.valid) return value
    const members = new Set(
      result.errors.map((error) => memberOf(describeError(error).pointer)).filter((m) => m !== ''),
    )
    if (members.size === 0) break
    const next: JsonRecord = { ...value }
    for (const member of members) {
      const fallback = fallbacks.find(
        (candidate) => Object.hasOwn(candidate, member) && candidate[member] !== value[member],
      )
      if (fallback === undefined) delete next[member]
      else next[member] = structuredClone(fallback[member])
    }
    value = next
  }
  return value
}

/** The members a client sent that it may write: the body without the schema's `readOnly` properties. */
function writable(body: unknown, context: RecordContext): JsonRecord {
  return omitKeys(cleanRecord(body), flaggedProperties(context.view, context.schema, 'readOnly'))
}

/**
 * The id a client chose for a new resource: the body's id member when the schema lets clients write it
 * (not `readOnly`, a string or a number), else `undefined` (the server assigns one).
 */
export function chosenId(
  body: unknown,
  idProperty: string,
  context: RecordContext,
): string | number | undefined {
  const value = writable(body, context)[idProperty]
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/**
 * A new record: the body's writable members over a sampled resource, then the fixed members (the id,
 * parent references) and the timestamps.
 */
export function createRecord(
  body: unknown,
  sampled: JsonRecord,
  fixed: JsonRecord,
  context: RecordContext,
): JsonRecord {
  const record: JsonRecord = { ...cleanRecord(sampled), ...writable(body, context), ...fixed }
  stamp(record, context, [...CREATED_NAMES, ...UPDATED_NAMES])
  return repair(record, context, [fixed, cleanRecord(sampled)])
}

/** A replacement (PUT): the body's writable members, the old record's `readOnly` members, the fixed ones. */
export function replaceRecord(
  body: unknown,
  old: JsonRecord,
  fixed: JsonRecord,
  context: RecordContext,
): JsonRecord {
  const kept: JsonRecord = {}
  for (const name of flaggedProperties(context.view, context.schema, 'readOnly'))
    if (Object.hasOwn(old, name)) kept[name] = old[name]
  const record: JsonRecord = { ...writable(body, context), ...kept, ...fixed }
  stamp(record, context, UPDATED_NAMES)
  return repair(record, context, [fixed, old])
}

/** An update (PATCH): the body's writable members merged into the old record (RFC 7396). */
export function patchRecord(
  body: unknown,
  old: JsonRecord,
  fixed: JsonRecord,
  context: RecordContext,
): JsonRecord {
  const merged = cleanRecord(mergePatch(old, writable(body, context)))
  const record: JsonRecord = { ...merged, ...fixed }
  stamp(record, context, UPDATED_NAMES)
  return repair(record, context, [fixed, old])
}
