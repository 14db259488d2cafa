// 1. Generation time and peak memory on GitHub's REST description: statusline (SDK + mocks, and SDK
// only) against openapi-typescript (types), orval (fetch client), hey-api (fetch client) and
// msw-auto-mock (mocks). Each tool runs as its CLI in a child process, tools alternating run by run.
// The outputs stay in .cache/bench/out/<tool> for the type-check measurement.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { lastLines, runNode } from '../lib/children.mjs'
import { cache, githubSpec, root, statuslineBin } from '../lib/paths.mjs'
import { ensurePeer } from '../lib/peers.mjs'
import { median, roundOrder } from '../lib/stats.mjs'

const TIMEOUT_MS = 600_000

/** Where each generator writes its GitHub output. */
export const outDir = (tool) => join(cache, 'out', tool)

/**
 * The generators: the peer each needs, a file its output must contain (some CLIs exit 0 on failure),
 * and its command line (bin, spec, output dir).
 */
export const GENERATORS = [
  {
    id: 'statusline',
    label: 'statusline (SDK + mocks)',
    marker: 'mocks.ts',
    args: (spec, out) => ['generate', spec, '--out', out],
  },
  {
    id: 'statusline-no-mocks',
    label: 'statusline --no-mocks (SDK)',
    marker: 'client.js',
    args: (spec, out) => ['generate', spec, '--out', out, '--no-mocks'],
  },
  {
    id: 'openapi-typescript',
    peer: 'openapi-typescript',
    label: 'openapi-typescript (types)',
    marker: 'schema.d.ts',
    args: (spec, out) => [spec, '--output', join(out, 'schema.d.ts')],
  },
  {
    id: 'orval',
    peer: 'orval',
    label: 'orval (fetch client)',
    marker: 'api.ts',
    args: (spec, out) => ['--input', spec, '--output', join(out, 'api.ts'), '--client', 'fetch'],
  },
  {
    id: 'hey-api',
    peer: 'hey-api',
    label: 'hey-api (fetch client)',
    marker: 'sdk.gen.ts',
    args: (spec, out) => ['--input', spec, '--output', out, '--client', '@hey-api/client-fetch', '--silent'],
  },
  {
    id: 'msw-auto-mock',
    peer: 'msw-auto-mock',
    label: 'msw-auto-mock (mocks)',
    marker: 'handlers.ts',
    // A loopback base URL: the mock-validity measurement serves these handlers through msw's interception.
    args: (spec, out) => [spec, '--output', out, '--typescript', '--base-url', 'http://127.0.0.1:9'],
  },
]

/**
 * Runs every generator `runs` times on GitHub, alternating; returns result rows and failures.
 *
 * @param {{ runs: number, log: (line: string) => void }} context
 */
export async function measureGenerate({ runs, log }) {
  const spec = githubSpec()
  const failures = []
  const tools = []
  for (const generator of GENERATORS) {
    if (generator.peer === undefined) {
      tools.push({ ...generator, bin: statuslineBin })
      continue
    }
    const peer = await ensurePeer(generator.peer)
    if (peer.ok) tools.push({ ...generator, bin: peer.bin, version: peer.version })
    else failures.push({ tool: generator.label, reason: peer.reason })
  }
  const samples = new Map(tools.map((tool) => [tool.id, { ms: [], rss: [] }]))
  const broken = new Set()
  for (let round = 0; round < runs; round++) {
    for (const tool of roundOrder(tools, round)) {
      if (broken.has(tool.id)) continue
      const out = outDir(tool.id)
      rmSync(out, { recursive: true, force: true })
      // msw-auto-mock writes into an existing directory only.
      mkdirSync(out, { recursive: true })
      const result = await runNode(tool.bin, tool.args(spec, out), { cwd: root, timeoutMs: TIMEOUT_MS })
      const written = existsSync(join(out, tool.marker))
      if (result.code !== 0 || !written) {
        broken.add(tool.id)
        const why = result.timedOut
          ? `timed out after ${TIMEOUT_MS / 1000} s`
          : result.code !== 0
            ? `exit ${result.code}`
            : `exit 0 but no ${tool.marker} written`
        failures.push({
          tool: tool.label,
          reason: `generate failed (${why}): ${lastLines(result.stderr + result.stdout, 3)}`,
        })
        log(`  gen ${tool.id}: FAILED (${why})`)
        continue
      }
      samples.get(tool.id).ms.push(result.ms)
      samples.get(tool.id).rss.push(result.rssMiB)
      log(
        `  gen ${tool.id} run ${round + 1}: ${(result.ms / 1000).toFixed(1)} s, ${result.rssMiB?.toFixed(0)} MiB`,
      )
    }
  }
  const value = (id, key, scale = 1) => {
    const m = median(samples.get(id)?.[key] ?? [])
    return m === null || broken.has(id) ? null : m * scale
  }
  const peers = (key, scale) =>
    tools
      .filter((tool) => tool.id !== 'statusline')
      .map((tool) => ({ label: tool.label, value: value(tool.id, key, scale) }))
  return {
    rows: [
      {
        measurement: 'generate GitHub: time',
        unit: 's',
        better: 'lower',
        statusline: { label: 'SDK + mocks', value: value('statusline', 'ms', 1 / 1000) },
        peers: peers('ms', 1 / 1000),
      },
      {
        measurement: 'generate GitHub: peak RSS',
        unit: 'MiB',
        better: 'lower',
        statusline: { label: 'SDK + mocks', value: value('statusline', 'rss') },
        peers: peers('rss'),
      },
    ],
    failures,
    generated: Object.fromEntries(
      tools.filter((tool) => !broken.has(tool.id)).map((tool) => [tool.id, outDir(tool.id)]),
    ),
  }
}
