// 6. Mock throughput and p99 latency on petstore's `GET /pets`, the same load client for every server
// (bench/load.mjs, autocannon, in its own process: 10 keep-alive connections, 1 s warm-up, 5 s measured):
// statusline mock, Prism static, Prism dynamic and a bare node:http server answering fixed JSON (the
// ceiling). Each server is started fresh for each run, servers alternating run by run.
import { fileURLToPath } from 'node:url'
import { lastLines, runNode, stop } from '../lib/children.mjs'
import { waitForAnswer } from '../lib/http.mjs'
import { MOCK_SERVERS, serverFailure, startServer } from '../lib/mock-servers.mjs'
import { petstoreSpec, root } from '../lib/paths.mjs'
import { median, roundOrder } from '../lib/stats.mjs'

const loadScript = fileURLToPath(new URL('../load.mjs', import.meta.url))
const SERVERS = ['statusline', 'prism-static', 'prism-dynamic', 'fixed']
const PATH = '/pets'
const SECONDS = 5
const CONNECTIONS = 10
/** What the ceiling answers: three pets, the size of a mock's list. */
const PETS = JSON.stringify([
  { id: 1, name: 'Rex', tag: 'dog' },
  { id: 2, name: 'Tom', tag: 'cat' },
  { id: 3, name: 'Nemo' },
])

/**
 * @param {{ runs: number, log: (line: string) => void }} context
 */
export async function measureMockLoad({ runs, log }) {
  const samples = new Map(
    SERVERS.map((name) => [name, { rps: [], p99: [], errors: 0, non2xx: 0, requests: 0 }]),
  )
  const failures = []
  const broken = new Set()
  for (let round = 0; round < runs; round++) {
    for (const name of roundOrder(SERVERS, round)) {
      if (broken.has(name)) continue
      let server
      try {
        server = await startServer(name, petstoreSpec, { body: PETS })
        const url = server.base + PATH
        const first = await waitForAnswer(url, { child: server.child, timeoutMs: 60_000 })
        if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}, not 200`)
        const result = await runNode(
          loadScript,
          ['--url', url, '--seconds', String(SECONDS), '--connections', String(CONNECTIONS), '--warmup', '1'],
          { cwd: root, timeoutMs: (SECONDS + 30) * 1000 },
        )
        if (result.code !== 0)
          throw new Error(`load.mjs failed (exit ${result.code}): ${lastLines(result.stderr)}`)
        const load = JSON.parse(result.stdout.trim().split('\n').at(-1))
        const sample = samples.get(name)
        sample.rps.push(load.rps)
        sample.p99.push(load.p99Ms)
        sample.errors += load.errors
        sample.non2xx += load.non2xx
        sample.requests += load.requests
        log(
          `  mock-load ${name} run ${round + 1}: ${load.rps.toFixed(0)} req/s, p99 ${load.p99Ms?.toFixed(1)} ms, ` +
            `${load.non2xx} non-2xx, ${load.errors} errors`,
        )
      } catch (error) {
        broken.add(name)
        failures.push(serverFailure(name, server, error))
      } finally {
        if (server !== undefined) await stop(server.child)
      }
    }
  }
  const value = (name, key) => (broken.has(name) ? null : median(samples.get(name)[key]))
  const peers = (key) =>
    SERVERS.slice(1).map((name) => ({ label: MOCK_SERVERS[name].label, value: value(name, key) }))
  return {
    rows: [
      {
        measurement: `mock petstore GET ${PATH}: throughput, ${CONNECTIONS} conns`,
        unit: 'req/s',
        better: 'higher',
        statusline: { label: 'mock', value: value('statusline', 'rps') },
        peers: peers('rps'),
      },
      {
        measurement: `mock petstore GET ${PATH}: p99 latency`,
        unit: 'ms',
        better: 'lower',
        statusline: { label: 'mock', value: value('statusline', 'p99') },
        peers: peers('p99'),
      },
    ],
    failures,
    notes: [
      `mock load (all runs): ${SERVERS.map((name) => {
        const s = samples.get(name)
        return `${name} ${s.requests} requests, ${s.non2xx} non-2xx, ${s.errors} errors`
      }).join('; ')}`,
    ],
  }
}
