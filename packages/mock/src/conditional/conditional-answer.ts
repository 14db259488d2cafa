/**
 * Conditional `GET`/`HEAD` (RFC 9110 §13): an answer the mock would send as a 2xx is checked against
 * the request's `If-Match` / `If-None-Match` with the answer's own `ETag` as the current tag, and
 * becomes `304 Not Modified` (no body; the validator and cache headers of the 2xx, §15.4.5) or a 412.
 * Scripted answers are not checked: a scenario is answered whatever the request carries.
 *
 * @module
 */
import { urlOf } from '../request-url.ts'
import type { Answer } from '../respond.ts'
import { type EntityTag, parseTagCondition } from './entity-tag.ts'
import { evaluatePreconditions, hasPreconditions, type PreconditionFailure } from './preconditions.ts'

/** Headers a 304 carries from the 200 it stands for (RFC 9110 §15.4.5). */
const NOT_MODIFIED_HEADERS = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']

/** The answer's `ETag` as one entity tag, when it holds exactly one. */
function currentTag(answer: Answer): EntityTag | undefined {
  const parsed = parseTagCondition(answer.headers.get('etag'))
  return parsed?.kind === 'tags' && parsed.tags.length === 1 ? parsed.tags[0] : undefined
}

/**
 * The 304 or 412 the preconditions of a `GET`/`HEAD` request ask for instead of `answer` (a 2xx), or
 * `undefined` when `answer` stands (another method, another status, no or holding preconditions).
 */
export function conditionalFailure(answer: Answer, request: Request): PreconditionFailure | undefined {
  const method = request.method.toUpperCase()
  if ((method !== 'GET' && method !== 'HEAD') || answer.status < 200 || answer.status > 299) return undefined
  const { headers } = request
  if (!hasPreconditions(headers)) return undefined
  const where = decodeURIComponent(urlOf(request).pathname)
  return evaluatePreconditions({ method, headers, where }, currentTag(answer))
}

/** The `304 Not Modified` standing for `answer`: no body, its `ETag` and cache headers. */
export function notModified(answer: Answer): Answer {
  const headers = new Headers()
  for (const name of NOT_MODIFIED_HEADERS) {
    const value = answer.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  return { status: 304, headers, body: undefined, scriptedHeaders: answer.scriptedHeaders }
}
