/**
 * Classifying a failure without a response: the caller's abort, the call's timeout, or the network.
 *
 * @module
 */

import { AbortError, NetworkError, StatuslineError, TimeoutError } from './errors.ts'

/** What a failure may carry: undici hides the real reason of a network failure in `cause`. */
type Failure = { message?: string; cause?: { message?: string } } | undefined

/**
 * The `StatuslineError` a failed fetch stands for: a `TimeoutError` when `signal` timed out, an
 * `AbortError` when it was aborted otherwise, else a `NetworkError` with the underlying reason. A
 * `StatuslineError` is returned as it is (it was classified already).
 *
 * @param label - `METHOD url`, named in the message.
 * @param timeout - the call's timeout in ms, named in a timeout's message.
 *
 * @example
 * ```ts
 * failure(new TypeError('fetch failed'), undefined, 'GET https://api.test/zoos') // NetworkError
 * ```
 */
export function failure(
  error: unknown,
  signal: AbortSignal | null | undefined,
  label: string,
  timeout?: number,
): StatuslineError {
  if (error instanceof StatuslineError) return error
  const [Kind, reason] =
    signal?.reason?.name === 'TimeoutError'
      ? [TimeoutError, `timed out${timeout ? ` after ${timeout} ms` : ''}`]
      : signal?.aborted
        ? [AbortError, 'aborted']
        : [NetworkError, (error as Failure)?.cause?.message || (error as Failure)?.message || error]
  return new Kind(`[statusline] Failed to fetch ${label}: ${reason}`, { cause: error })
}
