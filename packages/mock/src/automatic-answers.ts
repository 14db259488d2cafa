/**
 * Automatic answers: what a real backend answers before the operation's own logic runs — 401 when no
 * security alternative is satisfied, then 415/406/413 and 400/422 from request validation — each built
 * as a step in the spec's declared error shape (`request/error-body.ts`), so it goes through the same
 * response and conformance path as a scripted answer. Also the answers of stateful mode.
 *
 * @module
 */
import type { MockOperation } from './data.ts'
import { parseQuery, type RequestRecord } from './recorder.ts'
import { buildErrorBody } from './request/error-body.ts'
import type { RequestIssue } from './request/issues.ts'
import { type ParsedRequest, validateRequest } from './request/validate-request.ts'
import { urlOf } from './request-url.ts'
import type { MockRuntime } from './runtime.ts'
import type { ScriptedStep } from './scenarios.ts'
import { checkCredentials } from './security/check-credentials.ts'

/** The outcome of the automatic checks of one request. */
export type AutomaticCheck =
  | {
      readonly step: ScriptedStep
      /** False when the body was refused unread (413): the recorder must not read it either. */
      readonly bodyReadable: boolean
    }
  | {
      readonly step: undefined
      /** What validation parsed (`undefined` when validation is off). */
      readonly parsed: ParsedRequest | undefined
    }

/** A step that answers `status` with an error body in the operation's declared shape. */
export function errorStep(
  operation: MockOperation,
  request: Request,
  runtime: MockRuntime,
  failure: { readonly status: number; readonly issues?: readonly RequestIssue[]; readonly message?: string },
  headers: Readonly<Record<string, string>> = {},
): ScriptedStep {
  const body = buildErrorBody({
    operation,
    status: failure.status,
    issues: failure.issues ?? [],
    ...(failure.message === undefined ? {} : { message: failure.message }),
    accept: request.headers.get('accept'),
    sampler: runtime.sampler(false),
    view: runtime.behaviour.view(),
    seed: runtime.seed,
  })
  return {
    status: failure.status,
    hasBody: true,
    body: body.value,
    headers: { ...headers, 'content-type': body.contentType },
    delay: undefined,
    source: 'declared',
  }
}

/**
 * Runs the automatic checks the mock's options enable: credentials (401), then request validation
 * (415, 406, 413, 400/422). Reads a clone of a request with a body, so the original stays readable.
 */
export async function checkRequest(
  operation: MockOperation,
  request: Request,
  pathParams: Readonly<Record<string, string>>,
  runtime: MockRuntime,
): Promise<AutomaticCheck> {
  const { behaviour, data } = runtime
  if (behaviour.security && operation.security.length > 0) {
    const check = checkCredentials(
      operation,
      data.securitySchemes,
      { url: urlOf(request), headers: request.headers },
      { realm: data.title },
    )
    if (!check.ok) {
      const step = errorStep(
        operation,
        request,
        runtime,
        { status: 401, message: check.message },
        { 'www-authenticate': check.challenge },
      )
      return { step, bodyReadable: true }
    }
  }
  if (!behaviour.validate) return { step: undefined, parsed: undefined }
  // A request without a body has nothing to consume: cloning it (as MSW also does) would cost as much
  // as the rest of the checks.
  const result = await validateRequest(operation, request.body === null ? request : request.clone(), {
    view: behaviour.view(),
    validator: behaviour.requestValidator(),
    pathParams,
    bodyLimit: behaviour.bodyLimit,
  })
  if (result.ok) return { step: undefined, parsed: result.parsed }
  const step = errorStep(operation, request, runtime, { status: result.status, issues: result.issues })
  return { step, bodyReadable: result.status !== 413 }
}

/**
 * The stateful store's answer to a request, as a step; `undefined` when stateful mode is off or the
 * store does not handle the operation. Without validation the store reads the raw parameters and the
 * recorded body.
 */
export function storeStep(
  operation: MockOperation,
  request: Request,
  record: RequestRecord,
  parsed: ParsedRequest | undefined,
  runtime: MockRuntime,
): ScriptedStep | undefined {
  const store = runtime.behaviour.store()
  if (store === undefined || !store.handles(operation.name)) return undefined
  const url = urlOf(request)
  const answer = store.handle(operation, {
    url,
    // Undeclared parameters (filters such as `?name=Berlin`) as sent, declared ones typed.
    path: { ...record.path, ...parsed?.path },
    query: { ...parseQuery(url.searchParams), ...parsed?.query },
    body: parsed === undefined ? record.body : parsed.body,
    accept: request.headers.get('accept'),
    headers: request.headers,
  })
  if (answer === undefined) return undefined
  const { body } = answer
  return {
    status: answer.status,
    hasBody: body !== undefined,
    body: body?.value,
    headers: { ...answer.headers, ...(body === undefined ? {} : { 'content-type': body.contentType }) },
    delay: undefined,
    source: 'declared',
    ...(answer.resourceTag === undefined ? {} : { resourceTag: answer.resourceTag }),
  }
}
