/**
 * The public types of the schema validator.
 *
 * @module
 */

/** One reason a value failed its schema. */
export interface ValidationIssue {
  /** JSON Pointer of the failing value inside the validated value (`''` for the value itself). */
  readonly path: string
  /** What is wrong, e.g. `must have required property 'id'`. */
  readonly message: string
  /**
   * The JSON Schema keyword that failed (`required`, `type`, `oneOf`…), or `recursion` when the schema
   * refers to itself without consuming data and validation cannot finish.
   */
  readonly keyword: string
  /** Where in the (normalised) schema the keyword sits. */
  readonly schemaPath: string
}

/** The outcome of validating one value. */
export interface ValidationResult {
  readonly valid: boolean
  /** Empty when valid. */
  readonly errors: readonly ValidationIssue[]
}

/** Something in the document's schemas the validator could not check as written (dropped or ignored). */
export interface ValidationWarning {
  /** A JSON Pointer into the root document, or `<where>/…` for an inline schema. */
  readonly pointer: string
  readonly message: string
}

/** Validates values against the schemas of one OpenAPI document. */
export interface SchemaValidator {
  /** `3.0` or `3.1`, from the document's `openapi` version. */
  readonly dialect: '3.0' | '3.1'
  /**
   * Validates `value` against `schema` (a schema of the document, which may `$ref` into
   * `components`). Compiles each schema object once (per direction); later calls reuse the compiled function.
   *
   * @throws when the schema cannot be compiled at all (its message names where).
   */
  validate(schema: unknown, value: unknown, options?: ValidateOptions): ValidationResult
  /** Keywords dropped because they were malformed (invalid patterns, broken refs…) and unknown formats. */
  readonly warnings: readonly ValidationWarning[]
}

/** Per-call options of {@link SchemaValidator.validate}. */
export interface ValidateOptions {
  /**
   * `request`: required `readOnly` properties may be absent; `response`: required `writeOnly` ones
   * may be (OAS 3.0.3 §4.7.24). Unset: `required` as written.
   */
  readonly direction?: 'request' | 'response'
}

/** Options of {@link SchemaValidator} creation. */
export interface ValidatorOptions {
  /** The document root the schemas' `$ref`s resolve against: at least `{ components }`. */
  readonly root: object
  /** The document's `openapi` version (`3.0.3`, `3.1.0`…): selects the schema dialect. */
  readonly openapi: string
  /** Report every failing keyword instead of the first (slower). Default `false`. */
  readonly allErrors?: boolean
}
