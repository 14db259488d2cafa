/**
 * `statusline generate <spec> --out <dir> [--name <pkg>] [--check] [--no-mocks]`.
 *
 * @module
 */
import { relative } from 'node:path'
import { generate } from '../generate.ts'
import { CliUsageError, type Reporter } from './reporter.ts'

/** Parsed arguments of `generate`. */
export interface GenerateArgs {
  readonly positionals: readonly string[]
  readonly out?: string | undefined
  readonly name?: string | undefined
  readonly check: boolean
  readonly mocks: boolean
}

/** Runs `generate`; returns the exit code. */
export async function runGenerate(args: GenerateArgs, reporter: Reporter): Promise<number> {
  const [spec, ...extra] = args.positionals
  if (spec === undefined)
    throw new CliUsageError('generate needs a spec: statusline generate <spec> --out <dir>')
  if (extra.length > 0) throw new CliUsageError(`generate takes one spec, got also: ${extra.join(' ')}`)
  if (args.out === undefined) throw new CliUsageError('generate needs --out <dir>')
  const started = performance.now()
  const result = await generate({
    spec,
    out: args.out,
    check: args.check,
    mocks: args.mocks,
    ...(args.name === undefined ? {} : { name: args.name }),
  })
  reporter.warnings(result.warnings)
  const where = relative(process.cwd(), args.out) || '.'
  if (args.check) {
    if (result.drift.length === 0) {
      reporter.info(`${where} is up to date with ${spec}`)
      return 0
    }
    for (const d of result.drift)
      reporter.info(`${d.reason === 'missing' ? 'missing' : 'differs'}: ${where}/${d.path}`)
    reporter.info(`${where} is out of date: run statusline generate ${spec} --out ${where}`)
    return 1
  }
  const ms = Math.round(performance.now() - started)
  const ops = result.model.operations.length
  reporter.info(`generated ${result.files.length} files for ${ops} operations into ${where} in ${ms} ms`)
  return 0
}
