#!/usr/bin/env node
// Runs the CLI without a build step. Normally from a bundle of its TypeScript compiled on the first start
// and kept until a source file changes (precompiled.mjs); with --debug, or when no bundle can be built,
// from the TypeScript sources through tsx, whose stack traces point into them.
const debug = process.argv.includes('--debug')
const main = debug ? undefined : await (await import('./precompiled.mjs')).precompiledMain()
process.exitCode = await (main ?? (await fromSources()))(process.argv.slice(2))

async function fromSources() {
  const { register } = await import('tsx/esm/api')
  register()
  // tsx turns on source maps so that stack traces point into the TypeScript; Node then reads and keeps
  // the source map of every module it loads, dependencies included (≈0.1 s of a `mock` start). Only
  // --debug prints stack traces.
  if (!debug) process.setSourceMapsEnabled(false)
  return (await import('../src/cli/main.ts')).main
}
