/**
 * The generate pipeline: load → model → emit → write. Everything is produced in memory first, so a
 * problem anywhere leaves the output directory untouched.
 *
 * @module
 */
import type { Diagnostic } from './diagnostics/diagnostic.ts'
import { emitSdk } from './emit/index.ts'
import { emitMocks } from './emit/mocks/index.ts'
import { emitPackageJson } from './emit/package/package-json.ts'
import { loadSpec, withLines, withLinesOnError } from './load/index.ts'
import { buildModel } from './model/build-model.ts'
import type { ApiModel } from './model/types.ts'
import { type Drift, findDrift } from './write/check-drift.ts'
import { assertNoForeignFiles } from './write/foreign-files.ts'
import { removeRetiredFiles } from './write/retired-files.ts'
import { type FileToWrite, writeFilesAtomically } from './write/write-files.ts'

/** What `generate()` is asked to do. */
export interface GenerateOptions {
  /** Path of the OpenAPI document (YAML or JSON, OpenAPI 3.0/3.1 or Swagger 2.0). */
  readonly spec: string
  /** Output directory; created when missing. */
  readonly out: string
  /** When set, also writes a `package.json` for a package of this name. */
  readonly name?: string
  /** Compare with the files on disk instead of writing them. */
  readonly check?: boolean
  /** Leave out `mocks.ts` and `mock-data.ts`. */
  readonly mocks?: boolean
}

/** What `generate()` did. */
export interface GenerateResult {
  readonly model: ApiModel
  readonly files: readonly FileToWrite[]
  /** Warnings from loading and modelling (slightly invalid vendor specs still generate). */
  readonly warnings: readonly Diagnostic[]
  /** Absolute paths of every file the spec was read from, the root first (for watch modes). */
  readonly sources: readonly string[]
  /** With `check`: the files that differ from disk (empty when up to date). */
  readonly drift: readonly Drift[]
}

/** Produces the files for a spec without writing them. */
export async function renderFiles(
  options: Pick<GenerateOptions, 'spec' | 'name' | 'mocks'>,
): Promise<Omit<GenerateResult, 'drift'>> {
  const loaded = await loadSpec(options.spec)
  const { model, warnings } = withLinesOnError(loaded, () => buildModel(loaded.document, loaded.source))
  const files: FileToWrite[] = [...(await emitSdk(model, { mocks: options.mocks !== false }))]
  if (options.mocks !== false) files.push(...emitMocks(model))
  if (options.name !== undefined) files.push(emitPackageJson(model, options.name))
  return {
    model,
    files,
    warnings: [...loaded.warnings, ...withLines(warnings, loaded)],
    sources: loaded.files,
  }
}

/**
 * Generates the SDK (and mocks) for one spec into `options.out`, or with `check` reports drift.
 *
 * @example
 * ```ts
 * const { drift } = await generate({ spec: 'specs/zoo.yaml', out: 'packages/zoo-sdk', check: true })
 * ```
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const rendered = await renderFiles(options)
  if (options.check === true) return { ...rendered, drift: await findDrift(options.out, rendered.files) }
  await assertNoForeignFiles(options.out, rendered.files)
  await writeFilesAtomically(options.out, rendered.files)
  await removeRetiredFiles(
    options.out,
    rendered.files.map((file) => file.path),
  )
  return { ...rendered, drift: [] }
}
