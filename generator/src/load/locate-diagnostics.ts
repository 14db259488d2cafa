/**
 * Lines for diagnostics found after loading (the model's SL007/SL008/SL009/SL015 carry a JSON pointer
 * only): the loaded spec knows where each pointer of the root file is written.
 *
 * @module
 */

import { type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import type { LoadedSpec } from './load-spec.ts'

/**
 * Returns `diagnostics` with `line`/`column` filled in from `spec.locate` for those in the root file
 * that have a pointer but no line.
 *
 * @example
 * ```ts
 * const { model, warnings } = buildModel(spec.document, spec.source)
 * reporter.warnings(withLines(warnings, spec)) // `at spec.yaml#/paths/~1a/get (line 12:5)`
 * ```
 */
export function withLines(
  diagnostics: readonly Diagnostic[],
  spec: Pick<LoadedSpec, 'source' | 'locate'>,
): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    if (diagnostic.line !== undefined || diagnostic.pointer === undefined || diagnostic.file !== spec.source)
      return diagnostic
    const at = spec.locate(diagnostic.pointer)
    return at === undefined ? diagnostic : { ...diagnostic, line: at.line, column: at.column }
  })
}

/**
 * Runs `build` (a step after loading, such as building the model), giving the diagnostics of a
 * `DiagnosticError` it throws their lines the way {@link withLines} does; other errors pass unchanged.
 *
 * @throws DiagnosticError the error `build` threw, its diagnostics located.
 * @example
 * ```ts
 * const { model } = withLinesOnError(spec, () => buildModel(spec.document, spec.source))
 * ```
 */
export function withLinesOnError<T>(spec: Pick<LoadedSpec, 'source' | 'locate'>, build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof DiagnosticError) throw new DiagnosticError(withLines(error.diagnostics, spec))
    throw error
  }
}
