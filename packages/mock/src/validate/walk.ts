/**
 * The schema walker of the normaliser: turns one schema as written in an OpenAPI document into the
 * JSON Schema that ajv and the sampler read, keyword by keyword (Schema Object, OAS 3.0.3 §4.7.24 and
 * OAS 3.1.0 §4.8.24). Malformed keyword values are dropped with a warning instead of failing later.
 *
 * @module
 */

import { isComposition } from './closed-compositions.ts'
import { applyNullable, convertExclusiveBound, REF_SIBLINGS_30 } from './dialect.ts'
import {
  ARRAY_SCHEMA_KEYWORDS,
  BOOLEAN_KEYWORDS,
  COUNT_KEYWORDS,
  DROPPED_KEYWORDS,
  isRecord,
  MAP_SCHEMA_KEYWORDS,
  NUMBER_KEYWORDS,
  SINGLE_SCHEMA_KEYWORDS,
  setOwn,
  TYPE_NAMES,
} from './keywords.ts'
import { compilePattern, regexLiteralPattern } from './patterns.ts'
import { canonicalRef, parseFragment, ROOT_ID } from './pointer.ts'
import { hiddenIn, repairNullType } from './repairs.ts'
import { type NormalizedSchema, type Walk, warn } from './walk-state.ts'

export type { NormalizedSchema, NormalizeWarning, Walk, WalkState } from './walk-state.ts'
export { warn } from './walk-state.ts'

/** Normalises one schema (and its subschemas). */
export function walkSchema(walk: Walk, raw: unknown, at: readonly string[]): NormalizedSchema {
  if (typeof raw === 'boolean') return raw
  if (!isRecord(raw)) {
    warn(walk, at, `a schema must be an object or a boolean, got ${JSON.stringify(raw)}; treated as {}`)
    return {}
  }
  const { state } = walk
  if (state.produced.has(raw)) return raw
  const hit = state.memo.get(raw)
  if (hit !== undefined) return hit
  const out: Record<string, unknown> = {}
  state.memo.set(raw, out)
  state.produced.add(out)
  const refOnly = state.dialect === '3.0' && typeof raw.$ref === 'string'
  for (const [key, value] of Object.entries(raw)) {
    if (refOnly && key !== '$ref' && !REF_SIBLINGS_30.includes(key)) continue
    keyword(walk, out, key, value, raw, at)
  }
  convertExclusiveBound(out, raw, 'exclusiveMinimum', 'minimum')
  convertExclusiveBound(out, raw, 'exclusiveMaximum', 'maximum')
  if ('example' in raw && !('examples' in out) && !refOnly) out.examples = [raw.example]
  repairNullType(walk, out, at)
  if (isComposition(out)) state.compositions.push({ node: out, walk, at })
  const result = state.dialect === '3.0' && raw.nullable === true ? applyNullable(out) : out
  state.produced.add(result)
  state.memo.set(raw, result)
  if (walk.inRoot) state.pointers.set(result, at)
  return result
}

function keyword(
  walk: Walk,
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  raw: Record<string, unknown>,
  at: readonly string[],
): void {
  if (key.startsWith('x-') || DROPPED_KEYWORDS.includes(key)) return
  const bad = (expected: string) => warn(walk, [...at, key], `${key} must be ${expected}; keyword ignored`)
  // Handled after the keywords (example → examples, nullable → a null type); never seen by ajv.
  if (key === 'example' || key === 'nullable') return
  if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value
    else if (typeof value !== 'boolean') bad('a number (or, in OpenAPI 3.0, a boolean)')
    return
  }
  if (key === '$ref') {
    ref(walk, out, value, at)
    return
  }
  if (key === 'type') {
    type(out, value, bad)
    return
  }
  if (key === 'required') {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      const names = [...new Set(value as string[])]
      out.required =
        walk.state.direction === undefined ? names : names.filter((n) => !hiddenIn(walk.state, raw, n))
    } else if (typeof value !== 'boolean') bad('an array of strings')
    return
  }
  if (COUNT_KEYWORDS.includes(key)) {
    if (Number.isInteger(value) && (value as number) >= 0) out[key] = value
    else bad('a non-negative integer')
    return
  }
  if (NUMBER_KEYWORDS.includes(key)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value
    else bad('a number')
    return
  }
  if (BOOLEAN_KEYWORDS.includes(key)) {
    if (typeof value === 'boolean') out[key] = value
    else bad('a boolean')
    return
  }
  if (key === 'multipleOf') {
    if (typeof value === 'number' && value > 0 && Number.isFinite(value)) out[key] = value
    else bad('a number greater than 0')
    return
  }
  if (key === 'pattern') {
    const literal = typeof value === 'string' ? regexLiteralPattern(value) : undefined
    if (literal !== undefined && compilePattern(literal) !== null) {
      warn(
        walk,
        [...at, key],
        'is written as a regular-expression literal, slashes included; read as the expression between them (its flags as inline flags)',
      )
      out[key] = literal
    } else if (typeof value === 'string' && compilePattern(value) !== null) out[key] = value
    else bad('a valid regular expression')
    return
  }
  if (key === 'format') {
    if (typeof value === 'string') out[key] = value
    else bad('a string')
    return
  }
  if (key === 'enum' || key === 'examples') {
    if (Array.isArray(value) && (value.length > 0 || key === 'examples')) out[key] = value
    else if (key === 'enum') bad('a non-empty array')
    return
  }
  if (key === 'discriminator') {
    if (isRecord(value) && typeof value.propertyName === 'string') {
      const mapping = isRecord(value.mapping) ? value.mapping : undefined
      out[key] =
        mapping === undefined
          ? { propertyName: value.propertyName }
          : { propertyName: value.propertyName, mapping }
      walk.state.discriminators.push(out)
    } else bad('an object with a string propertyName')
    return
  }
  if (key === 'items') {
    items(walk, out, value, raw, at)
    return
  }
  if (key === 'additionalItems' && walk.state.dialect === '3.1') return
  if (SINGLE_SCHEMA_KEYWORDS.includes(key)) {
    out[key] = walkSchema(walk, value, [...at, key])
    return
  }
  if (ARRAY_SCHEMA_KEYWORDS.includes(key)) {
    if (Array.isArray(value) && value.length > 0) {
      out[key] = value.map((s, i) => walkSchema(walk, s, [...at, key, String(i)]))
      // A `oneOf`/`anyOf` may take a discriminator its branches inherit (see `discriminator.ts`).
      if ((key === 'oneOf' || key === 'anyOf') && !('discriminator' in raw))
        walk.state.discriminators.push(out)
    } else bad('a non-empty array of schemas')
    return
  }
  if (MAP_SCHEMA_KEYWORDS.includes(key)) {
    schemaMap(walk, out, key, value, at, bad)
    return
  }
  if (key === 'dependencies' || key === 'dependentRequired') {
    dependencies(walk, out, key, value, at, bad)
    return
  }
  out[key] = value
}

