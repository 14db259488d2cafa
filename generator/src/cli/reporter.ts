/**
 * The CLI's only printer: diagnostics, progress lines and failures, each rendered once, here.
 *
 * @module
 */

import type { Diagnostic } from '../diagnostics/diagnostic.ts'
import { DiagnosticError } from '../diagnostics/diagnostic.ts'
import { renderDiagnostics } from '../diagnostics/render.ts'

/** Where the CLI prints; tests pass their own sinks. */
export interface Reporter {
  info(line: string): void
  warnings(diagnostics: readonly Diagnostic[]): void
  /** Prints a failure; returns the exit code to use (always 1). */
  fail(error: unknown): number
}

/** Creates the reporter that prints to the process's stdout and stderr. */
export function createReporter(options: { debug: boolean; color: boolean }): Reporter {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`)
  }
  const err = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  return {
    info: out,
    warnings(diagnostics) {
      if (diagnostics.length > 0) err(renderDiagnostics([...diagnostics], { color: options.color }))
    },
    fail(error) {
      if (error instanceof DiagnosticError) {
        err(renderDiagnostics(error.diagnostics, { color: options.color }))
      } else if (error instanceof CliUsageError) {
        err(`statusline: ${error.message}`)
        err('Run `statusline --help` for usage.')
      } else {
        const message = error instanceof Error ? error.message : String(error)
        err(message.startsWith('[statusline]') ? message : `[statusline] ${message}`)
      }
      if (options.debug && error instanceof Error && error.stack !== undefined) err(error.stack)
      return 1
    },
  }
}

/** A mistake in how the CLI was called (unknown option, missing argument). */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}
