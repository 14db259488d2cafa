/**
 * The handler after every operation's: requests under the base URL that no operation matched. A known
 * path with an undeclared method gets `405 Method Not Allowed` and `Allow` (an `OPTIONS` request gets
 * `204 No Content` and `Allow`, RFC 9110 §9.3.7); a path the spec does not declare gets `404` as
 * problem+json. Both go through the engine's answer building and conformance. One handler for the whole
 * API, whose path templates are compiled on its first request.
 *
 * Operations with servers of their own are answered under those too (`own-servers.ts`), so the handler
 * also covers each such server, as the API of only the operations served there: an upload host answers
 * `404` for a path it does not serve and `405` with the methods it serves.
 *
 * @module
 */
import { type HttpHandler, http } from 'msw'
import { errorStep } from './automatic-answers.ts'
import { conformantAnswer } from './conformant-answer.ts'
import type { MockOperation } from './data.ts'
import { withDispatch } from './dispatch.ts'
import { toHttpResponse } from './encode-response.ts'
import { urlOf } from './request-url.ts'
import type { OwnPrefixes } from './route-table.ts'
import { type CompiledTemplate, compileTemplate, matchTemplate } from './routes.ts'
import { type MockRuntime, methodsInOrder } from './runtime.ts'
import { findResponse } from './status-keys.ts'

/** A route prefix and the operations served under it. */
interface Scope {
  readonly prefix: string
  readonly operations: readonly MockOperation[]
  /** Whether a path no operation declares gets `404` here (else it falls through to MSW). */
  readonly answerUnknown: boolean
  known?: KnownPath[]
}

interface KnownPath {
  readonly template: string
  readonly compiled: CompiledTemplate
  readonly operations: readonly MockOperation[]
}

/** The part of a request URL after the route prefix, or `undefined` when the URL is not under it. */
function pathUnder(prefix: string, url: URL): string | undefined {
  if (prefix.startsWith('*')) {
    const base = prefix.slice(1)
    return url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined
  }
  const full = `${url.origin}${url.pathname}`
  if (!full.startsWith(prefix)) return undefined
  const rest = full.slice(prefix.length)
  return rest === '' || rest.startsWith('/') ? rest : undefined
}

/** An operation that stands for an answer no declared operation gives (its responses decide the body). */
function standIn(method: string, path: string, responses: MockOperation['responses'] = []): MockOperation {
  return { name: '', operationId: '', method, path, tags: [], parameters: [], responses, security: [] }
}

function answer(
  operation: MockOperation,
  request: Request,
  runtime: MockRuntime,
  step: ReturnType<typeof errorStep>,
  allowed: readonly string[],
): Response {
  const built = conformantAnswer(
    operation,
    request,
    runtime,
    { status: step.status, step, prefer: {} },
    () => allowed,
  )
  return toHttpResponse(built)
}

/**
 * The fallback handler of a mock under a route prefix, or `undefined` when neither 405 nor 404 answers
 * are wanted. Requests it does not answer (a declared method the operation handlers did not match, an
 * unknown path with `unknownPath: 'passthrough'` or without a base URL) fall through to MSW.
 */
