// 3. SDK call overhead: statusline's petstore SDK against raw fetch and openapi-fetch, sequential
// `GET /pets/{petId}` calls against the bare fixed-JSON server (in its own process), ~2 s per client
// per round, in short alternating batches (bench/sdk-overhead.mjs does the calling). Reports ops/s, each
// client's share of raw fetch (median of batch-by-batch ratios) and its CPU time per call.
import { fileURLToPath } from 'node:url'
import { lastLines, runNode, stop } from '../lib/children.mjs'
import { waitForAnswer } from '../lib/http.mjs'
import { startServer } from '../lib/mock-servers.mjs'
import { petstoreSpec, root } from '../lib/paths.mjs'
import { median } from '../lib/stats.mjs'

const script = fileURLToPath(new URL('../sdk-overhead.mjs', import.meta.url))
const PET = '{"id":1,"name":"Rex","tag":"dog"}'

/**
 * @param {{ runs: number, log: (line: string) => void }} context
 */
export async function measureOverhead({ runs, log }) {
  const server = await startServer('fixed', petstoreSpec, { body: PET })
  try {
    await waitForAnswer(`${server.origin}/pets/1`, { child: server.child, timeoutMs: 10_000 })
    const seconds = 2
    const result = await runNode(
      script,
      ['--url', server.origin, '--seconds', String(seconds), '--rounds', String(runs)],
      {
        cwd: root,
        timeoutMs: 60_000 + runs * 3 * (seconds + 1) * 1000,
      },
    )
    if (result.code !== 0)
      throw new Error(`sdk-overhead.mjs failed (exit ${result.code}): ${lastLines(result.stderr)}`)
    const { clients, share, cpu } = JSON.parse(result.stdout.trim().split('\n').at(-1))
    for (const [name, values] of Object.entries(clients))
      log(
        `  overhead ${name}: ${values.map((value) => value.toFixed(0)).join(', ')} ops/s, share of fetch ` +
          `${share[name].map((value) => value.toFixed(2)).join(', ')}, ` +
          `client CPU ${cpu[name].map((value) => value.toFixed(0)).join(', ')} µs/call`,
      )
    const medians = (values) =>
      Object.fromEntries(Object.entries(values).map(([name, list]) => [name, median(list)]))
    const ops = medians(clients)
    const shares = medians(share)
    const cpus = medians(cpu)
    const raw = ops.fetch
    return {
      rows: [
        {
          measurement: `SDK call, petstore GET /pets/{petId}, sequential`,
          unit: 'ops/s',
          better: 'higher',
          statusline: { label: 'SDK', value: ops.statusline },
          peers: [
            { label: 'raw fetch', value: raw },
            { label: 'openapi-fetch', value: ops['openapi-fetch'] },
          ],
        },
      ],
      failures: [],
      notes: [
        `SDK call ops/s as a share of raw fetch (median of batch-by-batch ratios): statusline ` +
          `${shares.statusline.toFixed(2)}, openapi-fetch ${shares['openapi-fetch'].toFixed(2)}; over all ` +
          `batches: statusline ${(ops.statusline / raw).toFixed(2)}, openapi-fetch ${(ops['openapi-fetch'] / raw).toFixed(2)}`,
        `client CPU per call: raw fetch ${cpus.fetch.toFixed(0)} µs, statusline ${cpus.statusline.toFixed(0)} µs, ` +
          `openapi-fetch ${cpus['openapi-fetch'].toFixed(0)} µs`,
      ],
    }
  } finally {
    await stop(server.child)
  }
}
