/**
 * `call()`: the one function every generated operation delegates to. It resolves the client, builds the
 * request, fetches it, applies the timeout, the caller's abort signal and the retry policy, and decodes
 * the response into the member of the operation's result union.
 *
 * @module
 */

import { buildRequest, expandPath } from './build-request.ts'
import { defaultClient } from './create-client.ts'
import { StatuslineError } from './errors.ts'
import { failure } from './failure.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions, RequestParams } from './options.ts'
import { parseResponse } from './parse-response.ts'
import type { AnyMember } from './result.ts'
import { retryDelay, shouldRetry, sleep } from './retry.ts'

/**
 * Calls one operation and resolves to the member of its result union that the response matches. HTTP
 * statuses never reject; the promise rejects with `NetworkError`, `TimeoutError` or `AbortError` when there
 * is no response (a custom fetch that throws counts as the network), with `DecodeError` when a JSON body
 * does not parse, and with a `StatuslineError` when no client is available or a path parameter is
 * missing, empty or a dot segment. Errors of token providers propagate as thrown; an unusable URL (no
 * `baseUrl` outside a browser) rejects with fetch's `TypeError`.
 *
 * Each attempt rebuilds the request (so token providers run again) and fetches it: the global fetch takes
 * the URL and init as they are, a custom fetch (`withMiddleware(…)` among them) a `Request` and the
 * attempt's `FetchContext`. `timeout` bounds the whole call, retries and body reading included. Only
 * what a call needs is made: no `AbortSignal` without a signal or a timeout.
 *
 * @typeParam R - the operation's result union, e.g. `GetZooResult`; the runtime does not check it.
 *
 * @example
 * ```ts
 * const getZooSpec = { method: 'GET', path: '/zoos/{zId}', responses: { 200: {}, 404: {} } } as const
 * const res = await call<GetZooResult>(getZooSpec, { path: { zId: 1 } }, { client, timeout: 5000 })
 * ```
 */
export async function call<R extends AnyMember>(
  spec: OperationSpec,
  params?: RequestParams | null,
  options?: CallOptions | null,
): Promise<R> {
  // JavaScript callers may write `null` for none.
  params ??= {}
  options ??= {}
  const { method } = spec
  const client = options.client ?? defaultClient
  if (!client)
    throw new StatuslineError(
      `[statusline] Failed to call ${method} ${spec.path}: no client (pass options.client or setDefaultClient)`,
    )
  const path = expandPath(spec, params.path as Record<string, unknown> | undefined)
  const defaults = client.options
  const custom = options.fetch ?? defaults.fetch
  const timeout = options.timeout ?? defaults.timeout
  const retry = options.retry ?? defaults.retry
  const policy = retry === true ? {} : retry
  // Only the signals the call needs: none, the caller's, the timeout's, or both combined.
  const signals = [options.signal, timeout && AbortSignal.timeout(timeout)].filter(Boolean) as AbortSignal[]
  const signal = signals[1] ? AbortSignal.any(signals) : signals[0]
  // What messages name: the path before any attempt, then the URL of the last request.
  let target = path
  const fail = (error: unknown) => failure(error, signal, `${method} ${target}`, timeout)
  try {
    for (let attempt = 1; ; attempt++) {
      const [url, init] = await buildRequest(spec, params, path, defaults, options, signal)
      let response: Response | undefined
      let error: StatuslineError | undefined
      target = url
      try {
        signal?.throwIfAborted()
        response = await (custom ? custom(new Request(url, init), { spec, attempt }) : fetch(url, init))
      } catch (cause) {
        // Built now, a `Request` throws the TypeError of a URL or init that fetch cannot take (a stream
        // body, which the attempt may have used, left out).
        target = new Request(url, init.duplex ? {} : init).url
        error = fail(cause)
      }
      // A stream body (`duplex`) can be sent once only: no retries then.
      if (policy && !init.duplex && shouldRetry(policy, method, attempt, response, error)) {
        response?.body?.cancel().catch(() => {})
        await sleep(retryDelay(policy, attempt, response), signal)
        continue
      }
      if (!response) throw error
      return (await parseResponse(spec, response, `${method} ${target}`, options.parseAs).catch((e) => {
        throw fail(e)
      })) as R
    }
  } catch (error) {
    throw signal?.aborted ? fail(error) : error
  }
}
