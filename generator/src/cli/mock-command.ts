/**
 * `statusline mock <spec> [--port 4010] [--host 127.0.0.1] [--seed N] [--stateful] [--delay ms] [--no-cors]`:
 * serves the spec's mock over HTTP under the path of its first server URL, with the admin API and the
 * scenario panel, reloads when the spec changes (a broken edit keeps the previous version serving), and
 * stops cleanly on SIGINT/SIGTERM.
 *
 * @module
 */
import { relative } from 'node:path'
import { createMock, type MockOptions, type UntypedOperations } from '@statusline/mock'
import { basePathOf, type MockServer, startMockServer } from '@statusline/mock/node'
import { loadConfig, type MockConfig } from '../config.ts'
import { plural } from '../plural.ts'
import { collectGarbage } from './collect-garbage.ts'
import { loadMockData } from './load-mock.ts'
import { oneAtATime } from './one-at-a-time.ts'
import { pickSpecEntry } from './pick-spec-entry.ts'
import { CliUsageError, type Reporter } from './reporter.ts'
import { waitForSignal } from './wait-for-signal.ts'
import { type FileWatch, watchFiles } from './watch-files.ts'

/** Recorded calls the server keeps for `GET /__statusline/api/calls` (older ones are dropped). */
const MAX_CALLS = 1000

/** Parsed arguments of `mock`. */
export interface MockArgs {
  readonly positionals: readonly string[]
  readonly port?: string | undefined
  readonly host?: string | undefined
  readonly seed?: string | undefined
  readonly delay?: string | undefined
  readonly stateful?: boolean | undefined
  readonly cors?: boolean | undefined
  /** Selects a spec of the config file by its `name` (or spec path). */
  readonly name?: string | undefined
  readonly config?: string | undefined
  /** Watch the spec and reload (default true). */
  readonly watch?: boolean | undefined
  /** Print one line per request (default true). */
  readonly log?: boolean | undefined
}

/** Stops the command from a test (the CLI stops on SIGINT/SIGTERM). */
export interface MockRunControl {
  readonly abort?: AbortSignal
  /** Called once the server listens. */
  readonly onListening?: (server: MockServer) => void
}

function integer(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new CliUsageError(`--${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`)
  }
  return value
}

async function pickSpec(args: MockArgs): Promise<{ spec: string; config: MockConfig }> {
  const [spec, ...extra] = args.positionals
  if (extra.length > 0) throw new CliUsageError(`mock takes one spec, got also: ${extra.join(' ')}`)
  if (spec !== undefined) return { spec, config: {} }
  const loaded = await loadConfig(process.cwd(), args.config)
  if (loaded === undefined) {
    throw new CliUsageError('mock needs a spec: statusline mock <spec> (or a statusline.config.ts)')
  }
  const chosen = pickSpecEntry(loaded, args.name, process.cwd())
  return { spec: chosen.spec, config: chosen.mock ?? {} }
}

/** Runs `mock` until a signal (or `control.abort`); resolves to the exit code. */
export async function runMock(
  args: MockArgs,
  reporter: Reporter,
  control: MockRunControl = {},
): Promise<number> {
  const { spec, config } = await pickSpec(args)
  const port = integer('port', args.port, 0, 65_535) ?? config.port ?? 4010
  const seed = integer('seed', args.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) ?? config.seed
  const delay = integer('delay', args.delay, 0, 600_000) ?? config.delay
  const host = args.host ?? config.host ?? '127.0.0.1'
  const stateful = args.stateful === true || config.stateful === true
  const label = relative(process.cwd(), spec) || spec

  const started = performance.now()
  let current = await loadMockData(spec)
  const basePath = basePathOf(current.data.servers[0])
  const options: MockOptions = {
    baseUrl: basePath === '' ? '/' : basePath,
    ...(seed === undefined ? {} : { seed }),
    ...(delay === undefined ? {} : { delay }),
    ...(stateful ? { stateful: true } : {}),
    maxCalls: MAX_CALLS,
  }
  reporter.warnings(current.warnings)
  const mock = createMock<UntypedOperations>(current.data, options)
  // What loading the spec left behind is garbage now: return it before serving (see collect-garbage.ts).
  collectGarbage()
  const server = await startMockServer({
    mock,
    port,
    host,
    basePath,
    cors: args.cors ?? config.cors ?? true,
    ...(args.log === false ? {} : { log: (line: string) => reporter.info(line) }),
  })
  // Listening for Ctrl+C/SIGTERM before saying the server is ready: whoever waits for the banner may
  // stop it at once.
  const stopped = waitForSignal(control.abort)
  const ms = Math.round(performance.now() - started)
  const count = current.data.operations.length
  reporter.info(
    `statusline mock: ${current.data.title}, ${plural(count, 'operation')} from ${label}, ready in ${ms} ms`,
  )
  reporter.info(`  API    ${server.apiUrl}`)
  reporter.info(`  panel  ${server.panelUrl}`)
  reporter.info(`  admin  ${server.adminUrl}`)
  control.onListening?.(server)

  let watch: FileWatch | undefined
  const rewatch = () => {
    watch?.close()
    watch = watchFiles(current.files, reload)
  }
  const reload = oneAtATime(async () => {
    try {
      const next = await loadMockData(spec)
      const failed = server.setMock(createMock<UntypedOperations>(next.data, options))
      current = next
      collectGarbage()
      reporter.warnings(next.warnings)
      reporter.info(`reloaded ${label}: ${plural(next.data.operations.length, 'operation')}`)
      if (failed.length > 0)
        reporter.info(
          `  scenarios dropped (operation gone or status no longer declared): ${failed.join(', ')}`,
        )
      rewatch()
    } catch (error) {
      reporter.fail(error)
      reporter.info(`kept serving the previous version of ${label}; fix the spec and save again`)
    }
  })
  if (args.watch !== false) {
    rewatch()
    reporter.info(`watching ${label} for changes · Ctrl+C to stop`)
  }

  const signal = await stopped
  watch?.close()
  await server.close()
  reporter.info(`statusline mock stopped (${signal})`)
  return 0
}
