/**
 * The handler after every operation's: requests under the base URL that no operation matched. A known
 * path with an undeclared method gets `405 Method Not Allowed` and `Allow` (an `OPTIONS` request gets
 * `204 No Content` and `Allow`, RFC 9110 §9.3.7); a path the spec does not declare gets `404` as
 * problem+json. Both go through the engine's answer building and conformance. One handler for the whole
 * API, whose path templates are compiled on its first request.
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
import { type CompiledTemplate, compileTemplate, matchTemplate } from './routes.ts'
import type { MockRuntime } from './runtime.ts'
import { findResponse } from './status-keys.ts'

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
export function createFallbackHandler(prefix: string, runtime: MockRuntime): HttpHandler | undefined {
  const { behaviour } = runtime
  const answerUnknown = behaviour.unknownPath === '404' && prefix !== '*'
  if (!behaviour.methodNotAllowed && !answerUnknown) return undefined
  let known: KnownPath[] | undefined
  const knownPaths = (): KnownPath[] => {
    if (known === undefined) {
      const byPath = new Map<string, MockOperation[]>()
      for (const operation of runtime.data.operations)
        byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation])
      known = [...byPath].map(([template, operations]) => ({
        template,
        compiled: compileTemplate(template),
        operations,
      }))
    }
    return known
  }
  const matches = (request: Request): boolean => pathUnder(prefix, urlOf(request)) !== undefined
  const respond = (request: Request): Response | undefined => {
    const rest = pathUnder(prefix, urlOf(request)) ?? ''
    const method = request.method.toUpperCase()
    const matched = knownPaths().filter((path) => matchTemplate(path.compiled, rest) !== undefined)
    if (matched.length === 0) {
      if (!answerUnknown) return undefined
      const message = `${runtime.data.title} has no path ${rest === '' ? '/' : rest} (${method} ${urlOf(request).pathname})`
      const operation = standIn(method, rest)
      return answer(
        operation,
        request,
        runtime,
        errorStep(operation, request, runtime, { status: 404, message }),
        [],
      )
    }
    const allowed = [...new Set(matched.flatMap((path) => runtime.allowedMethods(path.template)))]
    if (!behaviour.methodNotAllowed || allowed.includes(method)) return undefined
    const template = matched[0]?.template ?? rest
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
    const operation = standIn(method, template, declaring === undefined ? [] : declaring.responses)
    const message = `${method} is not allowed on ${template}; allowed: ${allowed.join(', ')}`
    return answer(
      operation,
      request,
      runtime,
      errorStep(operation, request, runtime, { status: 405, message }),
      allowed,
    )
  }
  const handler = http.all(
    ({ request }) => matches(request),
    ({ request }) => respond(request),
  )
  // The same two steps in one call, for the standalone server (see `dispatch.ts`).
  return withDispatch(handler, async (request) => (matches(request) ? respond(request) : undefined))
}