export function createFallbackHandler(
  prefix: string,
  runtime: MockRuntime,
  ownPrefixes: OwnPrefixes,
): HttpHandler | undefined {
  const { behaviour } = runtime
  const scopes = scopesOf(prefix, runtime.data.operations, ownPrefixes, behaviour.unknownPath === '404')
  if (!behaviour.methodNotAllowed && !scopes.some((scope) => scope.answerUnknown)) return undefined
  const scopeOf = (url: URL): { scope: Scope; rest: string } | undefined => {
    for (const scope of scopes) {
      const rest = pathUnder(scope.prefix, url)
      if (rest !== undefined) return { scope, rest }
    }
    return undefined
  }
  // An error answer of a stand-in operation at `path` (its responses, when given, supply the body's schema).
  const refuse = (
    request: Request,
    path: string,
    status: number,
    message: string,
    allowed: readonly string[] = [],
    responses?: MockOperation['responses'],
  ): Response => {
    const operation = standIn(request.method.toUpperCase(), path, responses)
    return answer(
      operation,
      request,
      runtime,
      errorStep(operation, request, runtime, { status, message }),
      allowed,
    )
  }
  // The path serves the method, yet no operation took the request: every operation there has a selector
  // (a query or header value) and the request carries none of theirs.
  const unselected = (
    matched: readonly KnownPath[],
    method: string,
    template: string,
    request: Request,
  ): Response | undefined => {
    const selectors = matched
      .flatMap((path) => path.operations)
      .filter((op) => op.method === method)
      .map((op) => op.selectors?.[0])
    if (selectors.length === 0 || selectors.includes(undefined)) return undefined
    const named = selectors
      .slice(0, 3)
      .map((selector) => `${selector?.in} ${selector?.name}=${selector?.value}`)
    const more = selectors.length > 3 ? ` or ${selectors.length - 3} more` : ''
    const message = `${method} ${template} tells its operations apart by ${named.join(', ')}${more}; the request has none of them`
    return refuse(request, template, 400, message)
  }
  const respond = (request: Request): Response | undefined => {
    const found = scopeOf(urlOf(request))
    if (found === undefined) return undefined
    const { scope, rest } = found
    const method = request.method.toUpperCase()
    const matched = knownPaths(scope).filter((path) => matchTemplate(path.compiled, rest) !== undefined)
    if (matched.length === 0) {
      if (!scope.answerUnknown) return undefined
      const message = `${runtime.data.title} has no path ${rest === '' ? '/' : rest} (${method} ${urlOf(request).pathname})`
      return refuse(request, rest, 404, message)
    }
    // The methods of the operations this scope serves at the path (under the base URL: all of them).
    const allowed = methodsInOrder(matched.flatMap((path) => path.operations.map((op) => op.method)))
    const template = matched[0]?.template ?? rest
    if (allowed.includes(method)) return unselected(matched, method, template, request)
    if (!behaviour.methodNotAllowed) return undefined
    if (method === 'OPTIONS') {
      const step = {
        status: 204,
        hasBody: false,
        body: undefined,
        headers: { allow: allowed.join(', ') },
        delay: undefined,
        source: 'declared' as const,
      }
      return answer(standIn(method, template), request, runtime, step, allowed)
    }
    const declaring = matched
      .flatMap((path) => path.operations)
      .find((operation) => findResponse(operation, 405) !== undefined)
    const message = `${method} is not allowed on ${template}; allowed: ${allowed.join(', ')}`
    return refuse(request, template, 405, message, allowed, declaring?.responses)
  }
  const handler = http.all(
    ({ request }) => scopeOf(urlOf(request)) !== undefined,
    ({ request }) => respond(request),
  )
  // The same two steps in one call, for the standalone server (see `dispatch.ts`).
  return withDispatch(handler, async (request) => respond(request))
}

/**
 * The base prefix with every operation, and each own server's prefix with the operations served there;
 * most specific first (an absolute prefix before a relative one, a longer before a shorter), since a
 * relative base path matches on every origin.
 */
function scopesOf(
  prefix: string,
  operations: readonly MockOperation[],
  ownPrefixes: OwnPrefixes,
  unknownAnswered: boolean,
): Scope[] {
  const own = new Map<string, MockOperation[]>()
  for (const operation of operations)
    for (const each of ownPrefixes(operation))
      if (each !== prefix) own.set(each, [...(own.get(each) ?? []), operation])
  const scopes: Scope[] = [
    { prefix, operations, answerUnknown: unknownAnswered && prefix !== '*' },
    ...[...own].map(([each, served]) => ({
      prefix: each,
      operations: served,
      answerUnknown: unknownAnswered,
    })),
  ]
  const rank = (scope: Scope) => (scope.prefix.startsWith('*') ? 0 : 1e6) + scope.prefix.length
  return scopes.sort((a, b) => rank(b) - rank(a))
}

/** The paths of a scope's operations, compiled on first use. */
function knownPaths(scope: Scope): KnownPath[] {
  if (scope.known === undefined) {
    const byPath = new Map<string, MockOperation[]>()
    for (const operation of scope.operations)
      byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation])
    scope.known = [...byPath].map(([template, served]) => ({
      template,
      compiled: compileTemplate(template),
      operations: served,
    }))
  }
  return scope.known
}
