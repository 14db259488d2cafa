/**
 * Validates a bundled document against the official OpenAPI 3.0 / 3.1 JSON Schema (via
 * @seriousme/openapi-schema-validator). Vendors publish documents that are slightly off the schema and
 * still perfectly usable, so schema problems are warnings (SL007) with the pointer they are at, bounded
 * in number; only a document that cannot be used at all is an error.
 *
 * @module
 */

import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { plural } from '../plural.ts'
import { compiledSchema, type SchemaError } from './compiled-schema.ts'
import { parsePointer } from './json-pointer.ts'
import type { SourcePosition } from './line-index.ts'

/** Options of {@link validateDocument}. */
export interface ValidateOptions {
  /** The file the document was loaded from (named in the diagnostics). */
  readonly file: string
  /** Positions in that file, when its pointers match the document's. */
  readonly locate?: ((segments: readonly string[]) => SourcePosition | undefined) | undefined
  /** At most this many problems are reported one by one; the rest are summed up in one warning (default 20). */
  readonly maxWarnings?: number
}

/** Schema errors looked at (grouping is quadratic; a document this broken is summed up anyway). */
const MAX_SCHEMA_ERRORS = 1000

/**
 * Runs the schema check with the compiled schema alone: the validator package's `validate()` also
 * re-checks every `$ref` on a deep clone of the document, which the bundler has already done, and which
 * doubles the time on large documents (≈200 ms on GitHub's 13 MB spec).
 */
async function runValidator(
  document: Record<string, unknown>,
): Promise<{ valid: boolean; errors?: readonly SchemaError[] | string | undefined }> {
  const validate = await compiledSchema(String(document.openapi).startsWith('3.1') ? '3.1' : '3.0')
  try {
    const valid = validate(document)
    return valid ? { valid } : { valid, errors: validate.errors ?? [] }
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        valid: false,
        errors: 'The document is nested too deeply for the OpenAPI schema validator; it was not validated',
      }
    }
    throw error
  }
}

/**
 * Fails when the document cannot be used at all: `paths` is present but not an object (`webhooks` and
 * `components` likewise).
 *
 * @throws DiagnosticError SL007 (as an error) naming the field.
 */
export function assertUsable(document: Record<string, unknown>, options: ValidateOptions): void {
  const problems: Diagnostic[] = []
  for (const key of ['paths', 'webhooks', 'components']) {
    const value = document[key]
    if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value)))
      continue
    const at = options.locate?.([key])
    problems.push(
      createDiagnostic('SL007', {
        file: options.file,
        severity: 'error',
        pointer: `/${key}`,
        line: at?.line,
        column: at?.column,
        message: `\`${key}\` must be an object (a map), but it is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}`,
        hint: `Write \`${key}\` as a map, e.g. \`${key}: {}\`.`,
      }),
    )
  }
  if (problems.length > 0) throw new DiagnosticError(problems)
}

/**
 * Validates against the OpenAPI schema of the document's version and returns the problems as SL007
 * warnings: at most `maxWarnings` of them, plus one summary warning for the rest.
 *
 * @example
 * ```ts
 * const warnings = await validateDocument(document, { file: '/specs/zoo.yaml', locate })
 * ```
 */
export async function validateDocument(
  document: Record<string, unknown>,
  options: ValidateOptions,
): Promise<Diagnostic[]> {
  const result = await runValidator(document)
  if (result.valid) return []
  const { file, locate } = options
  const max = Math.max(0, options.maxWarnings ?? 20)
  if (typeof result.errors === 'string' || result.errors === undefined) {
    return [
      createDiagnostic('SL007', {
        file,
        message: result.errors ?? 'The document does not match the OpenAPI schema',
      }),
    ]
  }
  const groups = groupErrors(result.errors.slice(0, MAX_SCHEMA_ERRORS))
  const warnings = groups.slice(0, max).map(([pointer, messages]) => {
    const at = locateSafely(locate, pointer)
    return createDiagnostic('SL007', {
      file,
      pointer,
      line: at?.line,
      column: at?.column,
      message: `${pointer === '' ? 'The document' : 'The value'} ${messages.join('; ')}`,
    })
  })
  if (groups.length > max) {
    const rest = groups.length - max
    warnings.push(
      createDiagnostic('SL007', {
        file,
        message: `…and ${plural(rest, 'more place')} where the document does not match the OpenAPI schema`,
      }),
    )
  }
  return warnings
}

/**
 * Groups schema errors by the pointer they are at, dropping the noise of `oneOf`/`anyOf` branches: the
 * summary "must match a schema in oneOf" when a deeper error explains it, and "must have required
 * property '$ref'" (the Reference Object branch) when another error at the same place does.
 */
function groupErrors(errors: readonly SchemaError[]): [string, string[]][] {
  const paths = new Set(errors.map((e) => e.instancePath))
  const hasDeeper = (path: string): boolean => [...paths].some((p) => p !== path && p.startsWith(`${path}/`))
  const byPath = new Map<string, string[]>()
  const allowedByPath = new Map<string, unknown[]>()
  for (const error of errors) {
    const path = error.instancePath
    const siblings = errors.filter((e) => e.instancePath === path && e !== error)
    const isBranchSummary = error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if'
    if (isBranchSummary && (hasDeeper(path) || siblings.length > 0)) continue
    const isRefBranch = isRefRequired(error)
    if (isRefBranch && (hasDeeper(path) || siblings.some((e) => !isRefRequired(e)))) continue
    const messages = byPath.get(path) ?? []
    byPath.set(path, messages)
    // Alternatives of one enum each (`in` is "path" | "query" | …) read better as one list.
    const allowed =
      error.keyword === 'enum' ? (error.params.allowedValues as unknown[] | undefined) : undefined
    if (allowed) {
      allowedByPath.set(path, [...(allowedByPath.get(path) ?? []), ...allowed])
      continue
    }
    const message = describeError(error)
    if (!messages.includes(message)) messages.push(message)
  }
  for (const [path, allowed] of allowedByPath) {
    const values = [...new Set(allowed.map((v) => JSON.stringify(v)))]
    byPath.get(path)?.push(`must be one of ${values.join(', ')}`)
  }
  return [...byPath.entries()]
}

function isRefRequired(error: SchemaError): boolean {
  return error.keyword === 'required' && error.params.missingProperty === '$ref'
}

function describeError(error: SchemaError): string {
  const params = error.params
  switch (error.keyword) {
    case 'additionalProperties':
      return `must not have the field "${String(params.additionalProperty)}"`
    case 'required':
      return `must have the field "${String(params.missingProperty)}"`
    case 'unevaluatedProperties':
      return `must not have the field "${String(params.unevaluatedProperty)}"`
    default:
      return error.message ?? `fails the "${error.keyword}" rule`
  }
}

function locateSafely(locate: ValidateOptions['locate'], pointer: string): SourcePosition | undefined {
  if (!locate) return undefined
  try {
    return locate(parsePointer(pointer))
  } catch {
    return undefined
  }
}
