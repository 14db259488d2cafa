/**
 * The MSW handler of a mock's operations: one `http.all` handler whose predicate routes the request
 * through the route table (`route-table.ts`). It answers exactly what one `http.get('…/zoos/:zId')`
 * handler per operation, ordered static segments first, would answer — without MSW parsing the URL and
 * the cookies and matching the path once per operation on every request (GitHub's spec has 1,223).
 * Creating it reads nothing; the table is compiled on the first request.
 *
 * @module
 */
import { type HttpCustomPredicate, type HttpHandler, type HttpResponseResolver, http } from 'msw'
import { answerRequest } from './answer-request.ts'
import type { MockOperation } from './data.ts'
import { type Dispatch, withDispatch } from './dispatch.ts'
import { type Reply, replyToResponse } from './encode-response.ts'
import { problemResponse } from './problem-json.ts'
import { urlOf } from './request-url.ts'
import { createRouteTable, type OwnPrefixes, type RouteMatch } from './route-table.ts'
import type { MockRuntime } from './runtime.ts'

/** Marks a request whose path could not be decoded. */
const MALFORMED = Symbol('malformed path')

/** 400 problem+json for a path with a malformed percent-escape (RFC 3986 §2.1). */
function malformedPath(request: Request): Response {
  const path = urlOf(request).pathname
  const detail = `[statusline] Failed to answer ${request.method} ${path}: the path has a malformed percent-escape`
  return problemResponse(400, detail)
}

/**
 * The handler of every operation under a route prefix (see `routePrefix`), and of each operation with
 * servers of its own under the prefixes `ownPrefixes` gives it; none without operations.
 */
export function createHandlers(
  operations: readonly MockOperation[],
  prefix: string,
  runtime: MockRuntime,
  ownPrefixes: OwnPrefixes,
): HttpHandler[] {
  if (operations.length === 0) return []
  const table = createRouteTable(operations, prefix, ownPrefixes)
  // The two steps of the handler; MSW runs them as its predicate and resolver, the standalone server
  // in one call (`dispatch.ts`), so both answer alike. Change them here, not in one caller.
  const route = (request: Request): RouteMatch | typeof MALFORMED | undefined => {
    try {
      const url = urlOf(request)
      const found = table.find(request.method, url, request.headers)
      // HEAD is GET without the content (RFC 9110 §9.3.2): a path with a GET answers it, unless the
      // spec declares a HEAD operation of its own there.
      if (found === undefined && request.method.toUpperCase() === 'HEAD')
        return table.find('GET', url, request.headers)
      return found
    } catch (error) {
      // Matching decodes the path as MSW does, and a malformed escape (`/zoos/%E0%A4%A`) throws there:
      // the request is answered 400 instead of failing the whole `getResponse`.
      if (error instanceof URIError) return MALFORMED
      throw error
    }
  }
  const answer = async (request: Request, match: RouteMatch | typeof MALFORMED): Promise<Reply> =>
    match === MALFORMED
      ? malformedPath(request)
      : answerRequest(match.operation, request, match.params, runtime)
  // MSW hands the resolver the request its predicate saw: the route found is kept for it.
  const routed = new WeakMap<Request, RouteMatch | typeof MALFORMED>()
  const predicate: HttpCustomPredicate<Record<string, string>> = ({ request }) => {
    const match = route(request)
    if (match === undefined) return false
    routed.set(request, match)
    return { matches: true, params: match === MALFORMED ? {} : match.params }
  }
  const resolver: HttpResponseResolver<Record<string, string>> = ({ request }) => {
    const match = routed.get(request)
    return match === undefined ? undefined : answer(request, match).then(replyToResponse)
  }
  const dispatch: Dispatch = async (request) => {
    const match = route(request)
    return match === undefined ? undefined : answer(request, match)
  }
  return [withDispatch(http.all(predicate, resolver), dispatch)]
}
