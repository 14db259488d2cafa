/**
 * Error bodies in the spec's own declared shape: for an automatic answer (400/422 validation, 401,
 * 404 of the stateful store, 405, 406, 413, 415), the body of the response the operation declares for
 * that status (literal key > range > `default`), sampled and then filled so that it names what failed —
 * `{ "error": "query.limit: must be <= 100; body.name: is required" }`, `{ error: { code, message,
 * status } }` envelopes, `errors`/`fields` lists with one entry per failing field. Every fill is checked
 * against the schema and undone if it makes the body invalid. Without a declared body: RFC 9457
 * problem+json with an `errors` extension member `[{ in, name, message }]`.
 *
 * @module
 */
import type { MockContent, MockOperation } from '../data.ts'
import { PROBLEM_JSON, reasonPhrase } from '../problem-json.ts'
import { chooseContent, contentTypeOf } from '../respond.ts'
import { hashSeed, type Sampler } from '../sample/index.ts'
import { bodyLabel } from '../sample-labels.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { findResponse } from '../status-keys.ts'
import { setOwn } from '../validate/keywords.ts'
import { type SlotEdit, slotEdits } from './error-slots.ts'
import { type RequestIssue, summarizeIssues } from './issues.ts'

/** What an error body is built from. */
export interface ErrorBodyInput {
  readonly operation: MockOperation
  readonly status: number
  /** What failed, one entry per field (may be empty). */
  readonly issues: readonly RequestIssue[]
  /** The message when there are no issues (`zoos/9 does not exist`); default: the reason phrase. */
  readonly message?: string
  /** The request's `Accept` header, to pick among declared media types. */
  readonly accept?: string | null
  readonly sampler: Sampler
  readonly view: SchemaView
  readonly seed: number
}

/** An error body ready to send. */
export interface ErrorBody {
  /** The Content-Type to send. */
  readonly contentType: string
  /** How the body is encoded (as the declared media type says). */
  readonly kind: MockContent['kind']
  readonly value: unknown
  /** `declared`: the spec's schema, filled; `problem`: RFC 9457 problem+json (no declared body). */
  readonly source: 'declared' | 'problem'
}

/** The RFC 9457 problem details of an automatic answer, with the failing fields. */
export function problemBody(status: number, detail: string, issues: readonly RequestIssue[]): ErrorBody {
  const value = {
    type: 'about:blank',
    title: reasonPhrase(status),
    status,
    detail,
    ...(issues.length === 0
      ? {}
      : { errors: issues.map((issue) => ({ in: issue.in, name: issue.name, message: issue.message })) }),
  }
  return { contentType: PROBLEM_JSON, kind: 'json', value, source: 'problem' }
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  const container = (
    Array.isArray(root) ? [...root] : root !== null && typeof root === 'object' ? { ...root } : {}
  ) as Record<string, unknown>
  setOwn(container, String(head), setAt(container[String(head)], rest, value))
  return container
}

/** Applies the edits one by one, keeping each that leaves the body valid. */
function applyValid(
  base: unknown,
  edits: readonly SlotEdit[],
  isValid: (value: unknown) => boolean,
): unknown {
  let value = base
  for (const edit of edits) {
    const next = setAt(value, edit.path, edit.value)
    if (isValid(next)) value = next
  }
  return value
}

/**
 * Builds the body of an automatic error answer in the operation's declared shape for `status`.
 *
 * @example
 * const body = buildErrorBody({ operation: createZoo, status: 422, issues, sampler, view, seed: 1 })
 * // { contentType: 'application/json', kind: 'json', source: 'declared',
 * //   value: { error: 'body.name: is required', fields: [{ field: 'name', message: 'is required' }] } }
 */
export function buildErrorBody(input: ErrorBodyInput): ErrorBody {
  const { operation, status, issues, sampler, view } = input
  const text = issues.length > 0 ? summarizeIssues(issues) : (input.message ?? reasonPhrase(status))
  const response = findResponse(operation, status)
  if (response === undefined || response.noContent || response.contents.length === 0) {
    return problemBody(status, text, issues)
  }
  const content = chooseContent(response.contents, input.accept ?? null) ?? response.contents[0]
  if (content === undefined) return problemBody(status, text, issues)
  const contentType = contentTypeOf(content)
  const seed = hashSeed(input.seed, operation.name, status, 'error body')
  const schema = content.schema
  if (schema === undefined) {
    return content.kind === 'json'
      ? { ...problemBody(status, text, issues), contentType }
      : { contentType, kind: content.kind, value: text, source: 'declared' }
  }
  const isValid = (value: unknown) =>
    sampler.validator.validate(schema, value, { direction: 'response' }).valid
  const label = bodyLabel(operation, status, content.mediaType)
  if (content.kind === 'text') {
    const value = isValid(text) ? text : sampler.sample(schema, { seed, direction: 'response', label })
    return { contentType, kind: 'text', value, source: 'declared' }
  }
  const base = sampler.sample(schema, { seed, direction: 'response', label })
  if (content.kind !== 'json') return { contentType, kind: content.kind, value: base, source: 'declared' }
  const edits = slotEdits(schema, base, {
    view,
    status,
    text,
    issues,
    problem: contentType.toLowerCase().startsWith(PROBLEM_JSON),
    sample: (sub, salt) => sampler.sample(sub, { seed: hashSeed(seed, salt), direction: 'response', label }),
  })
  const value = isValid(base) ? applyValid(base, edits, isValid) : base
  return { contentType, kind: 'json', value, source: 'declared' }
}
