/**
 * The errors the runtime throws. HTTP statuses never throw (they are members of the result union);
 * these are the failures that have no status: the network, a timeout, an abort, a body that does not
 * decode, and `unwrap()` on a non-2xx member. Every message reads
 * `[statusline] Failed to <action>: <reason>`.
 *
 * The classes are deliberately bare (no methods) so that bundlers keep only what an app uses.
 *
 * @module
 */

import type { AnyMember } from './result.ts'

/**
 * Base class of every error the runtime throws; `instanceof StatuslineError` catches them all.
 *
 * @example
 * ```ts
 * try { await api.getZoo({ path: { zId: 1 } }) } catch (e) { if (e instanceof StatuslineError) report(e) }
 * ```
 */
export class StatuslineError extends Error {
  override name = 'StatuslineError'
}

/** The request never got a response: DNS, connection refused or reset, CORS, or a throwing `fetch`. */
export class NetworkError extends StatuslineError {
  override name = 'NetworkError'
}

/** No response within the call's `timeout` (retries and body reading included). */
export class TimeoutError extends StatuslineError {
  override name = 'TimeoutError'
}

/** The caller's `AbortSignal` aborted the call. */
export class AbortError extends StatuslineError {
  override name = 'AbortError'
}

/** A response announced JSON but its body does not parse; carries the status and the start of the body. */
export class DecodeError extends StatuslineError {
  override name = 'DecodeError'
  /** The HTTP status of the response whose body failed to decode. */
  declare readonly status: number
  /** The first 100 characters of the body. */
  declare readonly snippet: string
}

/**
 * Thrown by `unwrap()` for a member that is not 2xx; `.result` is that member, still typed.
 *
 * @example
 * ```ts
 * try { unwrap(await api.getZoo({ path: { zId: 1 } })) }
 * catch (e) { if (e instanceof StatusError && e.result.status === 404) showNotFound() }
 * ```
 */
export class StatusError<R extends AnyMember = AnyMember> extends StatuslineError {
  override name = 'StatusError'
  constructor(
    message: string,
    /** The non-2xx member that `unwrap()` refused. */
    readonly result: R,
  ) {
    super(message)
  }
}
