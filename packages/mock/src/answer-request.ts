/**
 * Answers one request of one operation: picks the answer (network error > scripted scenario > automatic
 * answers: 401, 415/406/413, 400/422 > `Prefer` header > stateful store > generated default answer, see
 * `Mock`), records the request, builds the answer, applies conformance, waits for the delay, and counts
 * the response key for coverage. Automatic and stateful answers are steps like scripted ones, so every
 * answer goes through the same building, conformance and encoding.
 *
 * @module
 */
import { delay, HttpResponse } from 'msw'
import { checkRequest, storeStep } from './automatic-answers.ts'
import { conformantAnswer } from './conformant-answer.ts'
import type { MockOperation } from './data.ts'
import { type Reply, toHttpResponse, toWireAnswer } from './encode-response.ts'
import { type PreferDirectives, parsePrefer } from './prefer-header.ts'
import { PROBLEM_JSON, problemDetails } from './problem-json.ts'
import { recordRequest } from './recorder.ts'
import type { MockRuntime } from './runtime.ts'
import type { ScriptedStep } from './scenarios.ts'
import { findResponse, happyStatus, isDeclared } from './status-keys.ts'

/** The status chosen for a request, and why. */
interface Decision {
  readonly status: number
  readonly step: ScriptedStep | undefined
  readonly prefer: PreferDirectives
  /** Set when `onUnhandledScenario: 'error'` turns an undeclared status into a 500. */
  readonly failure?: string
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
          failure: `status ${step.status} (scripted by ${source})`,
        }
      }
    }
    return { status: step.status, step, prefer }
  }
  if (prefer.code !== undefined) {
    if (isDeclared(operation, prefer.code)) return { status: prefer.code, step: undefined, prefer }
    if (runtime.reportUnhandled({ operation: operation.name, status: prefer.code, source: 'prefer' })) {
      return {
        status: 500,
        step: undefined,
        prefer,
        failure: `status ${prefer.code} (asked by Prefer: code=)`,
      }
    }
  }
  return { status: happyStatus(operation), step: undefined, prefer, byDefault: prefer.example === undefined }
}

function failureResponse(operation: MockOperation, failure: string): Response {
  const detail = `[statusline] Failed to answer ${operation.name}: it does not declare ${failure}.`
  return HttpResponse.json(problemDetails(500, detail), {
    status: 500,
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
  if (decision.failure !== undefined) {
    response = failureResponse(operation, decision.failure)
  } else {
    const answer = conformantAnswer(operation, request, runtime, decision, () =>
      runtime.allowedMethods(operation.path),
    )
    response = toWireAnswer(answer) ?? toHttpResponse(answer)
  }
  runtime.calls.add({ ...record, status: response.status })
  const key = decision.failure === undefined ? findResponse(operation, decision.status)?.key : undefined
  if (key !== undefined) runtime.coverage.hit(operation.name, key)
  if (wait !== undefined && wait > 0) await delay(wait)
  return response
}
