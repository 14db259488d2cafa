/**
 * The retry policy: whether an attempt's outcome is retried and how long to wait before the next one
 * (exponential backoff with jitter, or the server's `Retry-After`, RFC 9110 §10.2.3).
 *
 * @module
 */

import { NetworkError } from './errors.ts'
import type { RetryOptions } from './options.ts'

/**
 * Whether to retry after `attempt` attempts: attempts remain, the method is retryable, and the response's
 * status is a retry status, or there was no response because of a `NetworkError` (never after a timeout
 * or an abort).
 */
export const shouldRetry = (
  policy: RetryOptions,
  method: string,
  attempt: number,
  response: Response | undefined,
  error: unknown,
): boolean =>
  attempt < (policy.attempts ?? 3) &&
  (policy.methods ?? ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']).includes(method) &&
  (response
    ? (policy.statuses ?? [429, 502, 503, 504]).includes(response.status)
    : error instanceof NetworkError)

/**
 * Milliseconds to wait before attempt `attempt + 1`: the response's `Retry-After` (delay-seconds or an
 * HTTP-date; a date in the past means 0), else `baseDelay × 2^(attempt-1)` with jitter in
 * [delay/2, delay]; both capped by `maxDelay`.
 *
 * @example
 * ```ts
 * retryDelay({ jitter: false }, 2, undefined) // 600
 * retryDelay({}, 1, new Response(null, { status: 503, headers: { 'retry-after': '2' } })) // 2000
 * ```
 */
export function retryDelay(policy: RetryOptions, attempt: number, response: Response | undefined): number {
  const after = response?.headers.get('retry-after')
  // A number is delay-seconds (RFC 9110 §10.2.3) or, below 0, invalid; anything else may be an HTTP-date.
  const told = after ? (+after >= 0 ? +after * 1000 : +after < 0 ? NaN : Date.parse(after) - Date.now()) : NaN
  return Math.min(
    policy.maxDelay ?? 30_000,
    Math.max(
      0,
      Number.isNaN(told)
        ? (policy.baseDelay ?? 300) *
            2 ** (attempt - 1) *
            (policy.jitter === false ? 1 : 0.5 + Math.random() / 2)
        : told,
    ),
  )
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts. The signal's listener goes when
 * the wait ends, so one long-lived signal over many retried calls collects none.
 */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const abort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', abort)
  })
