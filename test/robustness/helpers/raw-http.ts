/**
 * HTTP clients for hostile traffic on loopback: raw bytes over `node:net` (malformed requests, stalled
 * clients, streamed bodies) and a keep-alive `node:http` client for volume.
 */
import { Agent, request as httpRequest } from 'node:http'
import { connect, type Socket } from 'node:net'

/** A response read off a raw socket. */
export interface RawResponse {
  /** The status of the first response, 0 when none arrived. */
  readonly status: number
  readonly head: string
  readonly body: string
  /** Whether the server closed the connection. */
  readonly closed: boolean
  /** Milliseconds from connect to the first response byte (or to the close when none arrived). */
  readonly ms: number
}

function parseHead(text: string): { status: number; head: string; body: string } {
  const end = text.indexOf('\r\n\r\n')
  const head = end === -1 ? text : text.slice(0, end)
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
  return { status, head, body: end === -1 ? '' : text.slice(end + 4) }
}

/**
 * Opens a connection to `127.0.0.1:port`, hands the socket to `send` (which writes what it wants, when
 * it wants), and resolves once the server has closed the connection, or `settleMs` after the first
 * response byte, or after `timeoutMs` at the latest.
 */
export function rawExchange(
  port: number,
  send: (socket: Socket, firstByte: Promise<void>) => void | Promise<void>,
  { timeoutMs = 10_000, settleMs = 300 }: { timeoutMs?: number; settleMs?: number } = {},
): Promise<RawResponse> {
  return new Promise((resolve) => {
    const started = performance.now()
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let firstAt: number | undefined
    let markFirst: () => void = () => {}
    const firstByte = new Promise<void>((done) => {
      markFirst = done
    })
    let closed = false
    let settled = false
    const finish = () => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('latin1')
      socket.destroy()
      resolve({ ...parseHead(text), closed, ms: (firstAt ?? performance.now()) - started })
    }
    const timer = setTimeout(finish, timeoutMs)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      if (firstAt === undefined) {
        firstAt = performance.now()
        markFirst()
        setTimeout(finish, settleMs)
      }
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      closed = true
      finish()
    })
    socket.on('connect', () => {
      Promise.resolve(send(socket, firstByte)).catch(() => {})
    })
  })
}

/** Sends `bytes` as they are and reads the answer. */
export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 10_000): Promise<RawResponse> {
  return rawExchange(
    port,
    (socket) => {
      socket.write(bytes)
    },
    { timeoutMs },
  )
}

/** A response read with `node:http`. */
export interface HttpAnswer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** A keep-alive client for many requests to one loopback server. */
export function createHttpClient(port: number, maxSockets = 64) {
  // Idle sockets are dropped after 4 s, before the server's 5 s keep-alive timeout closes them under a
  // request (which fails as "socket hang up").
  const agent = new Agent({ keepAlive: true, maxSockets, timeout: 4000 })
  return {
    request(
      method: string,
      path: string,
      body?: string,
      headers: Record<string, string> = {},
    ): Promise<HttpAnswer> {
      return new Promise((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: {
              ...headers,
              ...(body === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
            },
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            )
            res.on('error', reject)
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    },
    close(): void {
      agent.destroy()
    },
  }
}

/** Resident set size of a process, in bytes (Linux `/proc/<pid>/status`). */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises')
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN)
  return kb * 1024
}
