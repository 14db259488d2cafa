/**
 * The state of one `sample()` call, handed to every generator: the seeded faker, the document's
 * normaliser and validator, options, and the recursion frame of the value being generated.
 *
 * @module
 */

import type { Faker } from '@faker-js/faker'
import type { Normalizer } from '../validate/normalize.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import type { SampleIssue } from './types.ts'

/**
 * Generated values (and validations, at 10 each) per call after which the rest is cut short: retries
 * of nested branches multiply. GitHub's largest schemas take about 2,400.
 */
export const STEP_BUDGET = 5_000

/** A normalised schema object. */
export type Schema = Record<string, unknown>

/** Where the generator is inside the value. */
export interface Frame {
  /** Nesting depth of objects and arrays. */
  readonly depth: number
  /** Steps taken without nesting (refs, allOf merges, branches); bounds cycles that never nest. */
  readonly hops: number
  /** JSON Pointer of the value inside the sample. */
  readonly path: string
  /** The property the value is for. */
  readonly propertyName: string | undefined
  /** The `components.schemas` name the value is drawn from, when it was reached through a `$ref`. */
  readonly refName: string | undefined
}

/** One sampling call. */
export interface Gen {
  readonly faker: Faker
  readonly normalizer: Normalizer
  /** Whether a value validates against a (normalised) schema in this call's direction. */
  readonly valid: (schema: NormalizedSchema, value: unknown) => boolean
  readonly direction: 'response' | 'request'
  readonly maxDepth: number
  /** Depth at which generation stops whatever the schema requires. */
  readonly hardDepth: number
  readonly useExamples: boolean
  readonly issues: SampleIssue[]
  /** Values generated so far in this call; past a budget, generation only gives smallest values. */
  steps: number
  /** Generates a value for a schema: the dispatcher, handed around to avoid import cycles. */
  readonly generate: (schema: NormalizedSchema, frame: Frame) => unknown
}

/** The frame of a nested value (property or item). */
export function childFrame(frame: Frame, key: string | number, propertyName?: string): Frame {
  return {
    depth: frame.depth + 1,
    hops: 0,
    path: `${frame.path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`,
    propertyName,
    refName: undefined,
  }
}

/** The frame of a step that does not nest (a ref, a merge, a branch). */
export function hopFrame(frame: Frame, refName?: string): Frame {
  return { ...frame, hops: frame.hops + 1, refName: refName ?? frame.refName }
}

/** Records a value that could not be made valid. */
export function addIssue(g: Gen, frame: Frame, keyword: string, message: string): void {
  g.issues.push({ path: frame.path, keyword, message })
}

/** Whether generation is past the soft depth (optional parts are left out). */
export function isDeep(g: Gen, frame: Frame): boolean {
  return frame.depth >= g.maxDepth
}

/** The most items or properties one value gets, whatever `minItems`/`minProperties` ask for. */
export const MAX_SIZE = 1000

/**
 * The most characters one string gets, whatever `minLength` asks for: characters are cheap, and real
 * documents ask for long ones (AWS License Manager's `SignedToken` has `minLength: 4096`).
 */
export const MAX_LENGTH = 65_536

/** `min` capped at {@link MAX_LENGTH} or {@link MAX_SIZE}, with an issue when the schema asks for more. */
function cappedMin(g: Gen, frame: Frame, keyword: string, min: number): number {
  const limit = keyword === 'minLength' ? MAX_LENGTH : MAX_SIZE
  if (min <= limit) return min
  addIssue(g, frame, keyword, `${keyword} ${min} is over the sampler's limit of ${limit}`)
  return limit
}

/**
 * The size range a schema asks for, from its `min*` and `max*` keywords (`minLength`/`maxLength`,
 * `minItems`/`maxItems`, `minProperties`/`maxProperties`; normalisation has dropped any that isn't a
 * non-negative integer): `min` capped as {@link cappedMin} does, and a contradiction (`min` over `max`)
 * recorded as an issue and resolved in favour of `max`, the nearest a value can come when the schema
 * accepts none.
 */
export function sizeRange(
  g: Gen,
  frame: Frame,
  schema: Schema,
  keywords: readonly [min: string, max: string],
): { min: number; max: number } {
  const [minKeyword, maxKeyword] = keywords
  const asked = schema[minKeyword]
  const limit = schema[maxKeyword]
  const min = cappedMin(g, frame, minKeyword, typeof asked === 'number' ? asked : 0)
  const max = typeof limit === 'number' ? limit : Infinity
  if (min <= max) return { min, max }
  addIssue(g, frame, minKeyword, `${minKeyword} ${min} is greater than ${maxKeyword} ${max}: no value fits`)
  return { min: max, max }
}
