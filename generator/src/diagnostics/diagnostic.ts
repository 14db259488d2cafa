/**
 * The diagnostic: one problem found in a spec, with a stable code, the file and the JSON pointer where it
 * sits, and a hint on how to fix it. Diagnostics are collected while loading and building the model and
 * rendered once, at the CLI boundary.
 *
 * @module
 */

import { type DiagnosticCode, type DiagnosticSeverity, diagnosticCodes } from './codes.ts'

/** One problem found in a spec. */
export interface Diagnostic {
  /** A stable code from the codes table, e.g. `SL005`. */
  code: string
  severity: DiagnosticSeverity
  /** Absolute path of the file the problem is in. */
  file: string
  /** RFC 6901 JSON pointer into `file` (`''` is the whole document), without the leading `#`. */
  pointer?: string
  /** 1-based line in `file`, when known. */
  line?: number
  /** 1-based column in `file`, when known. */
  column?: number
  /** What is wrong, naming the offending value. */
  message: string
  /** How to fix it. */
  hint?: string
}

/** The fields a producer gives to {@link createDiagnostic}; severity and hint default from the code table. */
export interface DiagnosticInit {
  file: string
  message: string
  pointer?: string | undefined
  line?: number | undefined
  column?: number | undefined
  hint?: string | undefined
  severity?: DiagnosticSeverity | undefined
}

/**
 * Builds a diagnostic for a code of the table, taking the severity and hint from the table unless given.
 * Optional fields that are `undefined` are left out.
 *
 * @example
 * ```ts
 * createDiagnostic('SL005', { file, pointer: '/paths/~1zoos/get/$ref', message: 'No such file ./zoo.yaml' })
 * ```
 */
export function createDiagnostic(code: DiagnosticCode, init: DiagnosticInit): Diagnostic {
  const info = diagnosticCodes[code]
  const diagnostic: Diagnostic = {
    code,
    severity: init.severity ?? info.severity,
    file: init.file,
    message: init.message,
  }
  if (init.pointer !== undefined) diagnostic.pointer = init.pointer
  if (init.line !== undefined) diagnostic.line = init.line
  if (init.column !== undefined) diagnostic.column = init.column
  diagnostic.hint = init.hint ?? info.fix
  return diagnostic
}

/**
 * Thrown by the generator for problems it cannot work around. Carries every diagnostic gathered up to
 * that point (errors first); render them with `renderDiagnostics`.
 *
 * @example
 * ```ts
 * try { await loadSpec('spec.yaml') } catch (e) {
 *   if (e instanceof DiagnosticError) console.error(renderDiagnostics(e.diagnostics))
 * }
 * ```
 */
export class DiagnosticError extends Error {
  /** The problems, errors before warnings. */
  readonly diagnostics: Diagnostic[]

  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = [...diagnostics].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
    const first = sorted[0]
    const errorCount = sorted.filter((d) => d.severity === 'error').length
    const more = errorCount > 1 ? ` (and ${errorCount - 1} more error${errorCount > 2 ? 's' : ''})` : ''
    const where = first ? `${first.file}${first.pointer ? `#${first.pointer}` : ''}` : ''
    super(
      first
        ? `[statusline] Failed to load the spec: ${first.code} ${first.message} (${where})${more}`
        : '[statusline] Failed to load the spec: no diagnostic was given',
    )
    this.name = 'DiagnosticError'
    this.diagnostics = sorted
  }
}

function severityRank(severity: DiagnosticSeverity): number {
  return severity === 'error' ? 0 : 1
}

/** True when any of the diagnostics is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
