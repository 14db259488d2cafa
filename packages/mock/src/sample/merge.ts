/**
 * `allOf` (JSON Schema 2020-12 Core §10.2.1.1) as one schema: the parts — `$ref`ed ones resolved and
 * their own `allOf`s flattened — merged keyword by keyword: properties deep-merged, `required`
 * united, bounds intersected, `type`s and `enum`s intersected. Merges are cached per schema object.
 *
 * @module
 */

import { isRecord, setOwn } from '../validate/keywords.ts'
import { compilePattern } from '../validate/patterns.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import type { Gen, Schema } from './context.ts'
import { resolveRef } from './refs.ts'

const cache = new WeakMap<object, Schema>()
const DROPPED = ['allOf', '$ref', 'examples', 'default', 'description', 'title', '$comment']
const LOWER = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
  'minContains',
])
const UPPER = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
  'maxContains',
])
const SUBSCHEMA = new Set([
  'items',
  'additionalProperties',
  'additionalItems',
  'propertyNames',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
])
const MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas'])
const MAX_CROSS_PRODUCT = 32

/** The single schema equivalent (as far as generation goes) to `schema` with its `allOf` and `$ref` applied. */
export function mergeAllOf(g: Gen, schema: Schema): Schema {
  const hit = cache.get(schema)
  if (hit !== undefined) return hit
  const parts: Schema[] = []
  collect(g, schema, parts, new Set())
  const merged: Schema = {}
  for (const part of parts) mergeInto(g, merged, part)
  for (const part of parts) if (part.additionalProperties === false) closeProperties(merged, part)
  g.normalizer.adopt(merged)
  cache.set(schema, merged)
  return merged
}

function collect(g: Gen, schema: NormalizedSchema, parts: Schema[], seen: Set<object>): void {
  if (schema === true) return
  if (schema === false) {
    parts.push({ not: {} })
    return
  }
  if (seen.has(schema)) return
  seen.add(schema)
  const own: Schema = {}
  for (const [key, value] of Object.entries(schema)) if (!DROPPED.includes(key)) own[key] = value
  if (Object.keys(own).length > 0) parts.push(own)
  if (typeof schema.$ref === 'string') collect(g, resolveRef(g, schema.$ref), parts, seen)
  if (Array.isArray(schema.allOf))
    for (const sub of schema.allOf) collect(g, sub as NormalizedSchema, parts, seen)
}

function mergeInto(g: Gen, m: Schema, part: Schema): void {
  for (const [key, value] of Object.entries(part)) {
    if (!(key in m)) {
      m[key] = value
      continue
    }
    const current = m[key]
    if (current === value) continue
    if (key === 'type') m.type = intersectTypes(current, value)
    else if (key === 'required') m.required = [...new Set([...(current as string[]), ...(value as string[])])]
    else if (key === 'enum') {
      const keys = new Set((value as unknown[]).map((v) => JSON.stringify(v)))
      const both = (current as unknown[]).filter((v) => keys.has(JSON.stringify(v)))
      if (both.length > 0) m.enum = both
    } else if (LOWER.has(key)) m[key] = Math.max(current as number, value as number)
    else if (UPPER.has(key)) m[key] = Math.min(current as number, value as number)
    else if (key === 'multipleOf') m[key] = commonMultiple(current as number, value as number)
    else if (key === 'uniqueItems' || key === 'readOnly' || key === 'writeOnly')
      m[key] = current === true || value === true
    else if (SUBSCHEMA.has(key)) m[key] = both(g, current as NormalizedSchema, value as NormalizedSchema)
    else if (MAPS.has(key)) m[key] = mergeMaps(g, current, value)
    else if (key === 'not') m.not = g.normalizer.adopt({ anyOf: [current, value] })
    else if (key === 'oneOf' || key === 'anyOf')
      m[key] = crossProduct(g, current as NormalizedSchema[], value as NormalizedSchema[])
  }
}

/** Both schemas at once: the one when the other allows anything, else an `allOf` merged when generated. */
function both(g: Gen, a: NormalizedSchema, b: NormalizedSchema): NormalizedSchema {
  if (a === true || a === b) return b
  if (b === true) return a
  if (a === false || b === false) return false
  return g.normalizer.adopt({ allOf: [a, b] })
}

function mergeMaps(g: Gen, a: unknown, b: unknown): Record<string, NormalizedSchema> {
  const out: Record<string, NormalizedSchema> = { ...(a as Record<string, NormalizedSchema>) }
  for (const [name, schema] of Object.entries(b as Record<string, NormalizedSchema>)) {
    const current = Object.hasOwn(out, name) ? out[name] : undefined
    setOwn(out, name, current === undefined ? schema : both(g, current, schema))
  }
  return out
}

/** Two `oneOf`s (or `anyOf`s) as one: each pair of branches together (exactly-one is preserved). */
function crossProduct(g: Gen, a: NormalizedSchema[], b: NormalizedSchema[]): NormalizedSchema[] {
  if (a.length * b.length > MAX_CROSS_PRODUCT) return a
  return a.flatMap((x) => b.map((y) => both(g, x, y)))
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const left = Array.isArray(a) ? a : [a]
  const right = Array.isArray(b) ? b : [b]
  const out = left.filter((t) => right.includes(t) || (t === 'integer' && right.includes('number')))
  for (const t of right) if (t === 'integer' && left.includes('number') && !out.includes(t)) out.push(t)
  if (out.length === 0) return b
  return out.length === 1 ? out[0] : out
}

function commonMultiple(a: number, b: number): number {
  const ratio = Math.max(a, b) / Math.min(a, b)
  if (Math.abs(ratio - Math.round(ratio)) < 1e-9) return Math.max(a, b)
  return a * b
}

/** Keeps only the properties a closed part (`additionalProperties: false`) allows. */
function closeProperties(m: Schema, part: Schema): void {
  if (!isRecord(m.properties)) return
  const declared = isRecord(part.properties) ? part.properties : {}
  const patterns = isRecord(part.patternProperties) ? Object.keys(part.patternProperties) : []
  const kept: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(m.properties)) {
    if (Object.hasOwn(declared, name) || patterns.some((p) => compilePattern(p)?.test(name)))
      setOwn(kept, name, schema)
  }
  m.properties = kept
}
