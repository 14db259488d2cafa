/**
 * Objects: `properties` and `required` (required always present, most optional ones too),
 * `additionalProperties`, `patternProperties`, `propertyNames`, `minProperties`/`maxProperties`,
 * `dependentRequired`, `readOnly`/`writeOnly` by direction (the normaliser of the direction has already
 * dropped hidden properties from `required`, OAS 3.0.3 §4.7.24), and the tag of a discriminator
 * reached via `allOf`.
 *
 * @module
 */

import { DISCRIMINATED } from '../validate/discriminator.ts'
import { isRecord, setOwn } from '../validate/keywords.ts'
import { compilePattern } from '../validate/patterns.ts'
import { canonicalRef } from '../validate/pointer.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import { discriminatorOf, tagged, tagOf } from './compose.ts'
import { childFrame, type Frame, type Gen, isDeep, type Schema, sizeRange } from './context.ts'
import { resolveRef } from './refs.ts'
import { generateString } from './strings.ts'

const OPTIONAL_PROBABILITY = 0.8
const MAX_EXTRA_KEYS = 2

/** Generates an object for an object schema. */
export function generateObject(g: Gen, schema: Schema, frame: Frame): Record<string, unknown> {
  const properties = (isRecord(schema.properties) ? schema.properties : {}) as Record<
    string,
    NormalizedSchema
  >
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : [])
  const { min, max } = sizeRange(g, frame, schema, ['minProperties', 'maxProperties'])
  const deep = isDeep(g, frame)
  const keys: string[] = []
  const skipped: string[] = []
  for (const [name, sub] of Object.entries(properties)) {
    // A property declared `false` takes no value: it is one the object must not have.
    if (!required.has(name) && (sub === false || hiddenByDirection(g, sub))) continue
    if (required.has(name) || (!deep && g.faker.datatype.boolean({ probability: OPTIONAL_PROBABILITY })))
      keys.push(name)
    else skipped.push(name)
  }
  for (const name of required) if (!Object.hasOwn(properties, name)) keys.push(name)
  while (keys.length > max) {
    const optional = keys.findLastIndex((k) => !required.has(k))
    if (optional < 0) break
    skipped.push(...keys.splice(optional, 1))
  }
  while (keys.length < min && skipped.length > 0) keys.push(skipped.shift() as string)
  addDependencies(schema, keys)
  const out: Record<string, unknown> = {}
  for (const key of keys) setOwn(out, key, g.generate(schemaFor(schema, key), childFrame(frame, key, key)))
  addExtraKeys(g, schema, out, deep, Math.max(min, 0), max, frame)
  return tagFromAllOf(g, schema, out, frame)
}

/** Whether a property is left out in this direction (`readOnly` in requests, `writeOnly` in responses). */
function hiddenByDirection(g: Gen, schema: NormalizedSchema): boolean {
  const flag = g.direction === 'request' ? 'readOnly' : 'writeOnly'
  for (let node: NormalizedSchema = schema, hops = 0; isRecord(node) && hops < 8; hops++) {
    if (node[flag] === true) return true
    if (typeof node.$ref === 'string') node = resolveRef(g, node.$ref)
    else if (Array.isArray(node.anyOf) && node.anyOf.length === 2 && isNullSchema(node.anyOf[1]))
      node = node.anyOf[0]
    else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0]
    else return false
  }
  return false
}

function isNullSchema(schema: unknown): boolean {
  return isRecord(schema) && schema.type === 'null'
}

/** The schema of one property: declared, else the first matching pattern property, else additionalProperties. */
function schemaFor(schema: Schema, key: string): NormalizedSchema {
  if (isRecord(schema.properties) && Object.hasOwn(schema.properties, key))
    return schema.properties[key] as NormalizedSchema
  if (isRecord(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
      if (compilePattern(pattern)?.test(key)) return sub as NormalizedSchema
    }
  }
  const additional = schema.additionalProperties
  return additional === undefined || additional === false ? true : (additional as NormalizedSchema)
}

function addDependencies(schema: Schema, keys: string[]): void {
  const deps = {
    ...(isRecord(schema.dependencies) ? schema.dependencies : {}),
    ...(isRecord(schema.dependentRequired) ? schema.dependentRequired : {}),
  }
  for (let i = 0; i < keys.length; i++) {
    const needed = deps[keys[i] as string]
    if (!Array.isArray(needed)) continue
    for (const name of needed) if (typeof name === 'string' && !keys.includes(name)) keys.push(name)
  }
}

/** Pattern properties and additional properties: a few extra keys, and enough to reach `minProperties`. */
function addExtraKeys(
  g: Gen,
  schema: Schema,
  out: Record<string, unknown>,
  deep: boolean,
  min: number,
  max: number,
  frame: Frame,
): void {
  let size = Object.keys(out).length
  const count = () => size
  const patterns = isRecord(schema.patternProperties) ? Object.keys(schema.patternProperties) : []
  const declared = isRecord(schema.properties) ? Object.keys(schema.properties).length : 0
  for (const pattern of patterns) {
    if (count() >= max || (deep && count() >= min) || (declared > 0 && count() >= min)) break
    const key = generateString(g, { type: 'string', pattern }, frame)
    if (Object.hasOwn(out, key)) continue
    setOwn(out, key, g.generate(schemaFor(schema, key), childFrame(frame, key, key)))
    size++
  }
  const additional = schema.additionalProperties
  if (additional === false) return
  const wanted = isRecord(additional) && !deep ? g.faker.number.int({ min: 0, max: MAX_EXTRA_KEYS }) : 0
  const target = Math.min(max, Math.max(min, count() + wanted))
  for (let tries = 0; count() < target && tries < target * 4 + 4; tries++) {
    let key = extraKeyName(g, schema, frame)
    // Free names (no propertyNames) never run out: a taken word gets a number.
    if (Object.hasOwn(out, key) && !isRecord(schema.propertyNames)) key = `${key}${size}`
    if (Object.hasOwn(out, key) || isDeclaredOrPatterned(schema, key)) continue
    setOwn(out, key, g.generate(schemaFor(schema, key), childFrame(frame, key, key)))
    size++
  }
}

function extraKeyName(g: Gen, schema: Schema, frame: Frame): string {
  if (isRecord(schema.propertyNames)) {
    const name = g.generate(schema.propertyNames, frame)
    if (typeof name === 'string') return name
  }
  return g.faker.lorem.word()
}

function isDeclaredOrPatterned(schema: Schema, key: string): boolean {
  if (isRecord(schema.properties) && Object.hasOwn(schema.properties, key)) return true
  if (!isRecord(schema.patternProperties)) return false
  return Object.keys(schema.patternProperties).some((p) => compilePattern(p)?.test(key))
}

/**
 * A discriminator reached through `allOf` (`Cat: allOf: [Pet, …]`, Pet holding the discriminator):
 * the tag is the mapping key that points to the schema being drawn, else its name.
 */
function tagFromAllOf(
  g: Gen,
  schema: Schema,
  out: Record<string, unknown>,
  frame: Frame,
): Record<string, unknown> {
  const d = discriminatorOf(schema)
  if (
    d === undefined ||
    frame.refName === undefined ||
    'oneOf' in schema ||
    'anyOf' in schema ||
    DISCRIMINATED in schema
  )
    return out
  const tag = tagOf(d, canonicalRef(['components', 'schemas', frame.refName]))
  return tagged(g, schema, d, tag, out) as Record<string, unknown>
}
