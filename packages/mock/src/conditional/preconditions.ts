/**
 * Evaluation of the preconditions a request carries (RFC 9110 §13.2.2), against the current
 * representation of its target: `If-Match` first (strong comparison; false → 412), then `If-None-Match`
 * (weak comparison; false → 304 for GET/HEAD, 412 otherwise). `If-Unmodified-Since` and
 * `If-Modified-Since` are ignored: the mock sends no `Last-Modified`, and RFC 9110 §13.1.3–4 has a
 * recipient ignore them for a resource without a modification date. An `If-None-Match` that is no list
 * of entity tags is ignored; an `If-Match` that is none cannot be true, so it fails (412, naming it).
 * Callers evaluate only when the answer without the conditions would be a 2xx (§13.2.1).
 *
 * @module
 */
import {
  type EntityTag,
  formatEntityTag,
  parseTagCondition,
  strongMatch,
  type TagCondition,
  weakMatch,
} from './entity-tag.ts'

/** The answer the preconditions ask for instead of the normal one, and why. */
export interface PreconditionFailure {
  readonly status: 304 | 412
  /** `[statusline] Failed to <METHOD> <where>: <why>`, for the body of a 412. */
  readonly detail: string
}

/** What is evaluated: the request's method and headers, and where its target is (for messages). */
export interface ConditionalRequest {
  readonly method: string
  readonly headers: Headers
  /** The target's path as the client wrote it (`/v1/zoos/6`). */
  readonly where: string
}

/**
 * Whether a request carries a precondition the mock evaluates (`If-Match`, `If-None-Match`): without
 * one, its target's entity tag need not be computed.
 */
export function hasPreconditions(headers: Headers): boolean {
  return headers.has('if-match') || headers.has('if-none-match')
}

function describeCurrent(current: EntityTag | undefined): string {
  return current === undefined ? 'it has no entity tag' : `its entity tag is ${formatEntityTag(current)}`
}

/** True when an `If-Match` condition holds for a target that exists (`current`: its tag, if any). */
function ifMatchHolds(condition: TagCondition, current: EntityTag | undefined): boolean {
  if (condition.kind === 'any') return true
  if (condition.kind === 'malformed' || current === undefined) return false
  return condition.tags.some((tag) => strongMatch(tag, current))
}

/** True when an `If-None-Match` condition holds for a target that exists. */
function ifNoneMatchHolds(
  condition: Exclude<TagCondition, { kind: 'malformed' }>,
  current: EntityTag | undefined,
): boolean {
  if (condition.kind === 'any') return false
  return current === undefined || !condition.tags.some((tag) => weakMatch(tag, current))
}

/**
 * Evaluates the preconditions of `request` against its existing target, whose current entity tag is
 * `current` (`undefined`: it has none); `undefined` when the request may proceed.
 *
 * @example
 * evaluatePreconditions({ method: 'PATCH', headers: new Headers({ 'if-match': '"nope"' }), where: '/v1/zoos/6' }, { weak: false, opaque: 'a1' })
 * // { status: 412, detail: '[statusline] Failed to PATCH /v1/zoos/6: If-Match: "nope" matches none of …' }
 */
export function evaluatePreconditions(
  request: ConditionalRequest,
  current: EntityTag | undefined,
): PreconditionFailure | undefined {
  const method = request.method.toUpperCase()
  const fail = (why: string): PreconditionFailure => ({
    status: 412,
    detail: `[statusline] Failed to ${method} ${request.where}: ${why}.`,
  })
  const ifMatch = parseTagCondition(request.headers.get('if-match'))
  if (ifMatch !== undefined && !ifMatchHolds(ifMatch, current)) {
    if (ifMatch.kind === 'malformed') {
      return fail(
        `If-Match: ${ifMatch.value} is neither "*" nor a list of entity tags such as "a1" or W/"a1" (RFC 9110 §8.8.3), so it cannot hold; nothing was done`,
      )
    }
    return fail(
      `If-Match: ${request.headers.get('if-match')} matches no current entity tag (strong comparison, RFC 9110 §13.1.1): ${describeCurrent(current)}; nothing was done`,
    )
  }
  const ifNoneMatch = parseTagCondition(request.headers.get('if-none-match'))
  if (ifNoneMatch === undefined || ifNoneMatch.kind === 'malformed') return undefined
  if (ifNoneMatchHolds(ifNoneMatch, current)) return undefined
  if (method === 'GET' || method === 'HEAD') return { status: 304, detail: '' }
  const why =
    ifNoneMatch.kind === 'any'
      ? 'If-None-Match: * asks that it not exist, and it does'
      : `If-None-Match: ${request.headers.get('if-none-match')} matches its current entity tag ${formatEntityTag(current as EntityTag)} (RFC 9110 §13.1.2)`
  return fail(`${why}; nothing was done`)
}
