// The mock servers compared, started the way a user starts them, each on a free loopback port:
// `statusline mock`, `prism mock` (static examples, and `-d` dynamic data) and the bare node:http
// server answering fixed JSON. Each start returns the child and the URL its API paths hang under.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { lastLines, startNode, stop } from './children.mjs'
import { freePort, HOST } from './http.mjs'
import { root, statuslineBin } from './paths.mjs'
import { ensurePeer } from './peers.mjs'

const fixedServer = fileURLToPath(new URL('../fixed-server.mjs', import.meta.url))

/** The path of a spec's first server URL (statusline mounts the API under it; Prism does not). */
export function specBasePath(spec) {
  const text = readFileSync(spec, 'utf8')
  const doc = spec.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  const url = doc?.servers?.[0]?.url
  if (typeof url !== 'string') return ''
  try {
    return new URL(url, 'http://base.invalid').pathname.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

/**
 * The servers, by name. `start(spec, port)` spawns one; `basePath(spec)` is where its API paths begin.
 * `fixed` ignores the spec and answers `body` to every request.
 */
export const MOCK_SERVERS = {
  statusline: {
    label: 'statusline mock',
    async start(spec, port) {
      return startNode(
        statuslineBin,
        ['mock', spec, '--port', String(port), '--host', HOST, '--no-log', '--no-watch'],
        { cwd: root },
      )
    },
    basePath: specBasePath,
  },
  'prism-static': {
    label: 'prism mock (static)',
    peer: 'prism',
    async start(spec, port) {
      const prism = await requirePeer('prism')
      return startNode(prism.bin, ['mock', spec, '-p', String(port), '-h', HOST, '-v', 'error'], {
        cwd: root,
      })
    },
    basePath: () => '',
  },
  'prism-dynamic': {
    label: 'prism mock -d (dynamic)',
    peer: 'prism',
    async start(spec, port) {
      const prism = await requirePeer('prism')
      return startNode(prism.bin, ['mock', spec, '-p', String(port), '-h', HOST, '-v', 'error', '-d'], {
        cwd: root,
      })
    },
    basePath: () => '',
  },
  fixed: {
    label: 'bare node:http, fixed JSON (ceiling)',
    async start(_spec, port, body) {
      return startNode(fixedServer, ['--port', String(port), ...(body === undefined ? [] : ['--body', body])])
    },
    basePath: () => '',
  },
}

async function requirePeer(name) {
  const peer = await ensurePeer(name)
  if (!peer.ok) throw new Error(peer.reason)
  return peer
}

/**
 * Starts one server on a free port; resolves to `{ child, origin, base, startedAt }` (`startedAt` is
 * taken just before the spawn). The caller stops it with `stop(child)`.
 *
 * @param {keyof typeof MOCK_SERVERS} name
 * @param {string} spec
 * @param {{ body?: string }} [options]
 */
export async function startServer(name, spec, options = {}) {
  const server = MOCK_SERVERS[name]
  const port = await freePort()
  const origin = `http://${HOST}:${port}`
  // Install (or find) the peer before the clock starts.
  if (server.peer !== undefined) await requirePeer(server.peer)
  const startedAt = performance.now()
  const child = await server.start(spec, port, options.body)
  return { child, origin, base: origin + server.basePath(spec), startedAt }
}

/**
 * The failure row of a server that did not start or answer: its label, and the error's message with the
 * last lines of the server's output, when it got as far as spawning.
 *
 * @param {keyof typeof MOCK_SERVERS} name
 * @param {{ child: { errors: { text: string }, output: { text: string } } } | undefined} server
 * @param {Error} error
 * @returns {{ tool: string, reason: string }}
 */
export function serverFailure(name, server, error) {
  const output = server === undefined ? '' : lastLines(server.child.errors.text + server.child.output.text, 3)
  return { tool: MOCK_SERVERS[name].label, reason: `${error.message}${output ? `: ${output}` : ''}` }
}

export { stop }
