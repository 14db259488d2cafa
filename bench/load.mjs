#!/usr/bin/env node
// A bounded HTTP load generator, the same client for every server compared: `connections` keep-alive
// connections (http.Agent, maxSockets = connections), each sending GETs back to back for a fixed
// duration after a short warm-up. Records every latency; counts non-2xx answers and errors apart.
// Prints one JSON line: { requests, ok, non2xx, errors, seconds, rps, p50Ms, p99Ms, maxMs }.
//
//   node bench/load.mjs --url http://127.0.0.1:4010/v1/pets [--seconds 5] [--connections 10] [--warmup 1]
import http from 'node:http'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { percentile } from './lib/stats.mjs'

/**
 * Runs the load against one URL.
 *
 * @param {{ url: string, seconds?: number, connections?: number, warmupSeconds?: number, timeoutMs?: number }} options
 */
export async function runLoad(options) {
  const connections = options.connections ?? 10
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const timeoutMs = options.timeoutMs ?? 10_000
  const once = () =>
    new Promise((resolve) => {
      const started = performance.now()
      const request = http.get(options.url, { agent, timeout: timeoutMs }, (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started }))
        response.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
      })
      request.on('timeout', () => request.destroy(new Error('timeout')))
      request.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
    })

  const loop = async (until, record) => {
    while (performance.now() < until) record(await once())
  }
  const warmupEnd = performance.now() + (options.warmupSeconds ?? 1) * 1000
  await Promise.all(Array.from({ length: connections }, () => loop(warmupEnd, () => {})))

  const latencies = []
  let non2xx = 0
  let errors = 0
  const started = performance.now()
  const end = started + (options.seconds ?? 5) * 1000
  await Promise.all(
    Array.from({ length: connections }, () =>
      loop(end, ({ status, ms }) => {
        if (status === 0) errors++
        else if (status < 200 || status > 299) non2xx++
        else latencies.push(ms)
      }),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length + non2xx + errors,
    ok: latencies.length,
    non2xx,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? null,
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '1' },
    },
  })
  if (values.url === undefined || !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(values.url)) {
    console.error('[statusline] Failed to run the load: --url must be a loopback http:// URL')
    process.exit(2)
  }
  const result = await runLoad({
    url: values.url,
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    warmupSeconds: Number(values.warmup),
  })
  console.log(JSON.stringify(result))
}
