/**
 * Answers one request of one operation: picks the answer (network error > scripted scenario > automatic
 * answers: 401, 415/406/413, 400/422 > `Prefer` header > stateful store > generated default answer, see
 * `Mock`), records the request, builds the answer, applies conformance, turns an unscripted 2xx to
 * `GET`/`HEAD` into the 304 or 412 its preconditions ask for, waits for the delay, and counts
 * the response key for coverage. Automatic and stateful answers are steps like scripted ones, so every
 * answer goes through the same building, conformance and encoding.
 *
 * @module
 */
import { delay, HttpResponse } from 'msw'
import { checkRequest, errorStep, storeStep } from './automatic-answers.ts'
import { conditionalFailure, notModified } from './conditional/conditional-answer.ts'
import { conformantAnswer } from './conformant-answer.ts'
import type { MockOperation } from './data.ts'
import { type Reply, toHttpResponse, toWireAnswer } from './encode-response.ts'
import { type PreferDirectives, parsePrefer } from './prefer-header.ts'
import { PROBLEM_JSON, problemDetails } from './problem-json.ts'
import { recordRequest } from './recorder.ts'
import type { MockRuntime } from './runtime.ts'
import type { ScriptedStep } from './scenarios.ts'
import { findResponse, happyStatus, isDeclared } from './status-keys.ts'

/** Why the mock cannot answer as asked: the status of its problem+json answer, and the detail. */
interface Failure {
  readonly status: 400 | 500
  readonly detail: string
}

/** The reason the `Prefer: example=` of a request cannot be followed, when it cannot. */
function missingExample(
  operation: MockOperation,
  status: number,
  example: string | undefined,
): string | undefined {
  if (example === undefined) return undefined
  const response = findResponse(operation, status)
  const names = [...new Set(response?.contents.flatMap((content) => Object.keys(content.examples ?? {})))]
  if (names.includes(example)) return undefined
  const has =
    names.length === 0 ? 'it has none' : `it has ${names.map((name) => JSON.stringify(name)).join(', ')}`
  return `example=${example} names no example of the ${operation.name} ${status} response (${has})`
}

function preferFailure(detail: string): Failure {
  return { status: 400, detail: `[statusline] Failed to follow the Prefer header: ${detail}.` }
}

/** The status chosen for a request, and why. */
interface Decision {
  readonly status: number
  readonly step: ScriptedStep | undefined
  readonly prefer: PreferDirectives
  /**
   * Set when the mock cannot answer as asked: a 500 when `onUnhandledScenario: 'error'` meets an
   * undeclared status, a 400 for a `Prefer` header it cannot follow.
   */
  readonly failure?: Failure
  /** True for the default answer, which stateful mode may replace. */
  readonly byDefault?: boolean
}

function decide(
  operation: MockOperation,
  request: Request,
  runtime: MockRuntime,
  step: ScriptedStep | undefined,
): Decision {
  const prefer = parsePrefer(request.headers.get('prefer'))
  if (step !== undefined) {
    if (step.source !== 'declared' && !isDeclared(operation, step.status)) {
      const source = step.source === 'forced' ? 'forced' : 'wildcard'
      if (runtime.reportUnhandled({ operation: operation.name, status: step.status, source })) {
        return {
          status: 500,
          step: undefined,
          prefer,
          failure: unhandled(operation, `status ${step.status} (scripted by ${source})`),
        }
      }
    }
    return { status: step.status, step, prefer }
  }
  if (prefer.invalid !== undefined)
    return { status: 400, step: undefined, prefer, failure: preferFailure(prefer.invalid) }
  let status = happyStatus(operation)
  if (prefer.code !== undefined) {
    if (isDeclared(operation, prefer.code)) status = prefer.code
    else if (runtime.reportUnhandled({ operation: operation.name, status: prefer.code, source: 'prefer' })) {
      return {
        status: 500,
        step: undefined,
        prefer,
        failure: unhandled(operation, `status ${prefer.code} (asked by Prefer: code=)`),
      }
    }
  }
  const noExample = missingExample(operation, status, prefer.example)
  if (noExample !== undefined)
    return { status: 400, step: undefined, prefer, failure: preferFailure(noExample) }
  const byDefault = prefer.example === undefined && status !== prefer.code
  return { status, step: undefined, prefer, byDefault }
}

function unhandled(operation: MockOperation, what: string): Failure {
  return {
    status: 500,
    detail: `[statusline] Failed to answer ${operation.name}: it does not declare ${what}.`,
  }
}

function failureResponse(failure: Failure): Response {
  return HttpResponse.json(problemDetails(failure.status, failure.detail), {
    status: failure.status,
    headers: { 'content-type': PROBLEM_JSON },
  })
}

/**
 * Answers a request of `operation`, whose path parameters MSW (or the custom matcher) already read. The
 * reply is a `Response` or, for most answers, the same answer not yet made into one (`replyToResponse`
 * makes it one; the standalone server writes it as it is).
 */
export async function answerRequest(
  operation: MockOperation,
  request: Request,
  pathParams: Readonly<Record<string, string>>,
  runtime: MockRuntime,
): Promise<Reply> {
  if (runtime.scenarios.hasNetworkError(operation.name)) {
    const record = await recordRequest(operation.name, request, pathParams)
    runtime.calls.add({ ...record, status: 0 })
    return HttpResponse.error()
  }
  const scripted = runtime.scenarios.next(operation.name)
  const automatic =
    scripted === undefined ? await checkRequest(operation, request, pathParams, runtime) : undefined
  const readBody = automatic?.step === undefined || automatic.bodyReadable
  const record = await recordRequest(operation.name, request, pathParams, { readBody })
  let decision = decide(operation, request, runtime, scripted ?? automatic?.step)
  if (decision.byDefault === true) {
    const stored = storeStep(
      operation,
      request,
      record,
      automatic?.step === undefined ? automatic?.parsed : undefined,
      runtime,
    )
    if (stored !== undefined) decision = { status: stored.status, step: stored, prefer: decision.prefer }
  }
  const wait = decision.step?.delay ?? runtime.delay
  let response: Reply
  let status = decision.status
  if (decision.failure !== undefined) {
    response = failureResponse(decision.failure)
  } else {
    const allowed = () => runtime.allowedMethods(operation.path)
    let answer = conformantAnswer(operation, request, runtime, decision, allowed)
    const failed = scripted === undefined ? conditionalFailure(answer, request) : undefined
    if (failed?.status === 304) answer = notModified(answer)
    else if (failed !== undefined) {
      const step = errorStep(operation, request, runtime, { status: 412, message: failed.detail })
      answer = conformantAnswer(
        operation,
        request,
        runtime,
        { status: 412, step, prefer: decision.prefer },
        allowed,
      )
    }
    status = answer.status
    response = toWireAnswer(answer) ?? toHttpResponse(answer)
  }
  runtime.calls.add({ ...record, status: response.status })
  const key = decision.failure === undefined ? findResponse(operation, status)?.key : undefined
  if (key !== undefined) runtime.coverage.hit(operation.name, key)
  if (wait !== undefined && wait > 0) await delay(wait)
  return response
}
