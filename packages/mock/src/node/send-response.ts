/**
 * From a fetch `Response` back to Node's `ServerResponse`: status, headers (each `Set-Cookie` kept apart),
 * and the body streamed with back-pressure. A body that arrives in one chunk is sent with a
 * `Content-Length` instead of chunked encoding; so is the body of one of the mock's own answers, written
 * from the text or bytes it was made of (`encodedBodyOf`).
 *
 * @module
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { encodedBodyOf } from '../encode-response.ts'

/** The headers of a fetch response as Node writes them, merged over `extra` (CORS). */
export function responseHeaders(
  response: Response,
  extra: OutgoingHttpHeaders | undefined,
): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = extra === undefined ? {} : { ...extra }
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) out['set-cookie'] = cookies
  return out
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
  response: Response,
  extra: OutgoingHttpHeaders | undefined,
): Promise<void> {
  const headers = responseHeaders(response, extra)
  res.statusCode = response.status
  if (response.statusText !== '') res.statusMessage = response.statusText
  for (const name in headers) res.setHeader(name, headers[name] as string | string[])
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
