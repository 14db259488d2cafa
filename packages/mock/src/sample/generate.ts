/**
 * The dispatcher: one schema → one value. Order: hard limits, examples, `$ref`, `const`/`enum`,
 * `allOf`, `not`, discriminator mappings, `oneOf`/`anyOf`, then the type's generator.
 *
 * @module
 */

import { DISCRIMINATED } from '../validate/discriminator.ts'
import { isRecord, setOwn } from '../validate/keywords.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import { generateArray } from './arrays.ts'
import { discriminatorOf, generateBranch, generateNot } from './compose.ts'
import { addIssue, type Frame, type Gen, hopFrame, isDeep, type Schema, STEP_BUDGET } from './context.ts'
import { mergeAllOf } from './merge.ts'
import { generateNumber } from './numbers.ts'
import { generateObject } from './objects.ts'
import { realisticValue } from './property-names.ts'
import { hasSiblingConstraints, mappingRef, refOf, resolveRef, schemaNameOf } from './refs.ts'
import { generateString } from './strings.ts'

/** Steps without nesting (refs, merges, branches) after which a value is cut short. */
const MAX_HOPS = 48
const NULL_PROBABILITY = 0.1
const NO_EXAMPLE = Symbol('no example')
const exampleCache = new WeakMap<object, unknown>()

/** Steps a validation counts for. */
export const VALIDATION_STEPS = 10

/**
 * Resolves `ref`, then every schema that is only another `$ref` (an alias), in one step: a chain of
 * aliases (`A: { $ref: B }`, `B: { $ref: C }`, … 1,000 long) consumes no data and must not use up the
 * hop limit. Stops at a schema with constraints of its own, or where the chain would loop.
 */
function followAliases(g: Gen, ref: string): { target: NormalizedSchema; ref: string } {
  const seen = new Set([ref])
  let current = ref
  let target = resolveRef(g, ref)
  while (isRecord(target) && typeof target.$ref === 'string' && !hasSiblingConstraints(target)) {
    if (seen.has(target.$ref)) break
    current = target.$ref
    seen.add(current)
    target = resolveRef(g, current)
  }
  return { target, ref: current }
}

/** Generates a value for a normalised schema. */
export function generate(g: Gen, schema: NormalizedSchema, frame: Frame): unknown {
  if (schema === true) return anyValue(g, frame)
  if (schema === false) {
    addIssue(g, frame, 'false', 'the schema `false` accepts no value')
    return null
  }
  if (frame.depth > g.hardDepth || frame.hops > MAX_HOPS) return chargedSmallest(g, schema)
  if (++g.steps > STEP_BUDGET) {
    if (g.steps === STEP_BUDGET + 1)
      addIssue(g, frame, 'budget', `gave up after ${STEP_BUDGET} generated values`)
    if (g.steps === Number.POSITIVE_INFINITY)
      addIssue(g, frame, 'recursion', 'the schema refers to itself endlessly')
    return chargedSmallest(g, schema)
  }
  if (g.useExamples) {
    const example = exampleOf(g, schema)
    if (example !== NO_EXAMPLE) return structuredClone(example)
  }
  if (typeof schema.$ref === 'string') {
    if (hasSiblingConstraints(schema)) return g.generate(mergeAllOf(g, schema), hopFrame(frame))
    const { target, ref } = followAliases(g, schema.$ref)
    return g.generate(target, hopFrame(frame, schemaNameOf(ref)))
  }
  if ('const' in schema) return structuredClone(schema.const)
  if (Array.isArray(schema.enum)) return pickEnum(g, schema, frame)
  if (Array.isArray(schema.allOf)) return g.generate(mergeAllOf(g, schema), hopFrame(frame))
  if (schema.not !== undefined) return generateNot(g, schema, frame)
  const redirected = followMapping(g, schema, frame)
  if (redirected !== NO_EXAMPLE) return redirected
  if (Array.isArray(schema.oneOf)) return generateBranch(g, schema, 'oneOf', frame)
  if (Array.isArray(schema.anyOf)) return generateBranch(g, schema, 'anyOf', frame)
  if (Array.isArray(schema[DISCRIMINATED])) return generateBranch(g, schema, DISCRIMINATED, frame)
  switch (pickType(g, schema, frame)) {
    case 'null':
      return null
    case 'boolean':
      return g.faker.datatype.boolean()
    case 'integer':
      return generateNumber(g, schema, true, frame)
    case 'number':
      return generateNumber(g, schema, false, frame)
    case 'string':
      return generateString(g, schema, frame)
    case 'array':
      return generateArray(g, schema, frame)
    case 'object':
      return generateObject(g, schema, frame)
    default:
      return anyValue(g, frame)
  }
}

