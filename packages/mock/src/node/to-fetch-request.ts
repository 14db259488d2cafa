/**
 * From Node's `IncomingMessage` to a fetch `Request`, the input MSW handlers take. The body is streamed,
 * not buffered, so a size limit downstream sees the bytes as they arrive.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { InputError } from '../input-error.ts'

/** Whether a request carries a body (RFC 9112 §6.3: Content-Length or Transfer-Encoding). */
function hasBody(request: IncomingMessage): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  const length = request.headers['content-length']
  if (length !== undefined) return length !== '0'
  return request.headers['transfer-encoding'] !== undefined
}

/** The request's headers as name/value pairs, repeated names kept. */
function headerPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string
    if (name.charCodeAt(0) !== 58 /* ':' */) pairs.push([name, raw[index + 1] as string])
  }
  return pairs
}

/**
 * A request that makes no fetch `Request`: 400 for a target or `Host` header that makes no URL, 501 for a
 * method fetch forbids (`TRACE`). The server answers it with this status and message.
 */
export class UnreadableRequestError extends InputError<400 | 501> {
  override readonly name = 'UnreadableRequestError'
}

/**
 * Methods the Fetch standard forbids in a `Request` that Node's parser lets through (it refuses `TRACK`,
 * and hands `CONNECT` over apart).
 */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['TRACE'])

/**
 * Converts a Node request into a fetch `Request` for `origin` (`http://127.0.0.1:4010`, from the `Host`
 * header). An absolute-form request target (`GET http://host/path`) is kept as it is.
 *
 * @throws UnreadableRequestError naming the `Host` header or the request target when they make no URL
 * (`Host: a b`, `GET *`), or the method when fetch forbids it.
 */
export function toFetchRequest(request: IncomingMessage, origin: string): Request {
  const target = request.url ?? '/'
  const url = target.startsWith('/') ? origin + target : target
  const method = request.method ?? 'GET'
  const headers = headerPairs(request.rawHeaders)
  try {
    if (!hasBody(request)) return new Request(url, { method, headers })
    return new Request(url, {
      method,
      headers,
      body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit)
  } catch (error) {
    // Looked into only when fetch refuses the request, so that a good one is parsed once.
    if (!URL.canParse(url)) {
      throw new UnreadableRequestError(
        400,
        target.startsWith('/')
          ? `the Host header ${JSON.stringify(request.headers.host)} is no host[:port]`
          : `the request target ${JSON.stringify(target)} is neither a path nor an absolute URL`,
      )
    }
    if (FORBIDDEN_METHODS.has(method)) {
      throw new UnreadableRequestError(501, `the mock does not implement ${method} (fetch forbids it)`)
    }
    throw error
  }
}
