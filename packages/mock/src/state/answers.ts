/**
 * The answers of the store: the stored resource (or a page of them) placed where the declared response
 * keeps it — the body itself or an envelope member, the rest of the envelope sampled, list metadata
 * (`total`, `page`, `limit`, `offset`) filled — plus `X-Total-Count` when declared. Every body is
 * checked against the declared schema; what the schema refuses is repaired from a sampled body.
 *
 * @module
 */
import type { MockContent, MockOperation } from '../data.ts'
import { describeError } from '../request/issues.ts'
import { contentTypeOf } from '../respond.ts'
import { hashSeed, type Sampler } from '../sample/index.ts'
import { bodyLabel } from '../sample-labels.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { findResponse } from '../status-keys.ts'
import type { ValidationResult } from '../validate/types.ts'
import type { JsonRecord } from './json-merge.ts'
import type { ListPage } from './list-query.ts'
import type { Slot } from './locate.ts'
import { flaggedProperties } from './records.ts'
import type { OperationBinding } from './resources.ts'

/** A body the store answers with. */
export interface StoreBody {
  readonly contentType: string
  readonly kind: MockContent['kind']
  readonly value: unknown
}

/** What the store answers: a status, headers, and a body (`undefined`: none). */
export interface StoreAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: StoreBody | undefined
  /** The opaque entity tag of the stored resource the answer carries (`resourceTag`), if it carries one. */
  readonly resourceTag?: string
}

/** What building answers needs. */
export interface AnswerContext {
  readonly view: SchemaView
  readonly sampler: Sampler
  readonly seed: number
}

const TOTAL_NAMES = [
  'total',
  'totalCount',
  'total_count',
  'count',
  'totalItems',
  'total_items',
  'totalElements',
  'totalResults',
]
const PAGE_NAMES = ['page', 'pageNumber', 'page_number', 'currentPage']
const SIZE_NAMES = ['limit', 'pageSize', 'page_size', 'perPage', 'per_page', 'size']
const OFFSET_NAMES = ['offset', 'skip']
const MAX_REPAIRS = 6

function setAt(root: unknown, slot: Slot, value: unknown): unknown {
  if (slot.length === 0) return value
  const [head = '', ...rest] = slot
  const container: JsonRecord =
    root !== null && typeof root === 'object' && !Array.isArray(root) ? { ...(root as JsonRecord) } : {}
  container[head] = setAt(container[head], rest, value)
  return container
}

function getAt(root: unknown, slot: Slot): unknown {
  let node = root
  for (const key of slot)
    node = node !== null && typeof node === 'object' ? (node as JsonRecord)[key] : undefined
  return node
}

/** A stored record as clients see it: without `writeOnly` members. */
export function visible(record: JsonRecord, view: SchemaView, itemSchema: unknown): JsonRecord {
  const hidden = flaggedProperties(view, itemSchema, 'writeOnly')
  if (hidden.size === 0) return record
  const out: JsonRecord = {}
  for (const [key, value] of Object.entries(record)) if (!hidden.has(key)) out[key] = value
  return out
}

function contentTypeFor(operation: MockOperation, status: number): string {
  const content = findResponse(operation, status)?.contents.find((c) => c.kind === 'json')
  return content === undefined ? 'application/json' : contentTypeOf(content)
}

/** Builds a body holding `payload` at the binding's slot, valid against its schema or repaired. */
function bodyWith(
  operation: MockOperation,
  binding: OperationBinding,
  payload: unknown,
  context: AnswerContext,
  meta?: ListPage,
): StoreBody | undefined {
  const { schema, slot } = binding
  if (schema === undefined) return undefined
  const contentType = contentTypeFor(operation, binding.status)
  const { validator } = context.sampler
  const validate = (value: unknown) => validator.validate(schema, value, { direction: 'response' })
  const valid = (value: unknown) => validate(value).valid
  const seed = hashSeed(context.seed, operation.name, binding.status, 'store envelope')
  const label = bodyLabel(operation, binding.status, contentType)
  const sampled = context.sampler.sample(schema, { seed, direction: 'response', label })
  if (slot === undefined) return { contentType, kind: 'json', value: sampled }
  let value = setAt(slot.length === 0 ? undefined : sampled, slot, payload)
  if (meta !== undefined && slot.length > 0) value = withListMeta(value, schema, meta, context.view, valid)
  if (valid(value)) return { contentType, kind: 'json', value }
  return { contentType, kind: 'json', value: repairPayload(value, sampled, slot, validate) }
}

