/**
 * Middleware: hooks around every attempt, as a `Fetch` that wraps another. An app that uses none bundles
 * none of this.
 *
 * @module
 */

import { failure } from './failure.ts'
import type { ErrorContext, Fetch, Middleware, RequestContext, ResponseContext } from './options.ts'

/**
 * A fetch that runs `middleware` around `inner` (default: `globalThis.fetch`, looked up at each call) on
 * every attempt: `onRequest` hooks in order (each may return a replacement `Request`), then `inner`, then
 * `onResponse` hooks, or on a failure `onError` hooks, in reverse order (each may return a replacement
 * `Response`; an `onError` that returns one recovers). Failures reach `onError` classified as
 * `NetworkError`, `TimeoutError` or `AbortError`, and are thrown so when nothing recovers. An error a
 * hook throws reaches the caller as `call` reports any fetch that throws: a `NetworkError` whose `cause`
 * it is (a `StatuslineError` as it is).
 *
 * @example
 * ```ts
 * const sign: Middleware = { onRequest: ({ request }) => signed(request) }
 * const client = createClient({ baseUrl, fetch: withMiddleware([sign, log]) })
 * ```
 */
export function withMiddleware(middleware: readonly Middleware[], inner?: Fetch): Fetch {
  return async (request, { spec, attempt }) => {
    const context = { spec, attempt, request } as RequestContext & {
      request: Request
      response?: Response | undefined
      error?: ErrorContext['error']
    }
    for (const m of middleware) context.request = (await m.onRequest?.(context)) || context.request
    try {
      context.response = await (inner ? inner(context.request, { spec, attempt }) : fetch(context.request))
    } catch (error) {
      const { method, url, signal } = context.request
      context.error = failure(error, signal, `${method} ${url}`)
    }
    for (const m of middleware.toReversed())
      context.response = context.response
        ? (await m.onResponse?.(context as ResponseContext)) || context.response
        : (await m.onError?.(context as ErrorContext)) || undefined
    if (!context.response) throw context.error
    return context.response
  }
}
