/**
 * Status keys of the Responses Object (OpenAPI 3.1 §4.8.16): which declared response answers a status
 * (a literal key wins over a range, a range over `default`), which status the mock answers by default,
 * and one representative status per key for exhaustive tests.
 *
 * @module
 */
import type { MockOperation, MockResponse } from './data.ts'

/** The class digit of a range key (`'4XX'` → 4), or `undefined` for other keys. */
function rangeClass(key: string): number | undefined {
  const match = /^([1-5])XX$/i.exec(key)
  return match === null ? undefined : Number(match[1])
}

/** True when `status` is a literal key of the operation (`'404'`). */
function isLiteral(response: MockResponse, status: number): boolean {
  return response.key === String(status)
}

/** The range response covering `status` (`4XX` for 418), when declared. */
function findRange(operation: MockOperation, status: number): MockResponse | undefined {
  return operation.responses.find(
    (response) =>
      rangeClass(response.key) === Math.floor(status / 100) &&
      (response.statuses.length === 0 || response.statuses.includes(status)),
  )
}

/**
 * The declared response that answers `status`: the literal key, else the range covering it, else
 * `default`; `undefined` when the operation declares nothing for it.
 */
export function findResponse(operation: MockOperation, status: number): MockResponse | undefined {
  return (
    operation.responses.find((response) => isLiteral(response, status)) ??
    findRange(operation, status) ??
    operation.responses.find((response) => response.key === 'default')
  )
}

/** True when the operation declares `status`, itself or through a range or `default`. */
export function isDeclared(operation: MockOperation, status: number): boolean {
  return findResponse(operation, status) !== undefined
}

/**
 * True for an integer final HTTP status, 200–599: the statuses a mock can answer. A 1xx status is an
 * interim answer (RFC 9110 §15.2): sent alone, it leaves the client waiting for a final one forever.
 */
export function isHttpStatus(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 200 && status <= 599
}

/** The first status of `candidates` that no literal key (and, unless `rangesToo` is false, no range) declares. */
function firstUndeclared(
  operation: MockOperation,
  candidates: readonly number[],
  rangesToo = true,
): number | undefined {
  return candidates.find(
    (status) =>
      !operation.responses.some((response) => isLiteral(response, status)) &&
      (!rangesToo || findRange(operation, status) === undefined),
  )
}

function statusRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index)
}

/**
 * The status that stands for a response key in `statuses()`: the literal status; for a range, its first
 * status not declared separately; for `default`, the first undeclared status of 500–599, else of 400–499.
 * `undefined` when a range has no free status left.
 */
export function representativeStatus(operation: MockOperation, response: MockResponse): number | undefined {
  if (response.key === 'default') {
    return firstUndeclared(operation, [...statusRange(500, 599), ...statusRange(400, 499)])
  }
  const digit = rangeClass(response.key)
  if (digit === undefined) return Number(response.key)
  return firstUndeclared(operation, statusRange(digit * 100, digit * 100 + 99), false)
}

/** One representative status per declared key, in spec order (see `representativeStatus`), 1xx left out. */
export function representativeStatuses(operation: MockOperation): number[] {
  const out: number[] = []
  for (const response of operation.responses) {
    const status = representativeStatus(operation, response)
    // A declared 1xx (`101` for an upgrade) cannot be mocked: it is no final answer (see `isHttpStatus`).
    if (isHttpStatus(status) && !out.includes(status)) out.push(status)
  }
  return out
}

/**
 * The status the mock answers when nothing is scripted: 200 when declared (literally or by `2XX`), else
 * the first declared 2xx key in spec order, else `default` as 200, else the first declared key's
 * representative status; 200 for an operation that declares no response at all.
 */
export function happyStatus(operation: MockOperation): number {
  if (operation.responses.some((response) => isLiteral(response, 200)) || findRange(operation, 200))
    return 200
  for (const response of operation.responses) {
    if (/^2\d\d$/.test(response.key)) return Number(response.key)
    if (rangeClass(response.key) === 2) {
      const status = representativeStatus(operation, response)
      if (status !== undefined) return status
    }
  }
  if (operation.responses.some((response) => response.key === 'default')) return 200
  const first = operation.responses[0]
  return (first === undefined ? undefined : representativeStatus(operation, first)) ?? 200
}

/** The declared key that answered `status` (`'404'`, `'4XX'`, `'default'`), for coverage. */
export function keyForStatus(operation: MockOperation, status: number): string | undefined {
  return findResponse(operation, status)?.key
}
