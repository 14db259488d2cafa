/**
 * The answer function behind each MSW handler a mock creates: `request → reply`, or `undefined` when
 * the handler does not answer the request (its predicate does not match, or it passes the request on).
 * The handler's predicate and resolver are this function split in two, so calling it answers exactly
 * what the handler answers: the reply is that response, or the answer it is made from (`Reply`,
 * `replyToResponse`), which the server writes without building a `Response`.
 *
 * The standalone server calls it instead of MSW's `getResponse`: for these handlers, `getResponse` only
 * adds per-request work whose result the mock never reads — a clone of the request, its cookies read
 * through MSW's cookie store (empty outside `setupServer`/`setupWorker`), a request id — which costs
 * more than the mock's own answer (≈60 µs of ≈170 µs per request on this project's 2-core machine).
 *
 * @module
 */
import type { Reply } from './encode-response.ts'

/** Answers a request as one of the mock's MSW handlers would; `undefined` when that handler does not. */
export type Dispatch = (request: Request) => Promise<Reply | undefined>

const dispatchers = new WeakMap<object, Dispatch>()

/** Records `dispatch` as the answer function of `handler` (see the module comment); returns the handler. */
export function withDispatch<H extends object>(handler: H, dispatch: Dispatch): H {
  dispatchers.set(handler, dispatch)
  return handler
}

/**
 * One answer function for a list of handlers, answering as `getResponse(handlers, request)` does (the
 * first handler that returns a response wins), or `undefined` when a handler of the list was not made
 * by a mock (then only `getResponse` knows how it answers).
 */
export function composeDispatch(handlers: readonly object[]): Dispatch | undefined {
  const list: Dispatch[] = []
  for (const handler of handlers) {
    const dispatch = dispatchers.get(handler)
    if (dispatch === undefined) return undefined
    list.push(dispatch)
  }
  return async (request) => {
    for (const dispatch of list) {
      const response = await dispatch(request)
      if (response !== undefined) return response
    }
    return undefined
  }
}
