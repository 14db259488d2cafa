/**
 * `call()`: the one function every generated operation delegates to. It resolves the client, builds the
 * request, runs middleware around `fetch`, applies the timeout, the caller's abort signal and the retry
 * policy, and decodes the response into the member of the operation's result union.
 *
 * @module
 */

import { buildRequest, expandPath } from './build-request.ts'
import { getDefaultClient } from './create-client.ts'
import { AbortError, NetworkError, StatuslineError, TimeoutError } from './errors.ts'
import { requestLabels } from './internal/request-labels.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions, ErrorContext, RequestParams, ResponseContext } from './options.ts'
import { parseResponse } from './parse-response.ts'
import type { AnyMember } from './result.ts'
import { retryDelay, shouldRetry, sleep } from './retry.ts'

/** The most telling message of a thrown value: undici hides the real reason in `cause`. */
const reasonOf = (error: unknown): string => {
  const e = error as { message?: string; cause?: { message?: string } } | undefined
  return String(e?.cause?.message || e?.message || error)
}

/**
 * Calls one operation and resolves to the member of its result union that the response matches. HTTP
 * statuses never reject; the promise rejects with `NetworkError`, `TimeoutError` or `AbortError` when there
 * is no response, with `DecodeError` when a JSON body does not parse, and with a `StatuslineError` when no
 * client is available or a path parameter is missing. Errors of token providers and middleware propagate
 * as thrown; an unusable URL (no `baseUrl` outside a browser) rejects with fetch's `TypeError`.
 *
 * Each attempt rebuilds the request (so token providers run again), passes it through the `onRequest`
 * hooks, fetches, then passes the response or the failure through the `onResponse`/`onError` hooks in
 * reverse order. `timeout` bounds the whole call, retries and body reading included.
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
  params: RequestParams = {},
  options: CallOptions = {},
): Promise<R> {
  const { method } = spec
  const client = options.client ?? getDefaultClient()
  if (!client)
    throw new StatuslineError(
      `[statusline] Failed to call ${method} ${spec.path}: no client (pass options.client or setDefaultClient)`,
    )
  const path = expandPath(spec, params.path as Record<string, unknown> | undefined)
  const defaults = client.options
  const middleware = defaults.middleware ?? []
  const timeout = options.timeout ?? defaults.timeout
  const retry = options.retry ?? defaults.retry
  // A stream body can be sent once only: no retries then.
  const policy = params.body instanceof ReadableStream ? undefined : retry === true ? {} : retry || undefined
  const signal = AbortSignal.any(
    [options.signal, timeout && AbortSignal.timeout(timeout)].filter(Boolean) as AbortSignal[],
  )
  let url = path
  const fail = (error: unknown): StatuslineError => {
    const timedOut = signal.reason?.name === 'TimeoutError'
    return error instanceof StatuslineError
      ? error
      : new (timedOut ? TimeoutError : signal.aborted ? AbortError : NetworkError)(
          `[statusline] Failed to fetch ${method} ${url}: ${
            timedOut
              ? `timed out${timeout ? ` after ${timeout} ms` : ''}`
              : signal.aborted
                ? 'aborted'
                : reasonOf(error)
          }`,
          { cause: error },
        )
  }
  try {
    for (let attempt = 1; ; attempt++) {
      // One context per attempt, completed as the attempt goes: hooks see what has happened so far.
      const context: {
        request: Request
        spec: OperationSpec
        attempt: number
        response?: Response | undefined
        error?: StatuslineError
      } = {
        request: await buildRequest(spec, params, path, defaults, options, signal),
        spec,
        attempt,
      }
      for (const m of middleware) context.request = (await m.onRequest?.(context)) || context.request
      url = context.request.url
      try {
        signal.throwIfAborted()
        context.response = await (options.fetch ?? defaults.fetch ?? fetch)(context.request)
      } catch (error) {
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
      return (await parseResponse(spec, response, `${method} ${url}`, options.parseAs).catch((e) => {
        throw fail(e)
      })) as R
    }
  } catch (error) {
    throw signal.aborted ? fail(error) : error
  }
}
