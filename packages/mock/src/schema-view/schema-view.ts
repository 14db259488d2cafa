/**
 * A read-only view of the schemas of the mock data, as written (before normalisation): what request
 * parsing, error bodies and the stateful store need to know about a schema — the JSON types it accepts,
 * its properties and required names with `allOf` merged, its items, its annotations — with `$ref`s into
 * `components` followed. It reads OpenAPI 3.0 (`nullable`) and 3.1 (type arrays) alike. Validation is
 * the validator's job; this view only answers "what shape is expected here".
 *
 * @module
 */
import { TYPE_NAMES } from '../validate/keywords.ts'
import { getAt, parseFragment } from '../validate/pointer.ts'

/** A JSON Schema type name. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'

/** A schema object (after `$ref`s are followed). */
export type SchemaRecord = Readonly<Record<string, unknown>>

/** Questions about the schemas of one document. */
export interface SchemaView {
  /** Follows `$ref`s to a schema object; `undefined` for `true`, a broken ref or a non-schema. */
  deref(schema: unknown): SchemaRecord | undefined
  /** The schema and its `allOf` parts (recursively), each with `$ref`s followed: keywords that apply together. */
  parts(schema: unknown): readonly SchemaRecord[]
  /** The `oneOf`/`anyOf` branches of the schema's parts. */
  branches(schema: unknown): readonly unknown[]
  /**
   * The JSON types the schema accepts (from `type`, `nullable`, `const`, `enum`, `allOf` intersected,
   * `oneOf`/`anyOf` united); `undefined` when it does not constrain the type.
   */
  types(schema: unknown): ReadonlySet<JsonType> | undefined
  /** Property schemas by name, `allOf` parts merged (a name declared twice gets an `allOf` of both), then branches'. */
  properties(schema: unknown): ReadonlyMap<string, unknown>
  /** Names required by the schema or any of its `allOf` parts. */
  required(schema: unknown): ReadonlySet<string>
  /** The `items` schema of an array schema. */
  items(schema: unknown): unknown
  /** The first value of a keyword among the schema's parts (`format`, `default`, `maxLength`…). */
  keyword(schema: unknown, name: string): unknown
}

const MAX_REF_HOPS = 32

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function typeOfValue(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number'
    case 'boolean':
      return 'boolean'
    case 'object':
      return 'object'
    default:
      return 'string'
  }
}

/** The types one schema object states itself (not its subschemas); `undefined` when unconstrained. */
function ownTypes(schema: SchemaRecord): Set<JsonType> | undefined {
  let out: Set<JsonType> | undefined
  const type = schema.type
  if (typeof type === 'string' && TYPE_NAMES.has(type)) out = new Set([type as JsonType])
  else if (Array.isArray(type))
    out = new Set(type.filter((t): t is JsonType => typeof t === 'string' && TYPE_NAMES.has(t)))
  if (out !== undefined && schema.nullable === true) out.add('null')
  if ('const' in schema) return intersect(out, new Set([typeOfValue(schema.const)]))
  if (Array.isArray(schema.enum)) {
    const fromEnum = new Set(schema.enum.map(typeOfValue))
    return intersect(out, schema.nullable === true ? new Set([...fromEnum, 'null' as const]) : fromEnum)
  }
  return out
}

/** Intersects two type sets; `integer` is a subset of `number`. */
function intersect(a: Set<JsonType> | undefined, b: Set<JsonType> | undefined): Set<JsonType> | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  const out = new Set<JsonType>()
  for (const type of a) {
    if (b.has(type)) out.add(type)
    else if (type === 'integer' && b.has('number')) out.add('integer')
    else if (type === 'number' && b.has('integer')) out.add('integer')
  }
  return out
}

/**
 * Creates a view over the schemas of one document, whose `$ref`s point into `components`.
 *
 * @example
 * const view = createSchemaView({ schemas: { Zoo: { type: 'object', properties: { id: { type: 'integer' } } } } })
 * view.properties({ $ref: '#/components/schemas/Zoo' }).get('id') // { type: 'integer' }
 */
