/**
 * The `statusline` command: parses arguments and dispatches. Nothing else lives here.
 *
 * @module
 */
import { parseArgs } from 'node:util'
import { CliUsageError, createReporter } from './reporter.ts'

const USAGE = `statusline — a status-typed SDK and MSW mocks from one OpenAPI document

Usage:
  statusline generate <spec> --out <dir> [--name <pkg>] [--check] [--no-mocks] [--watch]
  statusline generate                      every spec of statusline.config.ts (--name to pick one)
  statusline mock <spec> [--port 4010] [--host 127.0.0.1] [--seed N] [--stateful] [--delay ms] [--no-cors]
  statusline mock                          the first spec of statusline.config.ts (--name to pick one)

Options:
  --out <dir>     where generate writes schema.d.ts, operation-types.d.ts, client.d.ts, client.js, index.d.ts, index.js, mocks.ts, mock-data.ts
  --name <pkg>    also write a package.json for a package of that name
  --check         exit 1 when <dir> differs from what would be generated (for CI)
  --no-mocks      leave out the mocks
  --watch         generate: regenerate when the spec changes (mock watches unless --no-watch)
  --config <file> a config file other than ./statusline.config.ts
  --port, --host  where the mock server listens (default 127.0.0.1:4010; --port 0 picks a free port)
  --seed <n>      seed of the mock's generated data
  --stateful      the mock remembers created resources (POST, GET, PUT, DELETE)
  --delay <ms>    the mock waits this long before every answer
  --no-cors       the mock sends no CORS headers
  --no-log        the mock prints no line per request
  --debug         print stack traces
  -h, --help      this text
  -v, --version   the version`

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug')
  const reporter = createReporter({ debug, color: process.stderr.isTTY === true })
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        name: { type: 'string' },
        check: { type: 'boolean', default: false },
        mocks: { type: 'boolean', default: true },
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        stateful: { type: 'boolean', default: false },
        delay: { type: 'string' },
        cors: { type: 'boolean', default: true },
        watch: { type: 'boolean' },
        config: { type: 'string' },
        log: { type: 'boolean', default: true },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
    const [command, ...rest] = positionals
    if (values.version) {
      reporter.info('statusline 0.1.0')
      return 0
    }
    if (values.help || command === undefined || command === 'help') {
      reporter.info(USAGE)
      return command === undefined && !values.help ? 1 : 0
    }
    switch (command) {
      case 'generate':
        // Each command is imported when it runs: `mock` never loads the emitters (ts-morph, typescript).
        return await (await import('./generate-command.ts')).runGenerate(
          {
            positionals: rest,
            out: values.out,
            name: values.name,
            check: values.check,
            mocks: values.mocks,
            watch: values.watch,
            config: values.config,
          },
          reporter,
        )
      case 'mock':
        return await (await import('./mock-command.ts')).runMock(
          {
            positionals: rest,
            port: values.port,
            host: values.host,
            seed: values.seed,
            delay: values.delay,
            stateful: values.stateful,
            cors: values.cors,
            name: values.name,
            config: values.config,
            watch: values.watch,
            log: values.log,
          },
          reporter,
        )
      default:
        throw new CliUsageError(`unknown command ${JSON.stringify(command)}`)
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return reporter.fail(new CliUsageError(error.message))
    }
    return reporter.fail(error)
  }
}
