/**
 * `call()`: the one function every generated operation delegates to. It resolves the client, builds the
 * request, runs middleware around `fetch`, applies the timeout, the caller's abort signal and the retry
 * policy, and decodes the response into the member of the operation's result union.
 *
 * @module
 */

import { buildRequest, expandPath } from './build-request.ts'
import { defaultClient } from './create-client.ts'
import { AbortError, NetworkError, StatuslineError, TimeoutError } from './errors.ts'
import { requestLabels } from './internal/request-labels.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions, ErrorContext, RequestContext, RequestParams, ResponseContext } from './options.ts'
import { parseResponse } from './parse-response.ts'
import type { AnyMember } from './result.ts'
import { retryDelay, shouldRetry, sleep } from './retry.ts'

/** What a failure may carry: undici hides the real reason of a network failure in `cause`. */
type Failure = { message?: string; cause?: { message?: string } } | undefined

/**
 * Calls one operation and resolves to the member of its result union that the response matches. HTTP
 * statuses never reject; the promise rejects with `NetworkError`, `TimeoutError` or `AbortError` when there
 * is no response, with `DecodeError` when a JSON body does not parse, and with a `StatuslineError` when no
 * client is available or a path parameter is missing, empty or a dot segment. Errors of token providers
 * and middleware propagate as thrown; an unusable URL (no `baseUrl` outside a browser) rejects with fetch's `TypeError`.
 *
 * Each attempt rebuilds the request (so token providers run again), passes it through the `onRequest`
 * hooks, fetches, then passes the response or the failure through the `onResponse`/`onError` hooks in
 * reverse order. `timeout` bounds the whole call, retries and body reading included. Only what a call
 * needs is made: no `AbortSignal` without a signal or a timeout, and no `Request` for the global fetch
 * unless middleware or a stream body needs one (fetch then takes the URL and init: messages about a
 * response name that URL as built).
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
  const middleware = defaults.middleware ?? []
  const custom = options.fetch ?? defaults.fetch
  const timeout = options.timeout ?? defaults.timeout
  const retry = options.retry ?? defaults.retry
  // A stream body can be sent once only: no retries then.
  const policy = !(params.body instanceof ReadableStream) && (retry === true ? {} : retry)
  // Only the signals the call needs: none, the caller's, the timeout's, or both combined.
  const signals = [options.signal, timeout && AbortSignal.timeout(timeout)].filter(Boolean) as AbortSignal[]
  const signal = signals[1] ? AbortSignal.any(signals) : signals[0]
  // What messages name: the path before any attempt, then the URL of the last request (as built, when
  // fetch took it without a `Request`).
  let target = path
  const fail = (error: unknown): StatuslineError =>
    error instanceof StatuslineError
      ? error
      : new (signal?.reason?.name === 'TimeoutError'
          ? TimeoutError
          : signal?.aborted
            ? AbortError
            : NetworkError)(
          `[statusline] Failed to fetch ${method} ${target}: ${
            signal?.reason?.name === 'TimeoutError'
              ? `timed out${timeout ? ` after ${timeout} ms` : ''}`
              : signal?.aborted
                ? 'aborted'
                : (error as Failure)?.cause?.message || (error as Failure)?.message || error
          }`,
          { cause: error },
        )
  try {
    for (let attempt = 1; ; attempt++) {
      const [url, init] = await buildRequest(spec, params, path, defaults, options, signal)
      // One context per attempt, completed as the attempt goes: hooks see what has happened so far.
      const context = { spec, attempt } as {
        request?: Request
        spec: OperationSpec
        attempt: number
        response?: Response | undefined
        error?: StatuslineError
      }
      // A `Request` only where middleware, a custom fetch or a stream body needs one; otherwise `fetch`
      // takes the URL and init as they are (a `Request` it would only copy).
      if (custom || middleware[0] || init.body instanceof ReadableStream) {
        context.request = new Request(url, init)
        for (const m of middleware)
          context.request = (await m.onRequest?.(context as RequestContext)) || context.request
      }
      const request = context.request
      try {
        signal?.throwIfAborted()
        context.response = await (request ? (custom ?? fetch)(request) : fetch(url, init))
        target = request?.url ?? url
      } catch (error) {
        // Built now, a `Request` throws the TypeError of a URL or init that fetch cannot take, as building
        // it before fetching did.
        target = request?.url ?? new Request(url, init).url
        context.error = fail(error)
      }
      for (const m of middleware.toReversed())
        context.response = context.response
          ? (await m.onResponse?.(context as ResponseContext)) || context.response
          : (await m.onError?.(context as ErrorContext)) || undefined
      const { response, error } = context
      if (policy && shouldRetry(policy, method, attempt, response, error)) {
        response?.body?.cancel().catch(() => {})
        await sleep(retryDelay(policy, attempt, response), signal)
        continue
      }
      if (!response) throw error
      requestLabels.set(response, `${method} ${path}`)
      return (await parseResponse(spec, response, `${method} ${target}`, options.parseAs).catch((e) => {
        throw fail(e)
      })) as R
    }
  } catch (error) {
    throw signal?.aborted ? fail(error) : error
  }
}
