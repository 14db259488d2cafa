/**
 * The schema validator of the mock runtime.
 *
 * @module
 */

export type { Dialect } from './dialect.ts'
export type { Direction, Normalizer } from './normalize.ts'
export { getNormalizer } from './normalize.ts'
export type {
  SchemaValidator,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
  ValidationWarning,
  ValidatorOptions,
} from './types.ts'
export { createValidator } from './validator.ts'
