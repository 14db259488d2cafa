// Loopback HTTP helpers: a free port, one GET with a time limit, and polling a URL until it answers.
import http from 'node:http'
import net from 'node:net'

/** Loopback only: every server of the bench listens here. */
export const HOST = '127.0.0.1'

/** A port that is free now on the loopback address (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, HOST, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * One GET; resolves to `{ status, headers, body }` or rejects on a connection error or after `timeoutMs`.
 *
 * @param {string} url
 * @param {{ headers?: Record<string, string>, timeoutMs?: number, agent?: http.Agent }} [options]
 */
export function get(url, options = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: options.headers, agent: options.agent ?? false, timeout: options.timeoutMs ?? 30_000 },
      (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('timeout', () =>
      request.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 30_000} ms`)),
    )
    request.on('error', reject)
  })
}

/**
 * Polls `url` every `intervalMs` until it answers with any HTTP status; rejects when `child` exits
 * first or after `timeoutMs`. Resolves to the first answer.
 *
 * @param {string} url
 * @param {{ child?: { exited: Promise<unknown> }, timeoutMs?: number, intervalMs?: number }} [options]
 */
export async function waitForAnswer(url, options = {}) {
  const deadline = performance.now() + (options.timeoutMs ?? 120_000)
  let exited = false
  options.child?.exited.then(() => {
    exited = true
  })
  while (true) {
    try {
      return await get(url, { timeoutMs: Math.max(1000, deadline - performance.now()) })
    } catch (error) {
      if (exited) throw new Error(`the server exited before answering ${url}`)
      if (performance.now() > deadline)
        throw new Error(`no answer from ${url} within ${options.timeoutMs ?? 120_000} ms: ${error.message}`)
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25))
    }
  }
}
