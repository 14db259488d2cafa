#!/usr/bin/env node
// Runs the CLI from its TypeScript source, so no build step is needed: from the compile cache of
// compiled-cli.mjs, or under tsx (which compiles on the fly and caches what it compiled) with --debug,
// whose stack traces point into the TypeScript, and when there is no usable cache.
import { loadCompiledCli } from './compiled-cli.mjs'

const debug = process.argv.includes('--debug')
let cli = debug ? undefined : await loadCompiledCli()
if (cli === undefined) {
  const { register } = await import('tsx/esm/api')
  register()
  // tsx turns on source maps so that stack traces point into the TypeScript; Node then reads and keeps
  // the source map of every module it loads, dependencies included (≈0.1 s of a `mock` start). Only
  // --debug prints stack traces.
  if (!debug) process.setSourceMapsEnabled(false)
  cli = await import('../src/cli/main.ts')
}
process.exitCode = await cli.main(process.argv.slice(2))
