/**
 * Renders diagnostics as one screen of plain text for a terminal: a headline per problem, where it is
 * (file, JSON pointer, line) and how to fix it. Never prints a stack trace, and never a raw control
 * character from the spec (they are shown as escapes).
 *
 * @module
 */

import { isAbsolute, relative } from 'node:path'
import { plural } from '../plural.ts'
import { diagnosticCodes } from './codes.ts'
import type { Diagnostic } from './diagnostic.ts'

/** Options of {@link renderDiagnostics}. */
export interface RenderOptions {
  /** Colour the output with ANSI escapes (default false). */
  color?: boolean
  /** Files under this directory are shown relative to it (default `process.cwd()`). */
  cwd?: string
  /** At most this many diagnostics are printed, errors first; the rest are counted (default 20). */
  max?: number
}

const ansi = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
}

/**
 * Renders diagnostics, errors before warnings, at most `max` of them:
 *
 * ```text
 * error SL005 broken-ref: Cannot resolve ./zoo.yaml: no such file
 *   at specs/x.yaml#/paths/~1zoos/get/responses/200 (line 12:7)
 *   fix: Correct the file path …
 * ```
 *
 * @example
 * ```ts
 * process.stderr.write(renderDiagnostics(error.diagnostics, { color: process.stderr.isTTY }))
 * ```
 */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: RenderOptions = {}): string {
  const color = options.color ?? false
  const cwd = options.cwd ?? process.cwd()
  const max = Math.max(0, options.max ?? 20)
  const paint = (style: keyof typeof ansi, text: string): string =>
    color ? `${ansi[style]}${text}${ansi.reset}` : text

  const sorted = [...diagnostics].sort((a, b) => rank(a) - rank(b))
  const shown = sorted.slice(0, max)
  const lines: string[] = []
  for (const d of shown) {
    const name = (diagnosticCodes as Record<string, { name: string } | undefined>)[d.code]?.name
    const label = paint(d.severity === 'error' ? 'red' : 'yellow', d.severity)
    const head = paint('bold', name ? `${d.code} ${name}` : d.code)
    lines.push(`${label} ${head}: ${oneLine(d.message)}`)
    lines.push(paint('dim', `  at ${formatLocation(d, cwd)}`))
    if (d.hint) lines.push(paint('dim', `  fix: ${oneLine(d.hint)}`))
  }
  const hidden = sorted.slice(shown.length)
  if (hidden.length > 0) {
    const errors = hidden.filter((d) => d.severity === 'error').length
    const warnings = hidden.length - errors
    lines.push(`… and ${hidden.length} more (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Formats where a diagnostic points: `file#pointer (line L:C)`, the file relative to `cwd` when inside it. */
export function formatLocation(diagnostic: Diagnostic, cwd: string = process.cwd()): string {
  let where = printable(displayPath(diagnostic.file, cwd))
  if (diagnostic.pointer !== undefined && diagnostic.pointer !== '')
    where += `#${printable(diagnostic.pointer)}`
  if (diagnostic.line !== undefined) {
    const column = diagnostic.column !== undefined ? `:${diagnostic.column}` : ''
    where += ` (line ${diagnostic.line}${column})`
  }
  return where
}

function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file
  const rel = relative(cwd, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : 1
}

/**
 * C0 and C1 control characters and the Unicode line separators. Spec text (names, values, pointers) is
 * quoted in messages, and a raw ESC, CR or BEL would drive the terminal (move the cursor, rewrite lines,
 * set the window title) instead of being shown.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** Escapes with a conventional short form. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' }

/** `text` with every control character written as a visible escape (`\r`, `\u001b`). */
function printable(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function oneLine(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' ').trim())
}
