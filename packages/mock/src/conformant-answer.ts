/**
 * The answer of one status to one request, built and made conformant: the two steps every answer of the
 * mock goes through, whether an operation's handler or the fallback handler (405, 404) gives it.
 *
 * @module
 */
import { applyConformance } from './conformance.ts'
import type { MockOperation, MockResponse } from './data.ts'
import type { PreferDirectives } from './prefer-header.ts'
import { urlOf } from './request-url.ts'
import { type Answer, buildAnswer } from './respond.ts'
import type { MockRuntime } from './runtime.ts'
import type { ScriptedStep } from './scenarios.ts'
import { findResponse } from './status-keys.ts'

/** The status an answer has, the step that scripts it (if any), and the request's `Prefer` directives. */
export interface AnswerChoice {
  readonly status: number
  readonly step: ScriptedStep | undefined
  readonly prefer: PreferDirectives
}

/** Whether the schema of the header `name` that `response` declares accepts a value; `undefined`: none. */
function declaredAccepts(
  response: MockResponse | undefined,
  name: string,
  runtime: MockRuntime,
): ((value: string) => boolean) | undefined {
  const header = response?.headers.find((declared) => declared.name === name)
  if (header === undefined) return undefined
  return (value) =>
    runtime.sampler(false).validator.validate(header.schema, value, { direction: 'response' }).valid
}

/**
 * Builds the answer `choice` picks for `request` of `operation` (`buildAnswer`) and applies HTTP
 * conformance to it (`applyConformance`); `allowedMethods` gives the methods a `405` lists in `Allow`.
 */
export function conformantAnswer(
  operation: MockOperation,
  request: Request,
  runtime: MockRuntime,
  choice: AnswerChoice,
  allowedMethods: () => readonly string[],
): Answer {
  const url = urlOf(request)
  const response = findResponse(operation, choice.status)
  const answer = buildAnswer({
    operation,
    status: choice.status,
    response,
    url,
    accept: request.headers.get('accept'),
    step: choice.step,
    prefer: choice.prefer,
    seed: runtime.seed,
    useExamples: runtime.useExamples,
    sampler: runtime.sampler,
    view: () => runtime.behaviour.view(),
    memo: runtime.memo,
  })
  applyConformance(answer, {
    operation,
    url,
    method: request.method,
    seed: runtime.seed,
    retryAfter: runtime.retryAfter,
    realm: runtime.data.title,
    securitySchemes: runtime.data.securitySchemes,
    allowedMethods,
    resourceTag: choice.step?.resourceTag,
    declaredEntityTag: declaredAccepts(response, 'etag', runtime),
  })
  return answer
}
