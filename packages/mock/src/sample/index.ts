/**
 * The schema-driven data sampler of the mock runtime.
 *
 * @module
 */

export { createSampler } from './sampler.ts'
export { hashSeed } from './seed.ts'
export type { SampleContext, SampleIssue, Sampler, SamplerOptions } from './types.ts'
