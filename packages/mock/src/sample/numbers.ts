/**
 * Numbers and integers: `minimum`/`maximum`, numeric `exclusiveMinimum`/`exclusiveMaximum` (3.0's
 * boolean form is converted by the normaliser), `multipleOf` (fractional too) and the `int32`,
 * `int64` and `unix-time` formats (JSON Schema 2020-12 Validation §6.2).
 *
 * @module
 */

import type { Frame, Gen, Schema } from './context.ts'
import { addIssue } from './context.ts'
import { realisticValue } from './property-names.ts'

const INT32: readonly [number, number] = [-(2 ** 31), 2 ** 31 - 1]
const SAFE: readonly [number, number] = [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]

/** Inclusive bounds with their exclusivity. */
interface Bounds {
  lo: number
  hi: number
  loExclusive: boolean
  hiExclusive: boolean
}

/**
 * Generates an integer (`integer: true`, or a `number` whose format is `int32`/`int64`, which only
 * integers match) or a number that satisfies the schema's numeric keywords.
 */
export function generateNumber(g: Gen, schema: Schema, type: boolean, frame: Frame): number {
  const integer = type || schema.format === 'int32' || schema.format === 'int64'
  const bounds = boundsOf(schema, integer)
  const multipleOf = typeof schema.multipleOf === 'number' ? schema.multipleOf : undefined
  if (isPlain(schema)) {
    const realistic = realisticValue(g, frame.propertyName, integer ? 'integer' : 'number')
    if (typeof realistic === 'number' && fitsNumber(realistic, schema, integer)) return realistic
  }
  if (schema.format === 'unix-time' && !Number.isFinite(bounds.lo) && !Number.isFinite(bounds.hi)) {
    return Math.floor(g.faker.date.recent({ days: 365 }).getTime() / 1000)
  }
  const [lo, hi] = range(bounds, integer ? 1000 : 100)
  const step =
    multipleOf === undefined ? (integer ? 1 : undefined) : integer ? integerStep(multipleOf) : multipleOf
  if (step === undefined) {
    const min = bounds.loExclusive ? lo + Math.min(0.01, (hi - lo) / 4) : lo
    const max = bounds.hiExclusive ? hi - Math.min(0.01, (hi - lo) / 4) : hi
    if (max - min < 0.02) return (lo + hi) / 2
    const value = g.faker.number.float({ min, max, fractionDigits: 2 })
    return value <= lo && bounds.loExclusive ? (lo + hi) / 2 : value
  }
  let kLo = Math.ceil(lo / step)
  let kHi = Math.floor(hi / step)
  if (bounds.loExclusive && kLo * step <= lo) kLo += 1
  if (bounds.hiExclusive && kHi * step >= hi) kHi -= 1
  if (kLo > kHi) {
    addIssue(g, frame, 'multipleOf', `no multiple of ${step} lies between ${lo} and ${hi}`)
    return roundTo(kLo * step, step)
  }
  const k = kHi - kLo > SAFE[1] ? kLo : g.faker.number.int({ min: kLo, max: Math.min(kHi, kLo + 1e9) })
  return roundTo(k * step, step)
}

/** Whether a number satisfies the numeric keywords of a schema (used for realistic candidates). */
export function fitsNumber(value: number, schema: Schema, integer: boolean): boolean {
  if (integer && !Number.isInteger(value)) return false
  const b = boundsOf(schema, integer)
  if (value < b.lo || value > b.hi || (b.loExclusive && value === b.lo) || (b.hiExclusive && value === b.hi))
    return false
  if (typeof schema.multipleOf === 'number') {
    const q = value / schema.multipleOf
    if (Math.abs(Math.round(q) - q) > 1e-9) return false
  }
  return true
}

function boundsOf(schema: Schema, integer: boolean): Bounds {
  const b: Bounds = { lo: -Infinity, hi: Infinity, loExclusive: false, hiExclusive: false }
  if (typeof schema.minimum === 'number') b.lo = schema.minimum
  if (typeof schema.exclusiveMinimum === 'number' && schema.exclusiveMinimum >= b.lo) {
    b.lo = schema.exclusiveMinimum
    b.loExclusive = true
  }
  if (typeof schema.maximum === 'number') b.hi = schema.maximum
  if (typeof schema.exclusiveMaximum === 'number' && schema.exclusiveMaximum <= b.hi) {
    b.hi = schema.exclusiveMaximum
    b.hiExclusive = true
  }
  const format = integer || schema.format === 'int32' ? (schema.format === 'int32' ? INT32 : SAFE) : undefined
  if (format !== undefined) {
    if (b.lo < format[0]) [b.lo, b.loExclusive] = [format[0], false]
    if (b.hi > format[1]) [b.hi, b.hiExclusive] = [format[1], false]
  }
  return b
}

/** A finite range to draw from: the bounds, or a span of `span` next to the one bound given. */
function range(b: Bounds, span: number): [number, number] {
  const hasLo = Number.isFinite(b.lo) && b.lo > SAFE[0]
  const hasHi = Number.isFinite(b.hi) && b.hi < SAFE[1]
  if (hasLo && hasHi) return [b.lo, b.hi]
  if (hasLo) return [b.lo, b.lo + Math.max(span, Math.abs(b.lo))]
  if (hasHi) return b.hi > 0 ? [0, b.hi] : [b.hi - span, b.hi]
  return [0, span]
}

/** The smallest positive multiple of `multipleOf` that is an integer (`0.5` → `1`, `3` → `3`). */
function integerStep(multipleOf: number): number {
  if (Number.isInteger(multipleOf)) return multipleOf
  for (let n = 1; n <= 10_000; n++) {
    const candidate = n * multipleOf
    if (Math.abs(candidate - Math.round(candidate)) < 1e-9) return Math.round(candidate)
  }
  return Math.ceil(multipleOf)
}

/** `k * step` rounded to the decimals of `step`, so `0.1 * 3` is `0.3`. */
function roundTo(value: number, step: number): number {
  const decimals = decimalsOf(step)
  return decimals === 0 ? Math.round(value) : Number(value.toFixed(Math.min(decimals, 15)))
}

function decimalsOf(step: number): number {
  const text = String(step)
  const exp = /e-(\d+)$/.exec(text)
  if (exp !== null) return Number(exp[1]) + (text.split('e')[0]?.split('.')[1]?.length ?? 0)
  return text.split('.')[1]?.length ?? 0
}

/** Whether a schema has nothing that restricts values beyond type and bounds (realism may apply). */
export function isPlain(schema: Schema): boolean {
  return schema.format === undefined && schema.enum === undefined && schema.pattern === undefined
}
