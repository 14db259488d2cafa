/**
 * Listing a collection the way the seed documents describe it: equality filters on top-level scalar
 * properties given as query parameters (`?country=DE`, `?zoo_id=1` for `zooId`, a deepObject
 * `?filter[lastName]=Smith`), sorting (`sortby`/`sort`/`sort_by` + `order`/`direction`, or `sort=-name`),
 * and pagination (`limit`/`offset`, or `page` with `page_size`/`pageSize`/`per_page`/`perPage`). A
 * control parameter's default comes from its declaration (`limit` default 20).
 *
 * @module
 */
import type { MockOperation } from '../data.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import type { JsonRecord } from './json-merge.ts'
import { normalizeName } from './locate.ts'

const SORT_NAMES = ['sortby', 'sort', 'sort_by', 'sortBy', 'orderBy', 'order_by']
const ORDER_NAMES = [
  'order',
  'direction',
  'dir',
  'sortOrder',
  'sort_order',
  'sortDirection',
  'sort_direction',
]
const LIMIT_NAMES = ['limit']
const OFFSET_NAMES = ['offset', 'skip']
const PAGE_NAMES = ['page', 'page_number', 'pageNumber']
const SIZE_NAMES = ['page_size', 'pageSize', 'per_page', 'perPage']
const FILTER_OBJECT_NAMES = ['filter', 'filters', 'where']
const CONTROL_NAMES: ReadonlySet<string> = new Set([
  ...SORT_NAMES,
  ...ORDER_NAMES,
  ...LIMIT_NAMES,
  ...OFFSET_NAMES,
  ...PAGE_NAMES,
  ...SIZE_NAMES,
  ...FILTER_OBJECT_NAMES,
])
const DEFAULT_PAGE_SIZE = 20

/** One page of a listed collection. */
export interface ListPage {
  readonly items: readonly JsonRecord[]
  /** How many items match the filters, before pagination. */
  readonly total: number
  readonly offset: number
  /** The page size applied (`undefined`: everything). */
  readonly limit: number | undefined
  /** The 1-based page, when pages were asked for. */
  readonly page: number | undefined
}

function first(query: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
  for (const name of names) if (query[name] !== undefined) return query[name]
  return undefined
}

function positiveInt(value: unknown, min: number): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= min ? number : undefined
}

/** The declared default of the first control parameter of `names` the operation declares. */
function declaredDefault(operation: MockOperation, names: readonly string[], view: SchemaView): unknown {
  for (const name of names) {
    const param = operation.parameters.find((p) => p.in === 'query' && p.name === name)
    const value = param === undefined ? undefined : view.keyword(param.schema, 'default')
    if (value !== undefined) return value
  }
  return undefined
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function matches(actual: unknown, wanted: unknown): boolean {
  const options = Array.isArray(wanted) ? wanted : [wanted]
  if (Array.isArray(actual))
    return options.some((option) => actual.some((item) => isScalar(item) && String(item) === String(option)))
  return isScalar(actual) && options.some((option) => String(actual) === String(option))
}

/** The filters of a query: `[property, wanted]` for parameters that name a top-level property. */
function filtersOf(
  query: Readonly<Record<string, unknown>>,
  properties: readonly string[],
): [string, unknown][] {
  const byName = new Map(properties.map((name) => [normalizeName(name), name]))
  const out: [string, unknown][] = []
  const add = (key: string, value: unknown) => {
    const property = properties.includes(key) ? key : byName.get(normalizeName(key))
    if (property !== undefined && value !== undefined && (isScalar(value) || Array.isArray(value)))
      out.push([property, value])
  }
  for (const [key, value] of Object.entries(query)) {
    if (
      FILTER_OBJECT_NAMES.includes(key) &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      for (const [inner, wanted] of Object.entries(value)) add(inner, wanted)
    } else if (!CONTROL_NAMES.has(key)) {
      add(key, value)
    }
  }
  return out
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return 1
  if (b === undefined || b === null) return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}

function sortKey(
  query: Readonly<Record<string, unknown>>,
  properties: readonly string[],
): { key: string; descending: boolean } | undefined {
  const raw = first(query, SORT_NAMES)
  if (typeof raw !== 'string' || raw === '') return undefined
  let name = raw
  let descending = false
  if (name.startsWith('-') || name.startsWith('+')) {
    descending = name.startsWith('-')
    name = name.slice(1)
  }
  const suffix = /^(.*)[:,](asc|desc)$/i.exec(name)
  if (suffix !== null) {
    name = suffix[1] ?? name
    descending = suffix[2]?.toLowerCase() === 'desc'
  }
  const order = first(query, ORDER_NAMES)
  if (typeof order === 'string') descending = order.toLowerCase() === 'desc' || order === '-1'
  const key = properties.includes(name)
    ? name
    : properties.find((p) => normalizeName(p) === normalizeName(name))
  return key === undefined ? undefined : { key, descending }
}

/**
 * Filters, sorts and paginates `items` by the request's (typed) query parameters.
 *
 * @example
 * listPage(zoos, { country: 'DE', sortby: 'name', order: 'desc', limit: 2 }, listZoos, ['id', 'name', 'country'], view)
 */
export function listPage(
  items: readonly JsonRecord[],
  query: Readonly<Record<string, unknown>>,
  operation: MockOperation,
  properties: readonly string[],
  view: SchemaView,
): ListPage {
  let selected = [...items]
  for (const [property, wanted] of filtersOf(query, properties)) {
    selected = selected.filter((item) => matches(item[property], wanted))
  }
  const sort = sortKey(query, properties)
  if (sort !== undefined) {
    const sign = sort.descending ? -1 : 1
    selected.sort((a, b) => sign * compare(a[sort.key], b[sort.key]))
  }
  const total = selected.length
  const page = positiveInt(first(query, PAGE_NAMES), 1)
  const size = positiveInt(first(query, SIZE_NAMES), 1) ?? positiveInt(first(query, LIMIT_NAMES), 1)
  if (page !== undefined || first(query, SIZE_NAMES) !== undefined) {
    const pageSize =
      size ??
      positiveInt(declaredDefault(operation, SIZE_NAMES, view), 1) ??
      positiveInt(declaredDefault(operation, LIMIT_NAMES, view), 1) ??
      DEFAULT_PAGE_SIZE
    const offset = ((page ?? 1) - 1) * pageSize
    return {
      items: selected.slice(offset, offset + pageSize),
      total,
      offset,
      limit: pageSize,
      page: page ?? 1,
    }
  }
  const offset = positiveInt(first(query, OFFSET_NAMES), 0) ?? 0
  const limit = size ?? positiveInt(declaredDefault(operation, LIMIT_NAMES, view), 1)
  const end = limit === undefined ? undefined : offset + limit
  return { items: selected.slice(offset, end), total, offset, limit, page: undefined }
}
