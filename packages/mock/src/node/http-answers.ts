/**
 * Small answers of the standalone server that do not come from the mock's handlers: JSON, RFC 9457
 * problem+json, a 501 to a `CONNECT` tunnel request, and reading a JSON request body with a size limit.
 *
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { InputError } from '../input-error.ts'
import { PROBLEM_JSON, problemDetails } from '../problem-json.ts'

/** The largest admin request body read, in bytes. */
export const ADMIN_BODY_LIMIT = 1024 * 1024

/** A request body that could not be read as JSON: answered 400 (or 413 when too large). */
export class BodyError extends InputError<400 | 413> {
  override readonly name = 'BodyError'
}

/** Encodes bytes in recorded calls as `{ base64 }`, so they survive JSON. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { base64: Buffer.from(value).toString('base64') } : value
}

/** Writes `text` with its content type and length (which override `headers`), and ends the response. */
function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: OutgoingHttpHeaders,
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

/** Sends `value` as JSON with `status`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  sendText(res, status, JSON.stringify(value, jsonReplacer), 'application/json; charset=utf-8', headers)
}

/** Sends an RFC 9457 problem details body. */
export function sendProblem(
  res: ServerResponse,
  status: number,
  detail: string,
  headers: OutgoingHttpHeaders = {},
): void {
  sendText(res, status, JSON.stringify(problemDetails(status, detail)), PROBLEM_JSON, headers)
}

/** Reads a JSON request body (at most {@link ADMIN_BODY_LIMIT} bytes); `undefined` when it is empty. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > ADMIN_BODY_LIMIT) {
      throw new BodyError(
        413,
        `[statusline] Failed to read the request body: it is over ${ADMIN_BODY_LIMIT} bytes`,
      )
    }
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BodyError(400, `[statusline] Failed to read the request body: it is not valid JSON (${reason})`)
  }
}

/**
 * Answers a `CONNECT` request (a tunnel, which Node hands over with the raw socket instead of a response;
 * left alone, the connection would close unanswered) with 501 problem+json, and closes the connection.
 */
export function refuseConnect(request: IncomingMessage, socket: Duplex): void {
  const detail = `[statusline] Failed to answer CONNECT ${request.url}: the mock does not implement CONNECT`
  const body = JSON.stringify(problemDetails(501, detail))
  socket.end(
    `HTTP/1.1 501 Not Implemented\r\ncontent-type: ${PROBLEM_JSON}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}
