/**
 * A minimal static file server for the example app (`npm start`, browser tests): files of one folder,
 * `index.html` for `/`, nothing outside the folder.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
}

/** A running static server. */
export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

/** Serves `dir` on `host:port` (`0` picks a free port). */
export async function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = normalize(dir + sep)
  const server = createServer((request, res) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        res.end(body)
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `${host}:${port} is already in use; choose another port (npm start -- --app-port 0 picks a free one)`
          : error.message
      reject(new Error(`[statusline] Failed to serve ${dir}: ${reason}`))
    })
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
