// 2. Type-check time of each generated GitHub SDK with a ten-line consumer calling one operation
// (GET /repos/{owner}/{repo}), and the error count: `tsc --noEmit --strict --skipLibCheck` with
// moduleResolution Bundler, one tsconfig per tool under .cache/bench/typecheck/<tool>. statusline
// (SDK only) against openapi-fetch (openapi-typescript types), hey-api and orval.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { lastLines, runNode } from '../lib/children.mjs'
import { cache, githubSpec, root, statuslineBin } from '../lib/paths.mjs'
import { ensurePeer } from '../lib/peers.mjs'
import { median, roundOrder } from '../lib/stats.mjs'
import { GENERATORS, outDir } from './generate.mjs'

const TSC = join(root, 'node_modules/typescript/bin/tsc')
const TIMEOUT_MS = 600_000

/** Each SDK: the generator whose output it checks, and the consumer (`out` is the import path of it). */
const SDKS = [
  {
    id: 'statusline',
    label: 'statusline SDK',
    generator: 'statusline-no-mocks',
    consumer: (out) => `import { createClient } from '@statusline/client'
import { reposGet } from '${out}/index.js'

const client = createClient({ baseUrl: 'https://api.github.com' })
const res = await reposGet({ path: { owner: 'octocat', repo: 'hello-world' } }, { client })
if (res.status === 200) console.log(res.data.full_name, res.data.stargazers_count)
else console.log(res.status)
export {}
`,
  },
  {
    id: 'openapi-fetch',
    label: 'openapi-fetch + openapi-typescript',
    generator: 'openapi-typescript',
    consumer: (out) => `import createClient from 'openapi-fetch'
import type { paths } from '${out}/schema.d.ts'

const client = createClient<paths>({ baseUrl: 'https://api.github.com' })
const { data, error, response } = await client.GET('/repos/{owner}/{repo}', {
  params: { path: { owner: 'octocat', repo: 'hello-world' } },
})
if (data) console.log(data.full_name, data.stargazers_count)
else console.log(response.status, error)
`,
  },
  {
    id: 'hey-api',
    label: 'hey-api',
    generator: 'hey-api',
    consumer: (out) => `import { client } from '${out}/client.gen.ts'
import { reposGet } from '${out}/index.ts'

client.setConfig({ baseUrl: 'https://api.github.com' })
const { data, error, response } = await reposGet({ path: { owner: 'octocat', repo: 'hello-world' } })
if (data) console.log(data.full_name, data.stargazers_count)
else console.log(response?.status, error)
export {}
`,
  },
  {
    id: 'orval',
    label: 'orval',
    generator: 'orval',
    consumer: (out) => `import { reposGet } from '${out}/api.ts'

const res = await reposGet('octocat', 'hello-world')
if (res.status === 200) console.log(res.data.full_name, res.data.stargazers_count)
else console.log(res.status)
export {}
`,
  },
]

/** Generates, once and untimed, the outputs the type-check needs that `gen` did not leave behind. */
async function ensureGenerated(ids, log) {
  const failures = new Map()
  for (const id of ids) {
    const generator = GENERATORS.find((candidate) => candidate.id === id)
    if (existsSync(join(outDir(id), generator.marker))) continue
    let bin = statuslineBin
    if (generator.peer !== undefined) {
      const peer = await ensurePeer(generator.peer)
      if (!peer.ok) {
        failures.set(id, peer.reason)
        continue
      }
      bin = peer.bin
    }
    log(`  typecheck: generating ${id} first`)
    rmSync(outDir(id), { recursive: true, force: true })
    mkdirSync(outDir(id), { recursive: true })
    const result = await runNode(bin, generator.args(githubSpec(), outDir(id)), {
      cwd: root,
      timeoutMs: TIMEOUT_MS,
    })
    if (result.code !== 0 || !existsSync(join(outDir(id), generator.marker)))
      failures.set(
        id,
        `generate failed (exit ${result.code}): ${lastLines(result.stderr + result.stdout, 3)}`,
      )
  }
  return failures
}

/** Writes the consumer and tsconfig of one SDK; returns the project directory. */
function writeProject(sdk) {
  const dir = join(cache, 'typecheck', sdk.id)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const out = relative(dir, outDir(sdk.generator))
  writeFileSync(join(dir, 'consumer.ts'), sdk.consumer(out))
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['consumer.ts', `${out}/**/*.ts`],
  }
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`)
  return dir
}

/**
 * Type-checks every SDK `runs` times, alternating; returns rows of time, peak memory and error count.
 *
 * @param {{ runs: number, log: (line: string) => void }} context
 */
export async function measureTypecheck({ runs, log }) {
  const missing = await ensureGenerated(
    SDKS.map((sdk) => sdk.generator),
    log,
  )
  const failures = []
  const sdks = []
  for (const sdk of SDKS) {
    if (missing.has(sdk.generator)) failures.push({ tool: sdk.label, reason: missing.get(sdk.generator) })
    else sdks.push({ ...sdk, dir: writeProject(sdk) })
  }
  const samples = new Map(sdks.map((sdk) => [sdk.id, { ms: [], rss: [], errors: [] }]))
  const firstErrors = new Map()
  for (let round = 0; round < runs; round++) {
    for (const sdk of roundOrder(sdks, round)) {
      const result = await runNode(TSC, ['-p', join(sdk.dir, 'tsconfig.json'), '--pretty', 'false'], {
        cwd: sdk.dir,
        timeoutMs: TIMEOUT_MS,
        nodeArgs: ['--max-old-space-size=8192'],
      })
      const errorLines = result.stdout.split('\n').filter((line) => /error TS\d+:/.test(line))
      if (result.timedOut || (result.code !== 0 && errorLines.length === 0)) {
        failures.push({
          tool: sdk.label,
          reason: `tsc ${result.timedOut ? 'timed out' : `crashed (exit ${result.code})`}: ${lastLines(result.stderr + result.stdout, 3)}`,
        })
        continue
      }
      if (!firstErrors.has(sdk.id)) firstErrors.set(sdk.id, errorLines.slice(0, 3))
      const sample = samples.get(sdk.id)
      sample.ms.push(result.ms)
      sample.rss.push(result.rssMiB)
      sample.errors.push(errorLines.length)
      log(
        `  typecheck ${sdk.id} run ${round + 1}: ${(result.ms / 1000).toFixed(1)} s, ${errorLines.length} errors`,
      )
    }
  }
  const value = (id, key, scale = 1) => {
    const m = median(samples.get(id)?.[key] ?? [])
    return m === null ? null : m * scale
  }
  const row = (measurement, unit, key, scale) => ({
    measurement,
    unit,
    better: 'lower',
    statusline: { label: 'SDK', value: value('statusline', key, scale) },
    peers: SDKS.filter((sdk) => sdk.id !== 'statusline').map((sdk) => ({
      label: sdk.label,
      value: value(sdk.id, key, scale),
    })),
  })
  const notes = [...firstErrors]
    .filter(([, lines]) => lines.length > 0)
    .map(
      ([id, lines]) =>
        `typecheck ${id}, first errors: ${lines.map((line) => line.slice(0, 200)).join(' | ')}`,
    )
  return {
    rows: [
      row('type-check GitHub SDK + consumer: time', 's', 'ms', 1 / 1000),
      row('type-check GitHub SDK + consumer: tsc peak RSS', 'MiB', 'rss'),
      row('type-check GitHub SDK + consumer: errors', 'count', 'errors'),
    ],
    failures,
    notes,
  }
}
