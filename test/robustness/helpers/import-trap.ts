/**
 * Run in a child process (`node --disallow-code-generation-from-strings --import tsx import-trap.ts
 * <module>...`): installs traps, imports each module, and prints one JSON line — a `TrapReport` — on the
 * original stdout. The traps record any assignment to `globalThis.__pwned`, any console output, any
 * `process.exit`, and any write to stdout or stderr during the imports. `--disallow-code-generation-from-strings`
 * makes `eval`/`new Function` throw, so the imports are also proven not to compile code from strings.
 */

/** What happened while the modules were imported. */
export interface TrapReport {
  /** Values assigned to `globalThis.__pwned` (the payloads name where they came from). */
  readonly pwned: string[]
  /** Console calls, stdout/stderr writes and exit attempts, described. */
  readonly sideEffects: string[]
  /** Export names of each module, by specifier. */
  readonly exports: Record<string, string[]>
  /** Import failures, by specifier. */
  readonly errors: Record<string, string>
}

const report: TrapReport = { pwned: [], sideEffects: [], exports: {}, errors: {} }

Object.defineProperty(globalThis, '__pwned', {
  configurable: false,
  get: () => undefined,
  set: (value: unknown) => {
    report.pwned.push(String(value))
  },
})

const writeOut = process.stdout.write.bind(process.stdout)
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const
const originalConsole = consoleMethods.map((method) => console[method])
for (const method of consoleMethods) {
  console[method] = (...args: unknown[]) => {
    report.sideEffects.push(`console.${method}(${args.map(String).join(' ')})`)
  }
}
process.stdout.write = ((chunk: unknown) => {
  report.sideEffects.push(`stdout: ${String(chunk)}`)
  return true
}) as typeof process.stdout.write
process.stderr.write = ((chunk: unknown) => {
  report.sideEffects.push(`stderr: ${String(chunk)}`)
  return true
}) as typeof process.stderr.write
const originalExit = process.exit
process.exit = ((code?: number) => {
  report.sideEffects.push(`process.exit(${code})`)
  return undefined as never
}) as typeof process.exit

for (const specifier of process.argv.slice(2)) {
  try {
    const module = (await import(specifier)) as Record<string, unknown>
    report.exports[specifier] = Object.keys(module)
  } catch (error) {
    report.errors[specifier] = error instanceof Error ? error.message : String(error)
  }
}

consoleMethods.forEach((method, index) => {
  console[method] = originalConsole[index] as (typeof console)[typeof method]
})
process.exit = originalExit
writeOut(`${JSON.stringify(report)}\n`)
