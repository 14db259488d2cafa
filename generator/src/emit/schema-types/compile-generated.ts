/**
 * Test support for the compile checks of `schema.d.ts`: renders a spec's SDK through the generate
 * pipeline into a scratch directory inside the repository (so generated code resolves the workspace
 * packages), and type-checks it with the TypeScript API under the strictest consumer options,
 * declaration files included.
 *
 * @module
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { renderFiles } from '../../generate.ts'

/** The repository root. */
export const REPOSITORY = fileURLToPath(new URL('../../../../', import.meta.url))

/** Scratch space for these checks, git-ignored. */
export const SCRATCH = join(REPOSITORY, '.cache', 'schema-types')

/**
 * Compiler options of a strict consumer; `.d.ts` files are checked too (`skipLibCheck: false`), and so
 * is `client.js` (`checkJs`): its descriptors and calls against the runtime's types.
 */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: false,
  allowJs: true,
  checkJs: true,
  types: [],
}

/** Renders the SDK of `spec` (with mocks) into `dir`, replacing what was there; returns the file names. */
export async function renderInto(spec: string, dir: string): Promise<string[]> {
  const { files } = await renderFiles({ spec })
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const file of files) writeFileSync(join(dir, file.path), file.contents)
  return files.map((file) => file.path)
}

/** The SDK files of a generated directory: the types and the client, without the mocks. */
export const SDK_FILES = [
  'schema.d.ts',
  'operation-types.d.ts',
  'client.d.ts',
  'client.js',
  'index.d.ts',
  'index.js',
]

/**
 * `Parameter 'x' implicitly has an 'any' type.`: the functions of `client.js` declare no types (those
 * are in `client.d.ts`), so in JavaScript this says nothing; every other error of `client.js` counts.
 */
const IMPLICIT_ANY_PARAMETER = 7006

/**
 * Type-checks `files` of `dir` (default: every `.ts` and `.js` file in it); returns the errors as
 * `file(line): message`, empty when it compiles.
 */
export function typecheckDirectory(
  dir: string,
  files: readonly string[] = readdirSync(dir).filter((name) => name.endsWith('.ts') || name.endsWith('.js')),
  options: ts.CompilerOptions = STRICT_OPTIONS,
): string[] {
  const roots = files.map((name) => join(dir, name))
  const program = ts.createProgram({ rootNames: roots, options })
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .filter(
      (diagnostic) =>
        !(diagnostic.code === IMPLICIT_ANY_PARAMETER && diagnostic.file?.fileName.endsWith('.js')),
    )
  return diagnostics.map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(REPOSITORY, '')}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})`
      : 'options'
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}
