#!/usr/bin/env node
// Figures of the standalone mock server (`statusline mock`), run as a user runs it, in a child process:
// time from spawn to the first answered request, resident memory, and requests per second of a bounded
// keep-alive load loop on one GET route. Loopback only; the loop stops after --requests or --seconds.
//
//   node bench/mock-server.mjs                                  # petstore, GET /v1/pets
//   node bench/mock-server.mjs --spec .cache/corpus/…/api.github.com.json --path /meta --requests 2000
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: 'specs/petstore.yaml' },
    path: { type: 'string', default: '/v1/pets' },
    requests: { type: 'string', default: '30000' },
    concurrency: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2000' },
  },
})

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return (kb / 1024).toFixed(0)
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Number(values.concurrency) })
function get(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode))
    })
    request.on('error', reject)
  })
}

const started = performance.now()
const child = spawn(
  process.execPath,
  [`${root}generator/bin/statusline.mjs`, 'mock', values.spec, '--port', '0', '--no-log', '--no-watch'],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
let output = ''
const apiUrl = await new Promise((resolve, reject) => {
  child.stdout.on('data', (chunk) => {
    output += chunk
    const match = /API\s+(http:\/\/\S+)/.exec(output)
    if (match) resolve(match[1])
  })
  child.on('exit', () => reject(new Error(`the mock exited before listening:\n${output}`)))
})
const listening = performance.now() - started
const url = apiUrl.replace(/\/v1$|\/$/, '') + values.path
const firstStatus = await get(url)
const firstAnswer = performance.now() - started
const rssFirst = rssMiB(child.pid)

for (let index = 0; index < Number(values.warmup); index++) await get(url)

const total = Number(values.requests)
const deadline = performance.now() + Number(values.seconds) * 1000
let sent = 0
let done = 0
let failed = 0
const loadStart = performance.now()
async function worker() {
  while (sent < total && performance.now() < deadline) {
    sent++
    const status = await get(url).catch(() => 0)
    if (status === 200) done++
    else failed++
  }
}
await Promise.all(Array.from({ length: Number(values.concurrency) }, worker))
const seconds = (performance.now() - loadStart) / 1000
const rssAfter = rssMiB(child.pid)
child.kill('SIGTERM')
const code = await exited
agent.destroy()

console.log(`spec                    ${values.spec}`)
console.log(`listening after         ${listening.toFixed(0)} ms`)
console.log(`first answer after      ${firstAnswer.toFixed(0)} ms (GET ${values.path} → ${firstStatus})`)
console.log(`RSS after first answer  ${rssFirst} MiB`)
console.log(
  `load                    ${done} × GET ${values.path} (${failed} failed), ${values.concurrency} connections, ${seconds.toFixed(1)} s`,
)
console.log(`throughput              ${(done / seconds).toFixed(0)} req/s`)
console.log(`RSS after load          ${rssAfter} MiB`)
console.log(`exit on SIGTERM         ${code}`)
