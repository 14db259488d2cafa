/**
 * `Expect: 100-continue` (RFC 9110 §10.1.1) on the standalone server. With a `checkContinue` listener,
 * Node leaves the interim `100 Continue` to the server: a request whose `Content-Length` is over the
 * body limit is refused with 413 before the client sends the body (Node then closes the connection,
 * whose unsent body could not be told from a next request), and any other is invited with
 * `100 Continue` and answered as usual.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { PROBLEM_JSON } from '../problem-json.ts'
import { problemBody } from '../request/error-body.ts'
import { summarizeIssues } from '../request/issues.ts'

/**
 * Why a request's announced body is too large for `limit` bytes — the message of the mock's own 413,
 * `is larger than the limit of 1048576 bytes` — or `undefined` when it is not (no limit, no
 * `Content-Length`, or one within the limit), so the body may be sent.
 *
 * @example
 * announcedTooLarge(request, 1_048_576) // 'is larger than the limit of 1048576 bytes' for Content-Length: 5000000
 */
export function announcedTooLarge(request: IncomingMessage, limit: number | undefined): string | undefined {
  const declared = Number(request.headers['content-length'] ?? Number.NaN)
  if (limit === undefined || !Number.isFinite(declared) || declared <= limit) return undefined
  return `is larger than the limit of ${limit} bytes`
}

/**
 * The 413 of an announced body over the limit, as the mock answers one it reads: RFC 9457 problem+json
 * naming the body, `{ "detail": "body: is larger than the limit of 1048576 bytes", "errors": [...] }`.
 */
export function announcedTooLargeResponse(message: string): Response {
  const issues = [{ in: 'body', name: '', message }] as const
  const body = problemBody(413, summarizeIssues(issues), issues)
  return new Response(JSON.stringify(body.value), { status: 413, headers: { 'content-type': PROBLEM_JSON } })
}