/**
 * Replaces the failing members of the payload (list entries are dropped, record members take the
 * sampled value or are removed) until the body validates; the sampled body when nothing helps.
 */
function repairPayload(
  value: unknown,
  sampled: unknown,
  slot: Slot,
  validate: (v: unknown) => ValidationResult,
): unknown {
  const prefix = slot.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
  let current = value
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const result = validate(current)
    if (result.valid) return current
    const members = new Set<string>()
    for (const error of result.errors) {
      const pointer = describeError(error).pointer
      if (!pointer.startsWith(`${prefix}/`)) continue
      members.add(
        (pointer.slice(prefix.length + 1).split('/')[0] ?? '').replaceAll('~1', '/').replaceAll('~0', '~'),
      )
    }
    if (members.size === 0) break
    const payload = getAt(current, slot)
    if (Array.isArray(payload)) {
      current = setAt(
        current,
        slot,
        payload.filter((_, index) => !members.has(String(index))),
      )
    } else if (payload !== null && typeof payload === 'object') {
      const fallback = getAt(sampled, slot)
      const next: JsonRecord = { ...(payload as JsonRecord) }
      for (const member of members) {
        const replacement =
          fallback !== null && typeof fallback === 'object' ? (fallback as JsonRecord)[member] : undefined
        if (replacement === undefined || replacement === next[member]) delete next[member]
        else next[member] = replacement
      }
      current = setAt(current, slot, next)
    } else {
      break
    }
  }
  return sampled
}

/** Fills the list envelope's metadata members the schema declares, each kept only when valid. */
function withListMeta(
  value: unknown,
  schema: unknown,
  meta: ListPage,
  view: SchemaView,
  valid: (v: unknown) => boolean,
): unknown {
  const properties = view.properties(schema)
  const fills: [readonly string[], unknown][] = [
    [TOTAL_NAMES, meta.total],
    [PAGE_NAMES, meta.page],
    [SIZE_NAMES, meta.limit],
    [OFFSET_NAMES, meta.offset],
  ]
  let out = value
  for (const [names, fill] of fills) {
    if (fill === undefined) continue
    const name = names.find((candidate) => properties.has(candidate))
    if (name === undefined) continue
    const next = setAt(out, [name], fill)
    if (valid(next)) out = next
  }
  return out
}

/**
 * The answer holding one resource; `tag` is the stored resource's entity tag (none after a delete).
 */
export function itemAnswer(
  operation: MockOperation,
  binding: OperationBinding,
  item: JsonRecord | undefined,
  context: AnswerContext,
  headers: Record<string, string> = {},
  tag?: string,
): StoreAnswer {
  const response = findResponse(operation, binding.status)
  const hasBody = response !== undefined && !response.noContent && binding.status !== 204
  const body = hasBody ? bodyWith(operation, binding, item, context) : undefined
  return tag === undefined
    ? { status: binding.status, headers, body }
    : { status: binding.status, headers, body, resourceTag: tag }
}

/** The answer holding one page of a collection, with `X-Total-Count` when the response declares it. */
export function listAnswer(
  operation: MockOperation,
  binding: OperationBinding,
  page: ListPage,
  context: AnswerContext,
): StoreAnswer {
  const headers: Record<string, string> = {}
  const response = findResponse(operation, binding.status)
  if (response?.headers.some((header) => header.name === 'x-total-count') === true)
    headers['x-total-count'] = String(page.total)
  return { status: binding.status, headers, body: bodyWith(operation, binding, page.items, context, page) }
}
