/**
 * Reads one spec file (the root document or a file a `$ref` points to) into a value, choosing JSON or
 * YAML by extension and content, and keeping a way back from JSON pointers to lines for diagnostics.
 *
 * @module
 */

import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import type { DiagnosticCode } from '../diagnostics/codes.ts'
import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { decodeUtf8 } from './decode-utf8.ts'
import { pointerOf } from './json-pointer.ts'
import type { SourcePosition } from './line-index.ts'
import { parseJson } from './parse-json.ts'
import { type ParsedText, parseYaml } from './parse-yaml.ts'
import {
  findUnsafeIntegers,
  mayHoldNonFiniteNumbers,
  mayHoldUnsafeIntegers,
  removeNonFiniteNumbers,
} from './unsafe-numbers.ts'
import { writtenRefs as refsInText } from './written-refs.ts'

/** The syntax a source file was read as. */
export type SourceFormat = 'json' | 'yaml'

/** One file read and parsed. */
export interface SourceFile {
  /** Absolute path. */
  readonly path: string
  readonly format: SourceFormat
  /** The parsed value (for spec files, usually an object). */
  readonly value: unknown
  /** Problems that did not stop reading (YAML warnings, versions written as numbers, unsafe integers). */
  readonly warnings: readonly Diagnostic[]
  /** Line and column of the member a pointer names (its key, for object members); undefined when absent. */
  locate(segments: readonly string[]): SourcePosition | undefined
  /**
   * Every reference the text holds (`$ref` values, reference-like `discriminator.mapping` values), when
   * its text shows them all plainly (JSON only; see `written-refs.ts`); undefined otherwise. The text is
   * scanned when this is called: the bundler only needs the root file's.
   */
  readonly writtenRefs?: (() => ReadonlySet<string> | undefined) | undefined
}

const MAX_UNSAFE_INTEGER_WARNINGS = 5

/**
 * Reads and parses a file.
 *
 * @throws DiagnosticError SL001 when the file cannot be read, SL018 when it is not UTF-8, SL002/SL003 when
 * it does not parse.
 * @example
 * ```ts
 * const source = await readSource('specs/zoo/openapi.yaml')
 * source.locate(['paths', '/zoos']) // { line: 12, column: 3 }
 * ```
 */
export async function readSource(file: string): Promise<SourceFile> {
  const path = resolve(file)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new DiagnosticError([
      createDiagnostic('SL001', { file: path, message: `Cannot read ${path}: ${describeFsError(error)}` }),
    ])
  }
  return parseSource(decodeUtf8(bytes, path), path)
}

/**
 * Parses file text. `.json` files are JSON; `.yaml`/`.yml` files and any other extension are YAML 1.2,
 * except that text that looks like JSON (starts with `{` or `[`) is tried with the much faster JSON
 * parser first.
 *
 * @throws DiagnosticError SL002 (YAML) or SL003 (JSON) naming line and column.
 */
export function parseSource(text: string, path: string): SourceFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const extension = extname(path).toLowerCase()
  let format: SourceFormat
  let parsed: ParsedText
  if (extension === '.json') {
    format = 'json'
    parsed = parseJson(body, path)
  } else {
    const jsonLike = /^\s*[{[]/.test(body)
    const asJson = jsonLike ? tryParseJson(body, path) : undefined
    format = asJson ? 'json' : 'yaml'
    parsed = asJson ?? parseYaml(body, path)
  }
  const warnings = [
    ...parsed.warnings,
    ...unsafeIntegerWarnings(body, parsed, path, format),
    ...nonFiniteNumberWarnings(body, parsed, path, format),
  ]
  const writtenRefs = format === 'json' ? () => refsInText(body) : undefined
  return { path, format, value: parsed.value, warnings, locate: parsed.locate, writtenRefs }
}

function tryParseJson(text: string, path: string): ParsedText | undefined {
  try {
    return parseJson(text, path)
  } catch (error) {
    if (error instanceof DiagnosticError) return undefined
    throw error
  }
}

function unsafeIntegerWarnings(
  text: string,
  parsed: ParsedText,
  path: string,
  format: SourceFormat,
): Diagnostic[] {
  if (!mayHoldUnsafeIntegers(text, { json: format === 'json' })) return []
  const found = findUnsafeIntegers(parsed.value, MAX_UNSAFE_INTEGER_WARNINGS)
  return locatedWarnings('SL012', found, parsed, path, (segments) => {
    return `The integer read as ${readValue(parsed.value, segments)} is beyond 2^53 and may have lost precision`
  })
}

/** Removes infinite and NaN numbers (SL017): JSON, the mock data and generated literals cannot hold them. */
function nonFiniteNumberWarnings(
  text: string,
  parsed: ParsedText,
  path: string,
  format: SourceFormat,
): Diagnostic[] {
  if (!mayHoldNonFiniteNumbers(text, { json: format === 'json' })) return []
  const removed = removeNonFiniteNumbers(parsed.value)
  return locatedWarnings('SL017', removed, parsed, path, (segments) => {
    return `The number at ${pointerOf(segments) || '(root)'} is infinite or not a number; it is left out`
  })
}

/** One diagnostic per path in `found`, with its pointer and the line and column of the member it names. */
function locatedWarnings(
  code: DiagnosticCode,
  found: readonly string[][],
  parsed: ParsedText,
  path: string,
  message: (segments: readonly string[]) => string,
): Diagnostic[] {
  return found.map((segments) => {
    const at = parsed.locate(segments)
    return createDiagnostic(code, {
      file: path,
      pointer: pointerOf(segments),
      line: at?.line,
      column: at?.column,
      message: message(segments),
    })
  })
}

function readValue(root: unknown, segments: readonly string[]): string {
  let current: unknown = root
  for (const segment of segments) current = (current as Record<string, unknown>)[segment]
  return String(current)
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
