/** Type-checks files with the TypeScript compiler API, under the repository's strict options. */
import ts from 'typescript'
import { ROOT } from './paths.ts'

/** A compiler diagnostic reduced to what a failing assertion should show. */
export interface TypeError {
  readonly file: string
  readonly line: number
  readonly message: string
}

/** Options of the root tsconfig.json, optionally overridden (e.g. `{ strictNullChecks: false }`). */
export function rootCompilerOptions(overrides: ts.CompilerOptions = {}): ts.CompilerOptions {
  const configPath = `${ROOT}tsconfig.json`
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT)
  return { ...parsed.options, noEmit: true, ...overrides }
}

/** Type-checks `files` (and what they import); returns every error, empty when they compile. */
export function typecheck(files: readonly string[], overrides: ts.CompilerOptions = {}): TypeError[] {
  const program = ts.createProgram([...files], rootCompilerOptions(overrides))
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const file = d.file?.fileName ?? '<global>'
    const line =
      d.file !== undefined && d.start !== undefined
        ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
        : 0
    return { file, line, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }
  })
}
