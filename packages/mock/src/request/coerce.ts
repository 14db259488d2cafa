/**
 * Type coercion of text from the URL, headers and forms: turns the strings a parameter (or a form field)
 * was sent as into the JSON types its schema expects — integers, numbers, booleans, `null`, lists and
 * records, JSON text for object- or array-typed values sent as one string — so that the validator can
 * check them as the API defines them. Text that does not read as the expected type is left as it is:
 * the validator then reports the type error.
 *
 * @module
 */
import type { JsonType, SchemaView } from '../schema-view/schema-view.ts'
import type { RawValue } from './deserialize.ts'
import { tooDeep } from './nesting.ts'

/** Keys never copied into parsed values (they would reach `Object.prototype` through careless code). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const INTEGER = /^-?(0|[1-9]\d*)$/
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Reads one string as a scalar of one of `types`, trying the narrowest type first. */
function coerceScalar(text: string, types: ReadonlySet<JsonType> | undefined): unknown {
  if (types === undefined || types.has('string')) return text
  if (types.has('integer') && INTEGER.test(text)) {
    const value = Number(text)
    if (Number.isSafeInteger(value)) return value
  }
  if (types.has('number') && NUMBER.test(text)) return Number(text)
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  if (types.has('null') && (text === 'null' || text === '')) return null
  if ((types.has('object') || types.has('array')) && /^\s*[[{]/.test(text)) {
    try {
      const parsed: unknown = JSON.parse(text)
      // Too deep to walk safely: left as text, which the validator refuses as not an object or array.
      return tooDeep(parsed) === undefined ? sanitize(parsed) : text
    } catch {
      return text
    }
  }
  return text
}

/** A deep copy of a JSON value into plain objects and arrays, without the keys of {@link FORBIDDEN_KEYS}. */
export function sanitize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitize)
  if (value === null || typeof value !== 'object') return value
  if (!isPlainRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue
    out[key] = sanitize((value as Record<string, unknown>)[key])
  }
  return out
}

/**
 * Whether `schema` accepts `text` as a string: some branch (or the schema itself) takes strings without
 * listing them, or lists this one in its `enum`/`const`.
 */
function acceptsText(text: string, schema: unknown, view: SchemaView): boolean {
  const branches = view.branches(schema)
  for (const branch of branches.length > 0 ? branches : [schema]) {
    const types = view.types(branch)
    if (types !== undefined && !types.has('string')) continue
    const listed = view.keyword(branch, 'enum')
    const constant = view.keyword(branch, 'const')
    if (Array.isArray(listed)) {
      if (listed.includes(text)) return true
    } else if (constant !== undefined) {
      if (constant === text) return true
    } else {
      return true
    }
  }
  return false
}

/** The `additionalProperties` schema of `schema`, else of its first `oneOf`/`anyOf` branch that has one. */
function additionalOf(schema: unknown, view: SchemaView): unknown {
  const own = view.keyword(schema, 'additionalProperties')
  if (own !== undefined) return own
  for (const branch of view.branches(schema)) {
    const additional = view.keyword(branch, 'additionalProperties')
    if (typeof additional === 'object' && additional !== null) return additional
  }
  return undefined
}

/** A canonical array index: `0`, `1`, `12` (not `01`). */
const INDEX = /^(0|[1-9]\d*)$/

/**
 * A record whose keys are all array indexes (`items[0][price]=…&items[1][price]=…`, as Stripe and Rails
 * encode lists of objects in forms) or all empty (`tags[]=a&tags[]=b`), as the list it encodes, in index
 * order; `undefined` for any other record.
 */
function indexedList(record: Record<string, unknown>): unknown[] | undefined {
  const keys = Object.keys(record)
  if (keys.length === 0) return undefined
  if (keys.length === 1 && keys[0] === '') {
    const only = record['']
    return Array.isArray(only) ? only : [only]
  }
  if (!keys.every((key) => INDEX.test(key))) return undefined
  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((index) => record[String(index)])
}

/** A record made of JSON data (a plain or prototype-less object), as opposed to a File, Date, Uint8Array… */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === null || proto === Object.prototype
}

/**
 * Coerces a deserialised value to the types `schema` expects; values that are not text (files, already
 * typed JSON) pass through, records lose the keys of {@link FORBIDDEN_KEYS}.
 *
 * @example
 * coerce(['1', '2'], { type: 'array', items: { type: 'integer' } }, view) // [1, 2]
 */
export function coerce(value: RawValue | unknown, schema: unknown, view: SchemaView, depth = 0): unknown {
  const types = view.types(schema)
  if (typeof value === 'string') {
    if (types?.has('array') === true && !types.has('string') && !/^\s*\[/.test(value)) {
      // `ids=` is an empty list (OpenAPI 3.1 §4.8.12.4: form, explode false; forms cannot send `[]`).
      return value === '' ? [] : [coerce(value, view.items(schema), view, depth + 1)]
    }
    // `filter=` is an empty object, for the same reason.
    if (value === '' && types?.has('object') === true && !types.has('string')) return {}
    if (types !== undefined && types.size > 1 && types.has('string') && !acceptsText(value, schema, view)) {
      // `anyOf: [{ type: integer }, { enum: ['now'] }]` and `1700000000`: the only strings allowed are
      // listed, and this is not one of them, so the text is read as one of the other types.
      return coerceScalar(value, new Set([...types].filter((type) => type !== 'string')))
    }
    return coerceScalar(value, types)
  }
  if (depth > 16) return value
  if (Array.isArray(value)) {
    if (types !== undefined && !types.has('array') && value.length > 0) {
      // A repeated scalar: keep the list so the validator reports "must be <type>".
      return value.map((item) => coerce(item, schema, view, depth + 1))
    }
    const items = view.items(schema)
    return value.map((item) => coerce(item, items, view, depth + 1))
  }
  if (!isPlainRecord(value)) return value
  const list = types?.has('array') === true && !types.has('object') ? indexedList(value) : undefined
  if (list !== undefined) return coerce(list, schema, view, depth)
  const properties = view.properties(schema)
  const additional = additionalOf(schema, view)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue
    const sub = properties.get(key) ?? (typeof additional === 'object' ? additional : undefined)
    out[key] = coerce(value[key], sub, view, depth + 1)
  }
  return out
}