/** The first of the schema's `examples` (then `default`) that validates against it, cached per schema. */
function exampleOf(g: Gen, schema: Schema): unknown {
  if (exampleCache.has(schema)) return exampleCache.get(schema)
  let found: unknown = NO_EXAMPLE
  const candidates = [
    ...(Array.isArray(schema.examples) ? schema.examples : []),
    ...('default' in schema ? [schema.default] : []),
  ]
  for (const candidate of candidates) {
    if (candidate !== undefined && g.valid(schema, candidate)) {
      found = candidate
      break
    }
  }
  exampleCache.set(schema, found)
  return found
}

function pickEnum(g: Gen, schema: Schema, frame: Frame): unknown {
  const types = typesOf(schema)
  const values = (schema.enum as unknown[]).filter((v) => types === undefined || types.includes(jsonType(v)))
  const pool = values.length > 0 ? values : (schema.enum as unknown[])
  const nonNull = pool.filter((v) => v !== null)
  const preferNull =
    nonNull.length < pool.length &&
    (isDeep(g, frame) || g.faker.datatype.boolean({ probability: NULL_PROBABILITY }))
  if (nonNull.length === 0 || preferNull) return null
  return structuredClone(g.faker.helpers.arrayElement(nonNull))
}

/**
 * A discriminator with a `mapping` on a schema drawn for itself (a base such as `Pet` whose subtypes
 * `allOf` it): draws one of the mapped subtypes instead, when the result validates against the base.
 */
function followMapping(g: Gen, schema: Schema, frame: Frame): unknown {
  const d = discriminatorOf(schema)
  if (d?.mapping === undefined || hasBranches(schema) || frame.refName === undefined) return NO_EXAMPLE
  const targets = Object.values(d.mapping).map(mappingRef)
  const self = mappingRef(frame.refName)
  if (targets.length === 0 || targets.includes(self)) return NO_EXAMPLE
  const target = g.faker.helpers.arrayElement(targets)
  const value = g.generate({ $ref: target }, hopFrame(frame))
  return g.valid(schema, value) ? value : NO_EXAMPLE
}

/** The type to generate: declared (null rarely, and first past the depth limit) or inferred from keywords. */
function pickType(g: Gen, schema: Schema, frame: Frame): string | undefined {
  const types = typesOf(schema)
  if (types === undefined) return inferType(schema)
  const nonNull = types.filter((t) => t !== 'null')
  if (nonNull.length === 0) return 'null'
  if (
    nonNull.length < types.length &&
    (isDeep(g, frame) || g.faker.datatype.boolean({ probability: NULL_PROBABILITY }))
  ) {
    return 'null'
  }
  const candidates = nonNull.includes('integer') ? nonNull.filter((t) => t !== 'number') : nonNull
  return candidates.length === 1 ? candidates[0] : g.faker.helpers.arrayElement(candidates)
}

function typesOf(schema: Schema): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type]
  return Array.isArray(schema.type) ? (schema.type as string[]) : undefined
}

function inferType(schema: Schema): string | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in schema)
  if (
    has(
      'properties',
      'required',
      'additionalProperties',
      'patternProperties',
      'minProperties',
      'maxProperties',
      'propertyNames',
    )
  ) {
    return 'object'
  }
  if (has('items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains')) return 'array'
  if (schema.format === 'int32' || schema.format === 'int64') return 'integer'
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) return 'number'
  if (has('minLength', 'maxLength', 'pattern', 'format')) return 'string'
  return undefined
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** A value for a schema that allows anything: realistic for the property name, else a word. */
function anyValue(g: Gen, frame: Frame): unknown {
  const realistic = realisticValue(g, frame.propertyName, 'string')
  return typeof realistic === 'string' ? realistic : g.faker.lorem.word()
}

