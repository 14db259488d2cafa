/**
 * Diagnostics: the problem type, the table of stable codes and the renderer.
 *
 * @module
 */

// Codes
export type { DiagnosticCode, DiagnosticCodeInfo, DiagnosticSeverity } from './codes.ts'
export { diagnosticCodes } from './codes.ts'

// Diagnostic
export type { Diagnostic, DiagnosticInit } from './diagnostic.ts'
export { createDiagnostic, DiagnosticError, hasErrors } from './diagnostic.ts'

// Rendering
export type { RenderOptions } from './render.ts'
export { formatLocation, renderDiagnostics } from './render.ts'