function ref(walk: Walk, out: Record<string, unknown>, value: unknown, at: readonly string[]): void {
  if (typeof value !== 'string') {
    warn(walk, [...at, '$ref'], '$ref must be a string; keyword ignored')
    return
  }
  if (value.startsWith(`${ROOT_ID}#`)) {
    out.$ref = value
    walk.state.refs.push(out)
    return
  }
  const tokens = value.startsWith('#') ? parseFragment(value) : undefined
  if (tokens === undefined) {
    warn(
      walk,
      [...at, '$ref'],
      `cannot resolve ${JSON.stringify(value)} (only refs into the document are supported); keyword ignored`,
    )
    return
  }
  out.$ref = canonicalRef(tokens)
  walk.state.refs.push(out)
}

function type(out: Record<string, unknown>, value: unknown, bad: (expected: string) => void): void {
  const names = (typeof value === 'string' ? [value] : Array.isArray(value) ? value : []).filter(
    (v): v is string => typeof v === 'string' && TYPE_NAMES.has(v),
  )
  if (names.length === 0) {
    bad(`one of ${[...TYPE_NAMES].join(', ')} (or an array of them)`)
    return
  }
  const unique = [...new Set(names)]
  out.type = unique.length === 1 && typeof value === 'string' ? unique[0] : unique
}

function items(
  walk: Walk,
  out: Record<string, unknown>,
  value: unknown,
  raw: Record<string, unknown>,
  at: readonly string[],
): void {
  if (!Array.isArray(value)) {
    out.items = walkSchema(walk, value, [...at, 'items'])
    return
  }
  const tuple = value.map((s, i) => walkSchema(walk, s, [...at, 'items', String(i)]))
  if (walk.state.dialect === '3.0') {
    out.items = tuple
    return
  }
  out.prefixItems = tuple
  if ('additionalItems' in raw) out.items = walkSchema(walk, raw.additionalItems, [...at, 'additionalItems'])
}

function schemaMap(
  walk: Walk,
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  at: readonly string[],
  bad: (expected: string) => void,
): void {
  if (!isRecord(value)) {
    bad('an object of schemas')
    return
  }
  const map: Record<string, NormalizedSchema> = {}
  for (const [name, sub] of Object.entries(value)) {
    if (key === 'patternProperties' && compilePattern(name) === null) {
      warn(walk, [...at, key, name], 'not a valid regular expression; pattern property ignored')
      continue
    }
    setOwn(map, name, walkSchema(walk, sub, [...at, key, name]))
  }
  out[key] = map
}

function dependencies(
  walk: Walk,
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  at: readonly string[],
  bad: (expected: string) => void,
): void {
  if (!isRecord(value)) {
    bad('an object')
    return
  }
  const map: Record<string, unknown> = {}
  for (const [name, dep] of Object.entries(value)) {
    if (Array.isArray(dep)) {
      if (dep.every((d) => typeof d === 'string')) setOwn(map, name, dep)
    } else if (key === 'dependencies') setOwn(map, name, walkSchema(walk, dep, [...at, key, name]))
  }
  out[key] = map
}
