/**
 * Test helpers of the sampler: sample a schema under many seeds and require every value to validate.
 * Used by the `*.test.ts` files of `sample/` only.
 *
 * @module
 */

import { expect } from 'vitest'
import { createSampler } from './sampler.ts'
import type { SampleContext, SampleIssue, Sampler, SamplerOptions } from './types.ts'

/** A sampler over `schemas` (as `components.schemas`) that records its issues. */
export function samplerFor(
  schemas: Record<string, unknown>,
  openapi = '3.1.0',
  options: Partial<SamplerOptions> = {},
): { sampler: Sampler; issues: SampleIssue[]; root: { components: { schemas: Record<string, unknown> } } } {
  const issues: SampleIssue[] = []
  const root = { components: { schemas } }
  const sampler = createSampler({ root, openapi, onIssue: (issue) => issues.push(issue), ...options })
  return { sampler, issues, root }
}

/** Samples `schema` with seeds 1…`count`, asserts each value validates, and returns the values. */
export function sampleValid(
  sampler: Sampler,
  schema: unknown,
  count = 25,
  context: SampleContext = {},
): unknown[] {
  const values: unknown[] = []
  for (let seed = 1; seed <= count; seed++) {
    const value = sampler.sample(schema, { ...context, seed })
    const result = sampler.validator.validate(schema, value, { direction: context.direction ?? 'response' })
    expect(result.errors, `seed ${seed}: ${JSON.stringify(value)}`).toEqual([])
    values.push(value)
  }
  return values
}
