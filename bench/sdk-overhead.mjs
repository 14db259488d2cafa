#!/usr/bin/env node
// Call overhead of the statusline SDK against raw `fetch` and openapi-fetch: petstore's
// `GET /pets/{petId}` against a loopback server answering fixed JSON, called sequentially (await each).
// Every client sends the same request and reads and parses the JSON body. The clients take turns in
// short batches of calls (cycling through every order of the clients) for `--seconds` each per round, so a change of
// load on the shared machine hits every client alike; per round it reports each client's ops/s over
// all its batches, its share of raw fetch as the median over cycles of the batch-by-batch ratio (robust
// to a load spike that hits one batch), and its own CPU time per call (the work the client adds, which
// waiting for the server does not blur). Prints one JSON line:
// { clients: { name: [ops/s per round] }, share: { name: [share of fetch per round] },
//   cpu: { name: [client CPU µs per call per round] }, body }.
//
//   node bench/sdk-overhead.mjs --url http://127.0.0.1:<port> [--seconds 2] [--rounds 3] [--batch 20]
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'
import { allOrders, median } from './lib/stats.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '0.5' },
    batch: { type: 'string', default: '20' },
  },
})
if (values.url === undefined || !/^http:\/\/127\.0\.0\.1:\d+$/.test(values.url)) {
  console.error('[statusline] Failed to measure SDK overhead: --url must be http://127.0.0.1:<port>')
  process.exit(2)
}
const baseUrl = values.url

register()
const { createClient } = await import('@statusline/client')
const { showPetById } = await import('petstore-sdk')
const { default: createFetchClient } = await import('openapi-fetch')

const statusline = createClient({ baseUrl })
const openapiFetch = createFetchClient({ baseUrl })

/** Each client makes one call and returns the parsed pet. */
const clients = {
  fetch: async () => {
    const response = await fetch(`${baseUrl}/pets/1`)
    return response.json()
  },
  'openapi-fetch': async () => {
    const { data } = await openapiFetch.GET('/pets/{petId}', { params: { path: { petId: 1 } } })
    return data
  },
  statusline: async () => {
    const res = await showPetById({ path: { petId: 1 } }, { client: statusline })
    if (res.status !== 200) throw new Error(`[statusline] Failed to call showPetById: status ${res.status}`)
    return res.data
  },
}

// Every client must get the same pet, or the comparison is void.
const bodyCheck = {}
for (const [name, call] of Object.entries(clients)) bodyCheck[name] = JSON.stringify(await call())
const bodies = new Set(Object.values(bodyCheck))
if (bodies.size !== 1) {
  console.error(
    `[statusline] Failed to measure SDK overhead: the clients read different bodies: ${JSON.stringify(bodyCheck)}`,
  )
  process.exit(1)
}

/** Calls back to back for `seconds` (warm-up); returns the calls made. */
async function spin(call, seconds) {
  const end = performance.now() + seconds * 1000
  let calls = 0
  while (performance.now() < end) {
    await call()
    calls++
  }
  return calls
}

/** Makes `calls` calls back to back; returns the wall and the process CPU time taken, in ms. */
async function batch(call, calls) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < calls; i++) await call()
  const ms = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  return { ms, cpuMs: (user + system) / 1000 }
}

for (const call of Object.values(clients)) await spin(call, Number(values.warmup))
const names = Object.keys(clients)
// Cycles go through every order of the clients: the garbage a client leaves is collected during
// whichever batch comes next, and a plain rotation would always hand one client's garbage to the same
// other client.
const orders = allOrders(names)
const perBatch = Number(values.batch)
const results = Object.fromEntries(names.map((name) => [name, []]))
const shares = Object.fromEntries(names.map((name) => [name, []]))
const cpu = Object.fromEntries(names.map((name) => [name, []]))
for (let round = 0; round < Number(values.rounds); round++) {
  const totals = Object.fromEntries(names.map((name) => [name, { calls: 0, ms: 0, cpuMs: 0 }]))
  /** Per cycle (one batch of every client), each client's ms per call. */
  const cycles = []
  const end = performance.now() + Number(values.seconds) * names.length * 1000
  for (let cycle = 0; performance.now() < end; cycle++) {
    const msPerCall = {}
    for (const name of orders[(round + cycle) % orders.length]) {
      const { ms, cpuMs } = await batch(clients[name], perBatch)
      totals[name].calls += perBatch
      totals[name].ms += ms
      totals[name].cpuMs += cpuMs
      msPerCall[name] = ms / perBatch
    }
    cycles.push(msPerCall)
  }
  for (const name of names) {
    results[name].push((totals[name].calls * 1000) / totals[name].ms)
    shares[name].push(median(cycles.map((cycle) => cycle.fetch / cycle[name])))
    cpu[name].push((totals[name].cpuMs * 1000) / totals[name].calls)
  }
}

console.log(JSON.stringify({ clients: results, share: shares, cpu, body: [...bodies][0] }))