export function createSchemaView(components: Readonly<Record<string, unknown>>): SchemaView {
  const root = { components }
  const partsCache = new WeakMap<object, readonly SchemaRecord[]>()
  const propsCache = new WeakMap<object, ReadonlyMap<string, unknown>>()
  const typesCache = new WeakMap<object, ReadonlySet<JsonType> | undefined>()

  const deref = (schema: unknown): SchemaRecord | undefined => {
    let node = schema
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      if (!isRecord(node)) return undefined
      if (typeof node.$ref !== 'string') return node
      const tokens = parseFragment(node.$ref)
      if (tokens === undefined || !node.$ref.startsWith('#')) return undefined
      node = getAt(root, tokens)
    }
    return undefined
  }

  const parts = (schema: unknown): readonly SchemaRecord[] => {
    const start = deref(schema)
    if (start === undefined || !isRecord(schema)) return []
    const hit = partsCache.get(schema)
    if (hit !== undefined) return hit
    const out: SchemaRecord[] = []
    const seen = new Set<object>()
    const visit = (node: unknown): void => {
      const record = deref(node)
      if (record === undefined || seen.has(record)) return
      seen.add(record)
      out.push(record)
      // 3.1 applies the siblings of a `$ref`; follow it as an extra part.
      if (isRecord(node) && node !== record && Object.keys(node).length > 1) out.push(node)
      if (Array.isArray(record.allOf)) for (const sub of record.allOf) visit(sub)
    }
    visit(schema)
    partsCache.set(schema, out)
    return out
  }

  const branches = (schema: unknown): readonly unknown[] => {
    const out: unknown[] = []
    for (const part of parts(schema)) {
      for (const key of ['oneOf', 'anyOf']) {
        const list = part[key]
        if (Array.isArray(list)) out.push(...list)
      }
    }
    return out
  }

  const types = (schema: unknown, depth = 0): ReadonlySet<JsonType> | undefined => {
    if (!isRecord(schema) || deref(schema) === undefined) return undefined
    if (typesCache.has(schema)) return typesCache.get(schema)
    let out: Set<JsonType> | undefined
    for (const part of parts(schema)) out = intersect(out, ownTypes(part))
    const alternatives = branches(schema)
    if (alternatives.length > 0 && depth < MAX_REF_HOPS) {
      let united: Set<JsonType> | undefined = new Set()
      for (const branch of alternatives) {
        const branchTypes = types(branch, depth + 1)
        if (branchTypes === undefined) {
          united = undefined
          break
        }
        for (const type of branchTypes) united.add(type)
      }
      out = intersect(out, united)
    }
    typesCache.set(schema, out)
    return out
  }

  const properties = (schema: unknown, depth = 0): ReadonlyMap<string, unknown> => {
    if (!isRecord(schema) || deref(schema) === undefined) return new Map()
    const hit = propsCache.get(schema)
    if (hit !== undefined) return hit
    const out = new Map<string, unknown>()
    const add = (name: string, sub: unknown) => {
      const previous = out.get(name)
      out.set(name, previous === undefined ? sub : { allOf: [previous, sub] })
    }
    for (const part of parts(schema)) {
      if (!isRecord(part.properties)) continue
      for (const [name, sub] of Object.entries(part.properties)) add(name, sub)
    }
    if (depth < MAX_REF_HOPS) {
      for (const branch of branches(schema)) {
        for (const [name, sub] of properties(branch, depth + 1)) if (!out.has(name)) out.set(name, sub)
      }
    }
    propsCache.set(schema, out)
    return out
  }

  return {
    deref,
    parts,
    branches,
    types: (schema) => types(schema),
    properties: (schema) => properties(schema),
    required(schema) {
      const out = new Set<string>()
      for (const part of parts(schema)) {
        if (Array.isArray(part.required))
          for (const name of part.required) if (typeof name === 'string') out.add(name)
      }
      return out
    },
    items(schema) {
      for (const part of parts(schema))
        if ('items' in part && typeof part.items !== 'boolean') return part.items
      for (const branch of branches(schema)) {
        for (const part of parts(branch))
          if ('items' in part && typeof part.items !== 'boolean') return part.items
      }
      return undefined
    },
    keyword(schema, name) {
      for (const part of parts(schema)) if (part[name] !== undefined) return part[name]
      return undefined
    },
  }
}
