#!/usr/bin/env node
// Call overhead of the statusline SDK against raw `fetch` and openapi-fetch: petstore's
// `GET /pets/{petId}` against a loopback server answering fixed JSON, called sequentially (await each)
// for `--seconds` per client per round, in interleaved slices, clients alternating. Every client reads and
// parses the JSON body. Prints one JSON line: { clients: { name: [ops/s per round] }, bodyCheck }.
//
//   node bench/sdk-overhead.mjs --url http://127.0.0.1:<port> [--seconds 2] [--rounds 3]
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'
import { roundOrder } from './lib/stats.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '0.5' },
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

/** Calls back to back for `seconds`; returns the calls made and the time taken. */
async function spin(call, seconds) {
  const started = performance.now()
  const end = started + seconds * 1000
  let calls = 0
  while (performance.now() < end) {
    await call()
    calls++
  }
  return { calls, ms: performance.now() - started }
}

for (const call of Object.values(clients)) await spin(call, Number(values.warmup))
const names = Object.keys(clients)
const results = Object.fromEntries(names.map((name) => [name, []]))
// Each round gives every client `seconds` in SLICES interleaved slices, so that a change of load on
// the (shared) machine hits every client alike.
const SLICES = 8
for (let round = 0; round < Number(values.rounds); round++) {
  const totals = Object.fromEntries(names.map((name) => [name, { calls: 0, ms: 0 }]))
  for (let slice = 0; slice < SLICES; slice++)
    for (const name of roundOrder(names, round + slice)) {
      const { calls, ms } = await spin(clients[name], Number(values.seconds) / SLICES)
      totals[name].calls += calls
      totals[name].ms += ms
    }
  for (const name of names) results[name].push((totals[name].calls * 1000) / totals[name].ms)
}

console.log(JSON.stringify({ clients: results, body: [...bodies][0] }))
