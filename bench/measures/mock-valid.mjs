// 7. Share of schema-valid mock bodies over the first 100 fillable GET operations of GitHub's REST
// description, the same requests to each: statusline mock, Prism dynamic, Prism static (servers on
// loopback) and msw-auto-mock's handlers (through msw/node in the checking process). The checking
// and validation are bench/mock-validity.mjs; this starts and stops the servers.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lastLines, runNode, stop } from '../lib/children.mjs'
import { waitForAnswer } from '../lib/http.mjs'
import { MOCK_SERVERS, serverFailure, startServer } from '../lib/mock-servers.mjs'
import { githubSpec, root } from '../lib/paths.mjs'
import { ensurePeer } from '../lib/peers.mjs'
import { GENERATORS, outDir } from './generate.mjs'

const script = fileURLToPath(new URL('../mock-validity.mjs', import.meta.url))
const SERVERS = ['statusline', 'prism-dynamic', 'prism-static']
const COUNT = 100

/** The msw-auto-mock handlers of GitHub, generated (untimed) when `gen` did not leave them behind. */
async function mswAutoMockHandlers(spec, log) {
  const handlers = join(outDir('msw-auto-mock'), 'handlers.ts')
  if (existsSync(handlers)) return { handlers }
  const peer = await ensurePeer('msw-auto-mock')
  if (!peer.ok) return { reason: peer.reason }
  log('  mock-valid: generating msw-auto-mock handlers first')
  const generator = GENERATORS.find((candidate) => candidate.id === 'msw-auto-mock')
  mkdirSync(outDir('msw-auto-mock'), { recursive: true })
  const result = await runNode(peer.bin, generator.args(spec, outDir('msw-auto-mock')), {
    cwd: root,
    timeoutMs: 600_000,
  })
  if (result.code !== 0 || !existsSync(handlers))
    return { reason: `generate failed (exit ${result.code}): ${lastLines(result.stderr + result.stdout, 3)}` }
  return { handlers }
}

function parseReport(result, what) {
  if (result.code !== 0)
    throw new Error(
      `mock-validity.mjs (${what}) failed (exit ${result.code}): ${lastLines(result.stderr, 4)}`,
    )
  return JSON.parse(result.stdout.trim().split('\n').at(-1))
}

/**
 * @param {{ log: (line: string) => void }} context
 */
export async function measureMockValid({ log }) {
  const spec = githubSpec()
  const failures = []
  const started = []
  try {
    const starting = await Promise.all(
      SERVERS.map(async (name) => {
        let server
        try {
          server = await startServer(name, spec)
          started.push(server)
          await waitForAnswer(`${server.base}/meta`, { child: server.child, timeoutMs: 180_000 })
          return [name, server]
        } catch (error) {
          failures.push(serverFailure(name, server, error))
          return [name, undefined]
        }
      }),
    )
    const up = starting.filter(([, server]) => server !== undefined)
    const reports = {}
    let requests = COUNT
    if (up.length > 0) {
      const args = [
        '--spec',
        spec,
        '--count',
        String(COUNT),
        ...up.flatMap(([name, server]) => ['--target', `${name}=${server.base}`]),
      ]
      const report = parseReport(await runNode(script, args, { cwd: root, timeoutMs: 900_000 }), 'servers')
      requests = report.requests
      Object.assign(reports, report.results)
    }
    for (const server of started) await stop(server.child)
    const msw = await mswAutoMockHandlers(spec, log)
    if (msw.handlers === undefined) failures.push({ tool: 'msw-auto-mock', reason: msw.reason })
    else {
      const args = ['--spec', spec, '--count', String(COUNT), '--msw', `msw-auto-mock=${msw.handlers}`]
      try {
        Object.assign(
          reports,
          parseReport(await runNode(script, args, { cwd: root, timeoutMs: 900_000 }), 'msw-auto-mock')
            .results,
        )
      } catch (error) {
        failures.push({ tool: 'msw-auto-mock', reason: error.message })
      }
    }
    const notes = []
    for (const [name, report] of Object.entries(reports)) {
      log(
        `  mock-valid ${name}: ${report.valid}/${report.sent} valid, ${report.ok2xx} 2xx, statuses ${JSON.stringify(report.statuses)}`,
      )
      notes.push(
        `mock-valid ${name}: ${report.valid} valid of ${report.sent} sent (${report.ok2xx} 2xx, ${report.invalid} invalid, ` +
          `${report.non2xx} non-2xx, ${report.errors} errors)${report.failures.length > 0 ? `; e.g. ${report.failures.slice(0, 2).join(' | ')}` : ''}`,
      )
    }
    const share = (name) => {
      const report = reports[name]
      return report === undefined || report.sent === 0 ? null : (100 * report.valid) / report.sent
    }
    return {
      rows: [
        {
          measurement: `mock GitHub: schema-valid 2xx bodies, ${requests} GETs`,
          unit: '%',
          better: 'higher',
          statusline: { label: 'mock', value: share('statusline') },
          peers: [
            { label: MOCK_SERVERS['prism-dynamic'].label, value: share('prism-dynamic') },
            { label: MOCK_SERVERS['prism-static'].label, value: share('prism-static') },
            { label: 'msw-auto-mock (msw/node)', value: share('msw-auto-mock') },
          ],
        },
      ],
      failures,
      notes,
    }
  } finally {
    for (const server of started) await stop(server.child)
  }
}
