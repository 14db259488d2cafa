/**
 * Which specification a document follows, from its `openapi` or `swagger` field (OpenAPI 3.1 §4.8.1,
 * Swagger 2.0 "swagger"). statusline reads OpenAPI 3.0.x and 3.1.x, and Swagger 2.0 after an upgrade.
 *
 * @module
 */

import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import type { SourcePosition } from './line-index.ts'

/** The version a document declares. */
export type SpecVersion =
  | { readonly kind: 'swagger2' }
  /** `version` is the `openapi` field, normalised to a string (e.g. `'3.1.0'`). */
  | { readonly kind: 'openapi'; readonly version: string; readonly minor: '3.0' | '3.1' }

/** What {@link detectVersion} found, with warnings for versions written as numbers. */
export interface VersionCheck {
  readonly version: SpecVersion
  readonly warnings: readonly Diagnostic[]
}

type Locate = ((segments: readonly string[]) => SourcePosition | undefined) | undefined

/**
 * Reads the declared version. A version written as a number (`openapi: 3.0` in JSON; YAML sources keep
 * their text already) is normalised to `3.0.0` / `2.0` with an SL011 warning, and written back to the
 * document so later stages (and the validator) see a string.
 *
 * @throws DiagnosticError SL007 when the document is not an object, SL004 when the version is missing or
 * unsupported.
 */
export function detectVersion(document: unknown, file: string, locate: Locate): VersionCheck {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const what =
      document === null || document === undefined
        ? 'empty'
        : Array.isArray(document)
          ? 'a list'
          : `a ${typeof document}`
    throw new DiagnosticError([
      createDiagnostic('SL007', {
        file,
        pointer: '',
        severity: 'error',
        message: `The document is ${what}; an OpenAPI document is an object with an \`openapi\` field`,
      }),
    ])
  }
  const record = document as Record<string, unknown>
  const warnings: Diagnostic[] = []
  const fail = (key: string, message: string, hint?: string): never => {
    const at = locate?.([key])
    throw new DiagnosticError([
      createDiagnostic('SL004', {
        file,
        pointer: key === '' ? '' : `/${key}`,
        line: at?.line,
        column: at?.column,
        message,
        hint,
      }),
    ])
  }

  if (record.openapi !== undefined) {
    let text = versionText(record, 'openapi', '3.0.0', file, locate, warnings)
    if (/^\d+\.\d+$/.test(text)) {
      // `3.0` (often an unquoted YAML number kept as text): the schema wants major.minor.patch.
      text = `${text}.0`
      record.openapi = text
    }
    const match = /^(\d+)\.(\d+)(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?$/.exec(text)
    const minor = match ? `${match[1]}.${match[2]}` : undefined
    if (minor !== '3.0' && minor !== '3.1') {
      return fail(
        'openapi',
        `OpenAPI ${JSON.stringify(text)} is not supported; statusline reads OpenAPI 3.0.x and 3.1.x (and Swagger 2.0)`,
      )
    }
    return { version: { kind: 'openapi', version: text, minor }, warnings }
  }
  if (record.swagger !== undefined) {
    const text = versionText(record, 'swagger', '2.0', file, locate, warnings)
    if (text !== '2.0')
      return fail('swagger', `Swagger ${JSON.stringify(text)} is not supported; only Swagger 2.0 is upgraded`)
    return { version: { kind: 'swagger2' }, warnings }
  }
  if (record.swaggerVersion !== undefined) {
    return fail(
      'swaggerVersion',
      `Swagger ${JSON.stringify(record.swaggerVersion)} (swaggerVersion) is not supported`,
      'Convert the document to Swagger 2.0 or OpenAPI 3.x first (e.g. with api-spec-converter).',
    )
  }
  return fail('', 'The document has neither an `openapi` nor a `swagger` field')
}

/** The version field as a string; numbers are normalised and reported. */
function versionText(
  record: Record<string, unknown>,
  key: 'openapi' | 'swagger',
  wholeNumberForm: string,
  file: string,
  locate: Locate,
  warnings: Diagnostic[],
): string {
  const value = record[key]
  if (typeof value === 'string') return value
  if (typeof value !== 'number') return String(value)
  const text = Number.isInteger(value) ? wholeNumberForm.replace(/^\d+/, String(value)) : String(value)
  const at = locate?.([key])
  warnings.push(
    createDiagnostic('SL011', {
      file,
      pointer: `/${key}`,
      line: at?.line,
      column: at?.column,
      message: `\`${key}\` is the number ${value}; read as the string "${text}"`,
    }),
  )
  record[key] = text
  return text
}
