#!/usr/bin/env node
// The HTTP load generator, the same for every server compared: autocannon (pinned dev dependency), with
// `connections` keep-alive connections each sending GETs back to back (no pipelining) for a fixed
// duration after a short warm-up. autocannon writes requests and parses answers on raw sockets, so on
// a 2-core machine it drives a bare node:http server two to four times as hard as a node:http client
// can (measured: 33,000-74,000 against 15,000-18,000 req/s): with the latter the load client, not the
// server, was the limit. Counts non-2xx answers and errors apart. Latencies come from autocannon's
// histogram in whole milliseconds. Prints one JSON line:
// { requests, ok, non2xx, errors, seconds, rps, p50Ms, p99Ms, maxMs }.
//
//   node bench/load.mjs --url http://127.0.0.1:4010/v1/pets [--seconds 5] [--connections 10] [--warmup 1]
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

/**
 * Runs the load against one URL.
 *
 * @param {{ url: string, seconds?: number, connections?: number, warmupSeconds?: number, timeoutMs?: number }} options
 */
export async function runLoad(options) {
  const connections = options.connections ?? 10
  const timeout = (options.timeoutMs ?? 10_000) / 1000
  const warmup = options.warmupSeconds ?? 1
  if (warmup > 0) await autocannon({ url: options.url, connections, duration: warmup, timeout })
  const result = await autocannon({ url: options.url, connections, duration: options.seconds ?? 5, timeout })
  const ok = result['2xx']
  // `duration` is whole seconds; the start and finish stamps are the measured time.
  const seconds = (result.finish - result.start) / 1000
  return {
    requests: ok + result.non2xx + result.errors,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds,
    rps: ok / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
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
