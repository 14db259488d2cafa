/**
 * The MSW handlers of a mock: one per operation (`http.get('https://api.example.com/v1/zoos/:zId', …)`),
 * ordered so that static path segments win over parameters. Creating them reads nothing but the method
 * and the path of each operation; everything else happens on the operation's first request.
 *
 * @module
 */
import { HttpHandler, type HttpResponseResolver, http } from 'msw'
import { answerRequest } from './answer-request.ts'
import type { MockOperation } from './data.ts'
import { compareTemplates, createPathMatcher, toMswPath } from './routes.ts'
import type { MockRuntime } from './runtime.ts'

const PLACEHOLDER = /\{([^{}]+)\}/g

/** The `http.<method>` handler factories of MSW, by upper-case method. */
const FACTORIES: Readonly<Record<string, typeof http.get>> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  HEAD: http.head,
  OPTIONS: http.options,
}

/** Keeps the template's own parameters (MSW also reports the `*` origin wildcard as `0`). */
function pickParams(names: readonly string[], params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) {
    const value = params[name]
    if (typeof value === 'string') out[name] = value
    else if (Array.isArray(value)) out[name] = value.join('/')
  }
  return out
}

/** The MSW handler of one operation under a route prefix (see `routePrefix`). */
export function createOperationHandler(
  operation: MockOperation,
  prefix: string,
  runtime: MockRuntime,
): HttpHandler {
  const names = [...operation.path.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
  const resolver: HttpResponseResolver = ({ request, params }) =>
    answerRequest(operation, request, pickParams(names, params), runtime)
  const method = operation.method.toUpperCase()
  const path = toMswPath(prefix, operation.path)
  const predicate = path ?? createPathMatcher(prefix, operation.path)
  const factory = FACTORIES[method]
  if (factory !== undefined) return factory(predicate, resolver)
  return new HttpHandler(method, predicate, resolver)
}

/** The handlers of every operation, static segments first (stable among equally specific paths). */
export function createHandlers(
  operations: readonly MockOperation[],
  prefix: string,
  runtime: MockRuntime,
): HttpHandler[] {
  return [...operations]
    .sort((a, b) => compareTemplates(a.path, b.path))
    .map((operation) => createOperationHandler(operation, prefix, runtime))
}
