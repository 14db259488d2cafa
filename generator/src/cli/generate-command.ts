/**
 * `statusline generate <spec> --out <dir> [--name <pkg>] [--check] [--no-mocks] [--watch]`, or
 * `statusline generate` alone for every spec of `statusline.config.ts`.
 *
 * @module
 */
import { relative } from 'node:path'
import { loadConfig, type SpecConfig } from '../config.ts'
import { generate } from '../generate.ts'
import { plural } from '../plural.ts'
import type { Drift } from '../write/check-drift.ts'
import { oneAtATime } from './one-at-a-time.ts'
import { pickSpecEntry } from './pick-spec-entry.ts'
import { CliUsageError, type Reporter } from './reporter.ts'
import { waitForSignal } from './wait-for-signal.ts'
import { type FileWatch, watchFiles } from './watch-files.ts'

/** How `--check` names each kind of drift. */
const DRIFT_WORDS: Readonly<Record<Drift['reason'], string>> = {
  missing: 'missing',
  changed: 'differs',
  retired: 'no longer generated (remove it)',
}

/** Parsed arguments of `generate`. */
export interface GenerateArgs {
  readonly positionals: readonly string[]
  readonly out?: string | undefined
  readonly name?: string | undefined
  readonly check: boolean
  readonly mocks: boolean
  /** Regenerate whenever a spec changes, until SIGINT/SIGTERM (or `abort`). */
  readonly watch?: boolean | undefined
  /** A config file other than `./statusline.config.ts`. */
  readonly config?: string | undefined
}

/** What one generation did: its exit code and the files it read. */
interface Generated {
  readonly code: number
  readonly sources: readonly string[]
}

async function generateOne(job: SpecConfig, check: boolean, reporter: Reporter): Promise<Generated> {
  const started = performance.now()
  const result = await generate({
    spec: job.spec,
    out: job.out,
    check,
    mocks: job.mocks ?? true,
    ...(job.name === undefined ? {} : { name: job.name }),
  })
  reporter.warnings(result.warnings)
  const where = relative(process.cwd(), job.out) || '.'
  const spec = relative(process.cwd(), job.spec) || job.spec
  if (check) {
    if (result.drift.length === 0) {
      reporter.info(`${where} is up to date with ${spec}`)
      return { code: 0, sources: result.sources }
    }
    for (const d of result.drift) reporter.info(`${DRIFT_WORDS[d.reason]}: ${where}/${d.path}`)
    reporter.info(`${where} is out of date: run statusline generate ${spec} --out ${where}`)
    return { code: 1, sources: result.sources }
  }
  const ms = Math.round(performance.now() - started)
  const ops = result.model.operations.length
  reporter.info(
    `generated ${result.files.length} files for ${plural(ops, 'operation')} into ${where} in ${ms} ms`,
  )
  return { code: 0, sources: result.sources }
}

async function jobsOf(args: GenerateArgs): Promise<SpecConfig[]> {
  const [spec, ...extra] = args.positionals
  if (extra.length > 0) throw new CliUsageError(`generate takes one spec, got also: ${extra.join(' ')}`)
  if (spec !== undefined) {
    if (args.out === undefined) throw new CliUsageError('generate needs --out <dir>')
    return [
      { spec, out: args.out, mocks: args.mocks, ...(args.name === undefined ? {} : { name: args.name }) },
    ]
  }
  const config = await loadConfig(process.cwd(), args.config)
  if (config === undefined) {
    throw new CliUsageError(
      'generate needs a spec: statusline generate <spec> --out <dir> (or a statusline.config.ts)',
    )
  }
  const jobs = args.name === undefined ? config.specs : [pickSpecEntry(config, args.name, process.cwd())]
  return args.mocks ? [...jobs] : jobs.map((job) => ({ ...job, mocks: false }))
}

/** Regenerates `job` whenever one of its sources changes; a broken spec keeps the previous output. */
function watchJob(job: SpecConfig, sources: readonly string[], reporter: Reporter): FileWatch {
  let watch: FileWatch
  const again = oneAtATime(() =>
    generateOne(job, false, reporter)
      .then((done) => {
        watch.close()
        watch = watchFiles(done.sources, again)
      })
      .catch((error: unknown) => {
        reporter.fail(error)
        reporter.info(
          `kept the previous output of ${relative(process.cwd(), job.out) || '.'}; fix the spec and save again`,
        )
      }),
  )
  watch = watchFiles(sources, again)
  return { close: () => watch.close() }
}

/** Runs `generate`; returns the exit code. With `watch`, runs until a signal or `abort`. */
export async function runGenerate(
  args: GenerateArgs,
  reporter: Reporter,
  abort?: AbortSignal,
): Promise<number> {
  const jobs = await jobsOf(args)
  if (args.watch === true && args.check)
    throw new CliUsageError('--watch and --check cannot be used together')
  let code = 0
  const watches: FileWatch[] = []
  // Listening for Ctrl+C/SIGTERM from the start: whoever waits for a line of output may stop it at once.
  const stopped = args.watch === true ? waitForSignal(abort) : undefined
  for (const job of jobs) {
    let sources: readonly string[] = [job.spec]
    try {
      const done = await generateOne(job, args.check, reporter)
      sources = done.sources
      code = Math.max(code, done.code)
    } catch (error) {
      if (args.watch !== true) throw error
      reporter.fail(error)
    }
    if (args.watch === true) watches.push(watchJob(job, sources, reporter))
  }
  if (args.watch !== true) return code
  reporter.info(
    `watching ${jobs.length === 1 ? 'the spec' : `${jobs.length} specs`} for changes · Ctrl+C to stop`,
  )
  await stopped
  for (const watch of watches) watch.close()
  return 0
}
