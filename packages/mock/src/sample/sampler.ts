/**
 * The sampler: realistic values drawn from the schemas of one document, deterministic per seed.
 * One faker instance per sampler, reseeded at every call; every value is checked against its schema
 * and redrawn (with derived seeds) when invalid; what stays invalid is reported through `onIssue`.
 *
 * @module
 */

import type { Faker } from '@faker-js/faker'
import { faker as englishFaker } from '@faker-js/faker/locale/en'
import { dialectOf } from '../validate/dialect.ts'
import { getNormalizer, type Normalizer } from '../validate/normalize.ts'
import { createValidator } from '../validate/validator.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import type { Frame, Gen } from './context.ts'
import { STEP_BUDGET } from './context.ts'
import { generate, VALIDATION_STEPS } from './generate.ts'
import { hashSeed } from './seed.ts'
import type { SampleIssue, Sampler, SamplerOptions } from './types.ts'

/** Dates are drawn relative to this instant, so that samples do not change with the clock. */
const REFERENCE_DATE = '2025-06-01T12:00:00.000Z'
const DEFAULT_SEED = 1
const DEFAULT_MAX_DEPTH = 4
const HARD_DEPTH_MARGIN = 24
const ATTEMPTS = 3
/**
 * faker's class, taken from its English entry: the package's main entry loads all ~70 locales
 * (≈0.4 s and ≈30 MB at start-up), the English one loads English and `base` only.
 */
const FakerClass = englishFaker.constructor as typeof Faker

/**
 * Creates a sampler for the schemas of one document.
 *
 * @example
 * const sampler = createSampler({ root: { components }, openapi: '3.0.3', seed: 42 })
 * const zoo = sampler.sample({ $ref: '#/components/schemas/Zoo' }, { seed: hashSeed(42, 'getZoo', 200) })
 */
export function createSampler(options: SamplerOptions): Sampler {
  const dialect = dialectOf(options.openapi)
  // One normaliser per direction (required readOnly/writeOnly differ), created on first use.
  const normalizers = new Map<'request' | 'response', Normalizer>()
  const normalizerFor = (direction: 'request' | 'response'): Normalizer => {
    let normalizer = normalizers.get(direction)
    if (normalizer === undefined) {
      normalizer = getNormalizer(options.root, options.openapi, direction)
      normalizers.set(direction, normalizer)
    }
    return normalizer
  }
  const validator = options.validator ?? createValidator({ root: options.root, openapi: options.openapi })
  if (validator.dialect !== dialect) {
    throw new Error(
      `[statusline] Failed to create the sampler: the validator reads ${validator.dialect} schemas, the document is ${dialect}`,
    )
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH
  if (!Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new Error(
      `[statusline] Failed to create the sampler: maxDepth must be a non-negative integer, got ${maxDepth}`,
    )
  }
  // Its own instance (reseeded at every call), with the definitions of `[en, base]` as merged by faker.
  const faker = new FakerClass({ locale: englishFaker.rawDefinitions })
  faker.setDefaultRefDate(REFERENCE_DATE)
  const draw = (
    schema: NormalizedSchema,
    seed: number,
    direction: 'response' | 'request',
    propertyName?: string,
  ) => {
    faker.seed(seed)
    const g: Gen = {
      faker,
      normalizer: normalizerFor(direction),
      valid: (s, v) => {
        g.steps += VALIDATION_STEPS
        const result = validator.validate(s, v, { direction })
        // A schema whose validation never finishes: every further check would overflow the stack again.
        if (result.errors[0]?.keyword === 'recursion') g.steps = Number.POSITIVE_INFINITY
        return result.valid
      },
      direction,
      maxDepth,
      hardDepth: maxDepth + HARD_DEPTH_MARGIN,
      useExamples: options.useExamples ?? true,
      issues: [],
      steps: 0,
      generate: (s, f) => generate(g, s, f),
    }
    const frame: Frame = { depth: 0, hops: 0, path: '', propertyName, refName: undefined }
    const value = generate(g, schema, frame)
    return { value, g }
  }
  return {
    validator,
    sample(schema, context = {}) {
      const direction = context.direction ?? 'response'
      const normalized = normalizerFor(direction).normalize(schema)
      const seed = context.seed ?? options.seed ?? DEFAULT_SEED
      let first: { value: unknown; issues: SampleIssue[] } | undefined
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const { value, g } = draw(
          normalized,
          attempt === 0 ? seed : hashSeed(seed, 'attempt', attempt),
          direction,
          context.propertyName,
        )
        const result = validator.validate(normalized, value, { direction })
        if (result.valid) return value
        const issues = [
          ...g.issues,
          ...result.errors.map((e) => ({
            path: e.path,
            keyword: e.keyword,
            // ajv's messages ("must NOT have…") read as the sample's; the validator's own are sentences.
            message: e.message.startsWith('must') ? `the sample ${e.message}` : e.message,
          })),
        ]
        first ??= { value, issues }
        // A schema that exhausted the step budget would only exhaust it again.
        if (g.steps > STEP_BUDGET) break
      }
      return report(options, first?.value, first?.issues ?? [], context.label)
    },
  }
}

function report(
  options: SamplerOptions,
  value: unknown,
  issues: readonly SampleIssue[],
  label: string | undefined,
): unknown {
  if (options.onIssue !== undefined)
    for (const issue of issues) options.onIssue(label === undefined ? issue : { ...issue, label })
  return value
}
