#!/usr/bin/env node
// Call overhead of the statusline SDK against raw `fetch` and openapi-fetch: petstore's
// `GET /pets/{petId}` against a loopback server answering fixed JSON, called sequentially (await each)
// for `--seconds` per client per round, clients alternating round by round. Every client reads and
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
  console.error(`[statusline] Failed to measure SDK overhead: the clients read different bodies: ${JSON.stringify(bodyCheck)}`)
  process.exit(1)
}

async function spin(call, seconds) {
  const end = performance.now() + seconds * 1000
  let count = 0
  const started = performance.now()
  while (performance.now() < end) {
    await call()
    count++
  }
  return count / ((performance.now() - started) / 1000)
}

for (const call of Object.values(clients)) await spin(call, Number(values.warmup))
const names = Object.keys(clients)
const results = Object.fromEntries(names.map((name) => [name, []]))
for (let round = 0; round < Number(values.rounds); round++)
  for (const name of roundOrder(names, round)) results[name].push(await spin(clients[name], Number(values.seconds)))

console.log(JSON.stringify({ clients: results, body: [...bodies][0] }))
