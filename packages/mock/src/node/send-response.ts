/**
 * From a fetch `Response` back to Node's `ServerResponse`: status, headers (each `Set-Cookie` kept apart),
 * and the body streamed with back-pressure. A body that arrives in one chunk is sent with a
 * `Content-Length` instead of chunked encoding; so is the body of one of the mock's own answers, written
 * from the text or bytes it was made of (`encodedBodyOf`), and the body of an answer the mock did not
 * make into a `Response` (a `WireAnswer`), written as that `Response` would be.
 *
 * @module
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { encodedBodyOf, type Reply } from '../encode-response.ts'

/**
 * Writes the status and the headers of `reply` over `extra` (CORS) straight onto `res`, each `Set-Cookie`
 * kept apart.
 */
function writeHead(res: ServerResponse, reply: Reply, extra: OutgoingHttpHeaders | undefined): void {
  res.statusCode = reply.status
  if (reply.statusText !== '') res.statusMessage = reply.statusText
  if (extra !== undefined) for (const name in extra) res.setHeader(name, extra[name] as string | string[])
  reply.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = reply.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
}

function drain(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** Writes `response` to `res` and ends it; resolves when the last byte is handed to the socket. */
export async function sendResponse(
  res: ServerResponse,
  response: Reply,
  extra: OutgoingHttpHeaders | undefined,
): Promise<void> {
  writeHead(res, response, extra)
  if (!(response instanceof Response)) {
    if (response.body === null) res.end()
    else res.end(response.body)
    return
  }
  // The mock's own answers: the text or bytes the body was made of, written without reading its stream.
  const encoded = response.bodyUsed ? undefined : encodedBodyOf(response)
  if (encoded !== undefined) {
    res.end(encoded)
    return
  }
  const body = response.body
  if (body === null) {
    res.end()
    return
  }
  const reader = body.getReader()
  const first = await reader.read()
  if (first.done) {
    res.end()
    return
  }
  const second = await reader.read()
  if (second.done) {
    res.end(first.value)
    return
  }
  res.write(first.value)
  let chunk: ReadableStreamReadResult<Uint8Array> = second
  while (!chunk.done) {
    if (res.destroyed) {
      await reader.cancel()
      return
    }
    if (!res.write(chunk.value)) await drain(res)
    chunk = await reader.read()
  }
  res.end()
}
