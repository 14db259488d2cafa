#!/usr/bin/env node
// `npm run bench`: statusline against its peers on real specs (GitHub's REST description and
// specs/petstore.yaml), in one run, tools alternating run by run. Prints the machine and one table of
// medians and ratios, and writes the same to .cache/bench/results.json. Peers are installed on demand
// into .cache/bench/peers/<tool>; a peer that cannot be installed or run is skipped with its reason.
// Every spawned process is stopped at exit, on failure and on Ctrl-C.
//
//   node bench/run.mjs [--runs 3] [--quick] [--only gen,typecheck,overhead,size,mock-start,mock-load,mock-valid]
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { killAll, rssMethod } from './lib/children.mjs'
import { cache } from './lib/paths.mjs'
import { PEERS, SKIPPED } from './lib/peers.mjs'
import { renderTable } from './lib/table.mjs'
import { measureGenerate } from './measures/generate.mjs'
import { measureMockLoad } from './measures/mock-load.mjs'
import { measureMockStart } from './measures/mock-start.mjs'
import { measureMockValid } from './measures/mock-valid.mjs'
import { measureOverhead } from './measures/overhead.mjs'
import { measureSize } from './measures/size.mjs'
import { measureTypecheck } from './measures/typecheck.mjs'

/** The measurements, in the order they run. */
const MEASURES = {
  gen: { title: '1. generation time and peak RSS, GitHub', run: measureGenerate },
  typecheck: { title: '2. type-check of the generated GitHub SDKs', run: measureTypecheck },
  overhead: { title: '3. SDK call overhead, petstore', run: measureOverhead },
  size: { title: '4. size of a one-operation app', run: measureSize },
  'mock-start': { title: '5. standalone mock startup, GitHub', run: measureMockStart },
  'mock-load': { title: '6. mock throughput and p99, petstore', run: measureMockLoad },
  'mock-valid': { title: '7. schema-valid mock bodies, GitHub', run: measureMockValid },
}

const USAGE = `node bench/run.mjs [--runs N] [--quick] [--only ${Object.keys(MEASURES).join(',')}]`

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const runs = values.quick ? 1 : Number(values.runs ?? 3)
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(
      `[statusline] Failed to start the bench: --runs must be an integer from 1 to 50, got ${values.runs}`,
    )
  const only =
    values.only === undefined ? Object.keys(MEASURES) : values.only.split(',').map((name) => name.trim())
  const unknown = only.filter((name) => !(name in MEASURES))
  if (unknown.length > 0)
    throw new Error(
      `[statusline] Failed to start the bench: unknown measurement(s) ${unknown.join(', ')} (usage: ${USAGE})`,
    )
  return { runs, quick: values.quick, only }
}

function machine() {
  const cpus = os.cpus()
  return {
    nproc: os.availableParallelism(),
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    freeMemoryGiB: Number((os.freemem() / 1024 ** 3).toFixed(1)),
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    rssMethod,
  }
}

async function main() {
  const { runs, quick, only } = options()
  const started = performance.now()
  const host = machine()
  const log = (line) => console.error(line)
  console.error(`[bench] ${only.join(', ')} — ${runs} run(s) each; progress on stderr, the table on stdout`)
  const results = {
    date: new Date().toISOString(),
    runs,
    machine: host,
    rows: [],
    failures: [],
    notes: [],
    measures: {},
  }
  for (const name of only) {
    const measure = MEASURES[name]
    log(`[bench] ${measure.title}`)
    const t = performance.now()
    try {
      const result = await measure.run({ runs, quick, log })
      results.rows.push(...result.rows)
      results.failures.push(...result.failures.map((failure) => ({ measure: name, ...failure })))
      results.notes.push(...(result.notes ?? []))
      results.measures[name] = { seconds: (performance.now() - t) / 1000, ok: true }
    } catch (error) {
      log(`[bench] ${name} failed: ${error.stack ?? error}`)
      results.failures.push({ measure: name, tool: 'bench', reason: error.message })
      results.measures[name] = { seconds: (performance.now() - t) / 1000, ok: false }
    }
    await killAll()
  }
  results.seconds = (performance.now() - started) / 1000
  results.peers = Object.fromEntries(
    Object.entries(PEERS).map(([name, peer]) => [name, peer.install?.join(' ') ?? `${peer.local} (repo)`]),
  )
  results.skipped = SKIPPED

  const out = []
  out.push(
    `machine: ${host.nproc} CPUs (${host.cpu}), ${host.memoryGiB} GiB RAM (${host.freeMemoryGiB} free), ` +
      `load ${host.loadAverage.join(' ')}, node ${host.node}, ${host.platform}`,
  )
  out.push(
    `runs: ${runs} per tool (median), tools alternating; peak memory by ${rssMethod}; total ${results.seconds.toFixed(0)} s`,
  )
  out.push('')
  out.push(...renderTable(results.rows))
  if (results.notes.length > 0) out.push('', 'notes:', ...results.notes.map((note) => `  ${note}`))
  const skipped = [
    ...results.failures.map((failure) => `  [${failure.measure}] ${failure.tool}: ${failure.reason}`),
    ...Object.entries(SKIPPED).map(([name, reason]) => `  ${name}: ${reason}`),
  ]
  if (skipped.length > 0) out.push('', 'skipped or failed:', ...skipped)
  console.log(out.join('\n'))
  mkdirSync(cache, { recursive: true })
  writeFileSync(join(cache, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nwritten: ${join(cache, 'results.json')}`)
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    console.error(`[bench] ${signal}: stopping every child process`)
    await killAll(500)
    process.exit(130)
  })

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await killAll()
}