/** Levels of required properties {@link smallest} fills in before it gives up on validity. */
const SMALLEST_DEPTH = 12

/**
 * Values one {@link smallest} call builds at most: `minItems: 8` at each of its twelve levels would ask
 * for 8^12, and a self-referencing array with `minItems: 2` for 2^12 at every place generation stopped.
 */
const SMALLEST_VALUES = 256

/**
 * The smallest value of a schema, used where generation must stop (past the depth, hop or step limits):
 * no random draws, no optional parts — but required properties and `minItems` items are filled in with
 * their own smallest values (down to {@link SMALLEST_DEPTH} levels), and the cheapest branch of a
 * `oneOf`/`anyOf` is taken, so that the value still validates where it can.
 */
function smallest(g: Gen, schema: NormalizedSchema, depth: number, budget: { left: number }): unknown {
  // Past the budget, containers stay empty: the value is already invalid, and must stay small.
  const deeper = --budget.left > 0 && depth < SMALLEST_DEPTH
  let node: NormalizedSchema = schema
  for (let i = 0; i < 8 && isRecord(node) && refOf(node) !== undefined; i++)
    node = resolveRef(g, refOf(node) as string)
  if (!isRecord(node)) return null
  if ('const' in node) return node.const
  if (Array.isArray(node.enum)) return node.enum[0]
  if (Array.isArray(node.allOf) && deeper) return smallest(g, mergeAllOf(g, node), depth + 1, budget)
  const branches = [node.oneOf, node.anyOf, node[DISCRIMINATED]].find(Array.isArray) as
    | NormalizedSchema[]
    | undefined
  const types = typesOf(node) ?? (branches === undefined ? [inferType(node) ?? 'object'] : [])
  if (types.includes('null')) return null
  if (branches !== undefined && branches.length > 0 && types.length === 0 && deeper) {
    const cheapest =
      branches.find((b) => isRecord(b) && (b.type === 'null' || b.type === 'string')) ?? branches[0]
    return smallest(g, cheapest as NormalizedSchema, depth + 1, budget)
  }
  const type = types[0]
  if (type === 'string')
    return 'a'.repeat(typeof node.minLength === 'number' ? Math.min(node.minLength, 64) : 0)
  if (type === 'integer' || type === 'number') return typeof node.minimum === 'number' ? node.minimum : 0
  if (type === 'boolean') return false
  if (type === 'array') {
    const count = typeof node.minItems === 'number' && deeper ? Math.min(node.minItems, 8) : 0
    return Array.from({ length: count }, () =>
      smallest(g, (node as Schema).items as NormalizedSchema, depth + 1, budget),
    )
  }
  const out: Record<string, unknown> = {}
  if (Array.isArray(node.required) && deeper) {
    const properties = isRecord(node.properties) ? node.properties : {}
    for (const name of node.required) {
      if (typeof name !== 'string') continue
      const sub = Object.hasOwn(properties, name) ? (properties[name] as NormalizedSchema) : true
      setOwn(out, name, sub === true ? null : smallest(g, sub, depth + 1, budget))
    }
  }
  return out
}

/**
 * {@link smallest}, its values counted as steps: past the hard depth, retries of distinct array items
 * would otherwise build smallest values without end, none of them counted.
 */
function chargedSmallest(g: Gen, schema: NormalizedSchema): unknown {
  const budget = { left: SMALLEST_VALUES }
  const value = smallest(g, schema, 0, budget)
  g.steps += SMALLEST_VALUES - Math.max(budget.left, 0)
  return value
}

/** Whether a schema draws from branches (`oneOf`, `anyOf`, or a rewritten discriminator's). */
export function hasBranches(schema: Schema): boolean {
  return 'oneOf' in schema || 'anyOf' in schema || DISCRIMINATED in schema
}
