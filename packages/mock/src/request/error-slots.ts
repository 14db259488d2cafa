/**
 * The slots of a declared error schema that say what went wrong, found by property name and type:
 * message-like strings (`error`, `message`, `detail`…), the status as a number (`status`, `code`…) or a
 * code string, envelopes (`error: { code, message, status }`), and lists of per-field errors
 * (`errors`/`fields`/`violations`… of objects with `field`/`pointer`/`name` and `message`/`detail`).
 * Each slot becomes one edit of a sampled body; `error-body.ts` keeps the edits that stay valid.
 *
 * @module
 */
import { reasonPhrase } from '../problem-json.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { issueLabel, pointerToPath, type RequestIssue } from './issues.ts'

/** One change to a sampled error body: set the value at `path`. */
export interface SlotEdit {
  readonly path: readonly (string | number)[]
  readonly value: unknown
}

/** What the slots are filled with. */
export interface SlotContext {
  readonly view: SchemaView
  readonly status: number
  /** All issues in one line, or the answer's message. */
  readonly text: string
  readonly issues: readonly RequestIssue[]
  /** True for `application/problem+json`: `type` becomes `about:blank`. */
  readonly problem: boolean
  /** Samples a value for a schema (for list items and envelopes absent from the sample). */
  readonly sample: (schema: unknown, salt: string) => unknown
}

const MESSAGE_NAMES = new Set([
  'message',
  'detail',
  'details',
  'error',
  'error_description',
  'errormessage',
  'error_message',
  'msg',
  'description',
  'reason',
])
const STATUS_NAMES = new Set([
  'status',
  'code',
  'statuscode',
  'status_code',
  'httpstatus',
  'http_status',
  'httpcode',
])
const ENVELOPE_NAMES = new Set(['error', 'err', 'problem', 'fault'])
const LIST_NAMES = new Set([
  'errors',
  'fields',
  'details',
  'violations',
  'issues',
  'invalid_params',
  'invalidparams',
  'validationerrors',
  'validation_errors',
  'problems',
  'field_errors',
  'fielderrors',
])
const FIELD_NAMES = new Set([
  'field',
  'name',
  'param',
  'parameter',
  'property',
  'path',
  'attribute',
  'key',
  'pointer',
  'source',
])
const ITEM_MESSAGE_NAMES = new Set(['message', 'detail', 'reason', 'description', 'msg', 'error'])
const IN_NAMES = new Set(['in', 'location'])
const MAX_DEPTH = 3

/** A reason phrase as a code: `404` → `NotFound`, `422` → `UnprocessableContent`. */
export function statusCode(status: number): string {
  return reasonPhrase(status)
    .replace(/[^A-Za-z0-9 ]/g, '')
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The text of a string slot, cut to its `maxLength`. */
function fitText(text: string, schema: unknown, view: SchemaView): string {
  const max = view.keyword(schema, 'maxLength')
  if (typeof max === 'number' && text.length > max)
    return max <= 1 ? text.slice(0, max) : `${text.slice(0, max - 1)}…`
  return text
}

/** How a field-like slot names an issue: body fields by their path (`address.city`), parameters by label. */
function fieldName(issue: RequestIssue, slot: string): string {
  if (issue.in === 'body') return slot === 'pointer' ? issue.name : pointerToPath(issue.name) || 'body'
  return issueLabel(issue)
}

function issueItem(
  issue: RequestIssue,
  itemSchema: unknown,
  sampled: unknown,
  context: SlotContext,
): unknown {
  const item: Record<string, unknown> = isRecord(sampled) ? { ...sampled } : {}
  for (const [name, sub] of context.view.properties(itemSchema)) {
    const lower = name.toLowerCase()
    const types = context.view.types(sub)
    if (types !== undefined && !types.has('string')) continue
    if (FIELD_NAMES.has(lower)) item[name] = fieldName(issue, lower)
    else if (ITEM_MESSAGE_NAMES.has(lower)) item[name] = fitText(issue.message, sub, context.view)
    else if (IN_NAMES.has(lower)) item[name] = issue.in
  }
  return item
}

function listEdit(
  path: readonly (string | number)[],
  schema: unknown,
  context: SlotContext,
): SlotEdit | undefined {
  if (context.issues.length === 0) return undefined
  const itemSchema = context.view.items(schema)
  const itemTypes = context.view.types(itemSchema)
  if (itemTypes !== undefined && !itemTypes.has('object')) {
    if (!itemTypes.has('string')) return undefined
    return { path, value: context.issues.map((issue) => `${issueLabel(issue)}: ${issue.message}`) }
  }
  const max = context.view.keyword(schema, 'maxItems')
  const issues = typeof max === 'number' ? context.issues.slice(0, max) : context.issues
  const value = issues.map((issue, index) =>
    issueItem(issue, itemSchema, context.sample(itemSchema, `item ${index}`), context),
  )
  return { path, value }
}

/**
 * The edits that make a sampled error body (of `schema`) name the failure. `value` is the sampled body
 * (or the part of it at `path`); slots are looked up among the schema's properties, `allOf` merged.
 */
export function slotEdits(
  schema: unknown,
  value: unknown,
  context: SlotContext,
  path: readonly (string | number)[] = [],
  depth = 0,
): SlotEdit[] {
  const edits: SlotEdit[] = []
  const { view } = context
  const properties = view.properties(schema)
  const required = view.required(schema)
  for (const [name, sub] of properties) {
    const lower = name.toLowerCase()
    const types = view.types(sub)
    const at = [...path, name]
    const current = isRecord(value) ? value[name] : undefined
    if (STATUS_NAMES.has(lower) && (types?.has('integer') === true || types?.has('number') === true)) {
      edits.push({ path: at, value: context.status })
    } else if (lower === 'code' && types?.has('string') === true) {
      edits.push({ path: at, value: statusCode(context.status) })
    } else if (lower === 'status' && types?.has('string') === true) {
      edits.push({ path: at, value: String(context.status) })
    } else if (lower === 'title' && types?.has('string') === true) {
      edits.push({ path: at, value: fitText(reasonPhrase(context.status), sub, view) })
    } else if (lower === 'type' && context.problem && types?.has('string') === true) {
      edits.push({ path: at, value: 'about:blank' })
    } else if (MESSAGE_NAMES.has(lower) && types?.has('string') === true) {
      edits.push({ path: at, value: fitText(context.text, sub, view) })
    } else if (ENVELOPE_NAMES.has(lower) && types?.has('object') === true && depth < MAX_DEPTH) {
      let inner = current
      if (!isRecord(inner)) {
        if (!required.has(name) && current === undefined) continue
        inner = context.sample(sub, `envelope ${name}`)
        if (!isRecord(inner)) continue
        edits.push({ path: at, value: inner })
      }
      edits.push(...slotEdits(sub, inner, context, at, depth + 1))
    } else if (LIST_NAMES.has(lower) && types?.has('array') === true) {
      const edit = listEdit(at, sub, context)
      if (edit !== undefined) edits.push(edit)
    }
  }
  return edits
}
