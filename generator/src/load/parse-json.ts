/**
 * JSON text to a value: `JSON.parse` for speed, and on failure a scan that names the line and column of
 * the first syntax error.
 *
 * @module
 */

import { createDiagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { findJsonSyntaxError, locateInJson } from './json-text.ts'
import { createLineIndex } from './line-index.ts'
import type { ParsedText } from './parse-yaml.ts'

/**
 * Parses JSON text (RFC 8259; duplicate keys keep the last value, as `JSON.parse` does).
 *
 * @throws DiagnosticError SL003 naming the line and column of the first syntax error.
 */
export function parseJson(text: string, file: string): ParsedText {
  const position = createLineIndex(text)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const problem = findJsonSyntaxError(text)
    const at = position(problem?.offset ?? text.length)
    throw new DiagnosticError([
      createDiagnostic('SL003', {
        file,
        line: at.line,
        column: at.column,
        message: `Invalid JSON: ${problem?.message ?? (error instanceof Error ? error.message : String(error))}`,
      }),
    ])
  }
  return {
    value,
    warnings: [],
    locate: (segments) => {
      const offset = locateInJson(text, segments)
      return offset === undefined ? undefined : position(offset)
    },
  }
}
