#!/usr/bin/env node
// A bare node:http server answering every request with the same JSON body: the ceiling of the mock
// throughput measurement and the server of the SDK call overhead measurement. Loopback only; prints
// `listening http://127.0.0.1:<port>` once ready; stops on SIGTERM/SIGINT.
//
//   node bench/fixed-server.mjs [--port 0] [--body '{"id":1,"name":"Rex"}']
import http from 'node:http'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    body: { type: 'string', default: '{"id":1,"name":"Rex","tag":"dog"}' },
  },
})
try {
  JSON.parse(values.body)
} catch (error) {
  console.error(`[statusline] Failed to start the fixed server: --body is not JSON (${error.message})`)
  process.exit(2)
}
const body = Buffer.from(values.body)
const server = http.createServer((request, response) => {
  request.resume()
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
  response.end(body)
})
server.keepAliveTimeout = 30_000
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`)
})
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  })
