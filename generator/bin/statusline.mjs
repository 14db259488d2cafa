#!/usr/bin/env node
// Runs the CLI from its TypeScript source: tsx compiles on the fly (and caches what it compiled), so no
// build step is needed.
import { register } from 'tsx/esm/api'

register()
// tsx turns on source maps so that stack traces point into the TypeScript; Node then reads and keeps the
// source map of every module it loads, dependencies included (≈0.1 s of a `mock` start). Only --debug
// prints stack traces.
if (!process.argv.includes('--debug')) process.setSourceMapsEnabled(false)
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
