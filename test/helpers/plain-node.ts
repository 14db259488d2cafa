/**
 * For the tests of a generated SDK run as an app without TypeScript tooling runs it: a local HTTP server
 * the SDK calls, and plain `node` (a child process, no loader, no `NODE_OPTIONS`) to run the app.
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'

/** What `node <script>` printed, and how it exited. */
export interface NodeRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `node <script> [...args]` in `cwd` with nothing of this process's loaders; resolves however it exits. */
export async function runPlainNode(script: string, args: readonly string[], cwd: string): Promise<NodeRun> {
  const { NODE_OPTIONS: _, ...env } = process.env
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd, env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** A listening zoo server: its base URL, and `close()`. */
export interface ZooServer {
  readonly baseUrl: string
  close(): Promise<void>
}

/**
 * Starts a server on 127.0.0.1 that answers `GET /zoos/1` with a zoo as JSON and every other request
 * with a 404 `{ "error": "no <method> <url>" }`.
 */
export async function startZooServer(): Promise<ZooServer> {
  const server: Server = createServer((req, res) => {
    const found = req.method === 'GET' && req.url === '/zoos/1'
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' })
    res.end(JSON.stringify(found ? { id: 1, name: 'Berlin Zoo' } : { error: `no ${req.method} ${req.url}` }))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
