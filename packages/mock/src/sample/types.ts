/**
 * The public types of the sampler.
 *
 * @module
 */

import type { SchemaValidator } from '../validate/types.ts'

/** Options of {@link Sampler} creation. */
export interface SamplerOptions {
  /** The document root the schemas' `$ref`s resolve against: at least `{ components }`. */
  readonly root: object
  /** The document's `openapi` version: `3.0.x` (nullable, example) or `3.1.x` (JSON Schema 2020-12). */
  readonly openapi: string
  /** Default seed of every `sample()` call without its own. Default `1`. */
  readonly seed?: number
  /** Nesting depth past which optional properties are left out and arrays get `minItems`. Default `4`. */
  readonly maxDepth?: number
  /** Return the schema's `example`/`examples`/`default` (when valid) instead of generating. Default `true`. */
  readonly useExamples?: boolean
  /** A validator of the same document to reuse (else the sampler creates one). */
  readonly validator?: SchemaValidator
  /** Called when the sampler could not produce a valid value and returns its best effort. */
  readonly onIssue?: (issue: SampleIssue) => void
}

/** Per-call options of {@link Sampler.sample}. */
export interface SampleContext {
  /** Seed of this value; the same seed and schema always give the same value. */
  readonly seed?: number
  /** `request` leaves out `readOnly` properties, `response` (default) leaves out `writeOnly` ones. */
  readonly direction?: 'response' | 'request'
  /** Name of the property the value is for, to steer realism (`email`, `createdAt`…). */
  readonly propertyName?: string
  /** What the value is for (`getZoo 200 application/json`), carried by the issues it reports. */
  readonly label?: string
}

/** A value the sampler could not make valid; it returned its best effort. */
export interface SampleIssue {
  /** JSON Pointer of the value inside the sample. */
  readonly path: string
  /** The keyword that could not be satisfied (`pattern`, `oneOf`…). */
  readonly keyword: string
  readonly message: string
  /** The {@link SampleContext.label} of the call, when it had one. */
  readonly label?: string
}

/** Draws realistic, schema-valid values from the schemas of one document. */
export interface Sampler {
  /**
   * Draws a value for `schema`. Deterministic: the same schema, seed and direction give a deep-equal value.
   *
   * @example
   * const sampler = createSampler({ root: { components }, openapi: '3.1.0', seed: 42 })
   * sampler.sample({ $ref: '#/components/schemas/Zoo' }) // { id: 6211, name: 'Berlin', … }
   */
  sample(schema: unknown, context?: SampleContext): unknown
  /** The validator the sampler checks its values with. */
  readonly validator: SchemaValidator
}
