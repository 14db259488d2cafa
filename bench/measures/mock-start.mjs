// 5. Standalone mock on GitHub's REST description: time from spawn to the first answered request
// (GET /meta, polled every 25 ms) and the resident memory of the server at that moment, statusline
// mock against Prism (static), alternating run by run.
import { stop, treeRssMiB } from '../lib/children.mjs'
import { waitForAnswer } from '../lib/http.mjs'
import { MOCK_SERVERS, serverFailure, startServer } from '../lib/mock-servers.mjs'
import { githubSpec } from '../lib/paths.mjs'
import { median, roundOrder } from '../lib/stats.mjs'

const SERVERS = ['statusline', 'prism-static']
const PATH = '/meta'
const TIMEOUT_MS = 180_000

/**
 * @param {{ runs: number, log: (line: string) => void }} context
 */
export async function measureMockStart({ runs, log }) {
  const spec = githubSpec()
  const samples = new Map(SERVERS.map((name) => [name, { ms: [], rss: [], statuses: [] }]))
  const failures = []
  const broken = new Set()
  for (let round = 0; round < runs; round++) {
    for (const name of roundOrder(SERVERS, round)) {
      if (broken.has(name)) continue
      let server
      try {
        server = await startServer(name, spec)
        const answer = await waitForAnswer(server.base + PATH, { child: server.child, timeoutMs: TIMEOUT_MS })
        const ms = performance.now() - server.startedAt
        const rss = treeRssMiB(server.child.pid)
        const sample = samples.get(name)
        sample.ms.push(ms)
        sample.rss.push(rss)
        sample.statuses.push(answer.status)
        log(
          `  mock-start ${name} run ${round + 1}: ${(ms / 1000).toFixed(2)} s, ${rss?.toFixed(0)} MiB, GET ${PATH} → ${answer.status}`,
        )
      } catch (error) {
        broken.add(name)
        failures.push(serverFailure(name, server, error))
      } finally {
        if (server !== undefined) await stop(server.child)
      }
    }
  }
  const value = (name, key, scale = 1) => {
    const m = broken.has(name) ? null : median(samples.get(name)[key])
    return m === null ? null : m * scale
  }
  const statuses = SERVERS.map(
    (name) => `${name} ${[...new Set(samples.get(name).statuses)].join('/') || '—'}`,
  )
  return {
    rows: [
      {
        measurement: `mock GitHub: spawn → first answer (GET ${PATH})`,
        unit: 's',
        better: 'lower',
        statusline: { label: 'mock', value: value('statusline', 'ms', 1 / 1000) },
        peers: [{ label: MOCK_SERVERS['prism-static'].label, value: value('prism-static', 'ms', 1 / 1000) }],
      },
      {
        measurement: 'mock GitHub: RSS at first answer',
        unit: 'MiB',
        better: 'lower',
        statusline: { label: 'mock', value: value('statusline', 'rss') },
        peers: [{ label: MOCK_SERVERS['prism-static'].label, value: value('prism-static', 'rss') }],
      },
    ],
    failures,
    notes: [`mock GitHub first answer statuses: ${statuses.join(', ')}`],
  }
}
