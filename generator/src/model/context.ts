/**
 * The state shared while one model is built: the document, its source file, and the diagnostics
 * (codes from `diagnostics/codes.ts`) gathered so far.
 *
 * @module
 */

import {
  createDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  DiagnosticError,
} from '../diagnostics/index.ts'
import type { JsonRecord } from './record.ts'

export type { Diagnostic }

/** The state of one model build. */
export interface ModelContext {
  /** The bundled document being modelled. */
  readonly document: JsonRecord
  /** The file the document came from. */
  readonly source: string
  /** Warnings reported so far, in the order they were found. */
  readonly warnings: Diagnostic[]
  /** Reports a problem that was worked around. */
  warn(code: DiagnosticCode, pointer: string, message: string, hint?: string): void
  /** Stops the build with an error (plus the warnings gathered so far). */
  fail(code: DiagnosticCode, pointer: string, message: string, hint?: string): never
}

/**
 * Creates the context of one model build.
 *
 * @example
 * const context = buildContext(document, 'specs/zoo.yaml')
 * context.warn('SL009', '/paths/~1zoos~1{zId}/get', 'The path uses {zId} but declares no such parameter.')
 */
export function buildContext(document: JsonRecord, source: string): ModelContext {
  const warnings: Diagnostic[] = []
  return {
    document,
    source,
    warnings,
    warn(code, pointer, message, hint) {
      warnings.push(createDiagnostic(code, { file: source, pointer, message, hint, severity: 'warning' }))
    },
    fail(code, pointer, message, hint) {
      const error = createDiagnostic(code, { file: source, pointer, message, hint, severity: 'error' })
      throw new DiagnosticError([error, ...warnings])
    },
  }
}
