/**
 * The stateful store: an in-memory backend behind the inferred resources, following the REST
 * conventions of the seed documents. POST on a collection stores the body merged over a sampled
 * resource (server-assigned id, `createdAt`/`updatedAt` set now) and answers 201 with `Location`; GET
 * on an item answers what was stored, or 404; PUT replaces (keeping the id and other `readOnly`
 * members), PATCH merges (RFC 7396); DELETE answers 204 and the item is gone (404 afterwards); GET on
 * a collection lists with filters, sorting and pagination (`list-query.ts`). Nested collections are
 * scoped by their parent's id and answer 404 when the parent does not exist. Every answer carrying a
 * stored resource names its entity tag (`resourceTag`, a hash of the stored value), and a write whose
 * `If-Match` / `If-None-Match` fails answers 412, the item unchanged. Collections start with
 * generated items (5 by default, the same for the same seed). Every operation is synchronous, so
 * concurrent requests never get the same id.
 *
 * @module
 */

import { resourceTag } from '../conditional/entity-tag.ts'
import { evaluatePreconditions, hasPreconditions } from '../conditional/preconditions.ts'
import type { MockData, MockOperation } from '../data.ts'
import { buildErrorBody } from '../request/error-body.ts'
import { hashSeed, type Sampler } from '../sample/index.ts'
import { createSchemaView, type SchemaView } from '../schema-view/schema-view.ts'
import { type AnswerContext, itemAnswer, listAnswer, type StoreAnswer, visible } from './answers.ts'
import { newId } from './ids.ts'
import { cleanRecord, type JsonRecord } from './json-merge.ts'
import { listPage } from './list-query.ts'
import { chosenId, createRecord, patchRecord, type RecordContext, repair, replaceRecord } from './records.ts'
import { inferResources, type OperationBinding, type Resource, type ResourceOverrides } from './resources.ts'
import { type Entry, inScope, insert, parentMembers, scopeOf, seededId, type Table } from './tables.ts'

/** Options of stateful mode. */
export interface StatefulOptions {
  /** How many generated items each collection (and each parent's nested collection) starts with. Default 5. */
  readonly initialItems?: number
  /** Per-collection overrides of the inferred id property and envelopes, keyed by collection path. */
  readonly resources?: ResourceOverrides
  /** The clock of `createdAt`/`updatedAt`. Default: the system clock. */
  readonly now?: () => Date
}

/** Options of {@link createStore}. */
export interface StoreOptions extends StatefulOptions {
  readonly data: MockData
  /** The mock's sampler (its validator checks every record and answer). */
  readonly sampler: Sampler
  readonly view?: SchemaView
  /** Seed of the generated items. Default 1. */
  readonly seed?: number
}

/** What the store reads from a request (after validation: typed parameters, parsed body). */
export interface StoreRequest {
  readonly url: URL
  readonly path: Readonly<Record<string, unknown>>
  readonly query: Readonly<Record<string, unknown>>
  readonly body: unknown
  readonly accept?: string | null
  /**
   * The request's headers: the store evaluates `If-Match` / `If-None-Match` before a `PUT`, `PATCH` or
   * `DELETE` of an item (RFC 9110 §13.2.2) and answers 412 without writing when they fail.
   */
  readonly headers?: Headers
}

/** An in-memory backend for the resources of an API. */
export interface Store {
  readonly resources: readonly Resource[]
  /** True when the store answers the operation (it is bound to a CRUD action of a resource). */
  handles(operation: string): boolean
  /** Answers a request of a bound operation; `undefined` for operations the store does not handle. */
  handle(operation: MockOperation, request: StoreRequest): StoreAnswer | undefined
  /** The stored items of a collection, for a nested one those of one parent (`{ zooId: 1 }`). */
  items(collectionPath: string, parents?: Readonly<Record<string, unknown>>): readonly JsonRecord[]
  /** Forgets every change: collections start again from their generated items. */
  reset(): void
}

const DEFAULT_INITIAL_ITEMS = 5

/** The part of a request's path above the operation's path: the server's base path (`/v1`), or `''`. */
function basePath(url: URL, operationPath: string): string {
  const segments = url.pathname.replace(/\/+$/, '').split('/')
  const depth = operationPath.split('/').length - 1
  return decodeURIComponent(segments.slice(0, Math.max(1, segments.length - depth)).join('/'))
}

/** What a stored item's sample is for, as the sampler's issues name it: `/zoos item`. */
function sampleLabel(resource: Resource): string {
  return `${resource.collectionPath} item`
}

/**
 * Creates the store of an API.
 *
 * @example
 * const store = createStore({ data, sampler, seed: 42 })
 * store.handle(createZoo, { url, path: {}, query: {}, body: { name: 'Berlin' } }) // { status: 201, headers: { location }, body }
 */
export function createStore(options: StoreOptions): Store {
  const { data, sampler } = options
  const view = options.view ?? createSchemaView(data.components)
  const seed = options.seed ?? 1
  const initialItems = options.initialItems ?? DEFAULT_INITIAL_ITEMS
  const now = options.now ?? (() => new Date())
  const resources = inferResources(data, view, options.resources)
  const bindings = new Map<string, { resource: Resource; binding: OperationBinding }>()
  for (const resource of resources)
    for (const binding of resource.bindings) bindings.set(binding.operation, { resource, binding })
  const byItemPath = new Map(resources.map((resource) => [resource.itemPath, resource]))
  const byCollection = new Map(resources.map((resource) => [resource.collectionPath, resource]))
  let tables = new Map<string, Table>()
  const answerContext: AnswerContext = { view, sampler, seed }
  const recordContext = (resource: Resource): RecordContext => ({
    view,
    validator: sampler.validator,
    schema: resource.itemSchema,
    now,
  })

  const tableOf = (resource: Resource): Table => {
    let table = tables.get(resource.table)
    if (table === undefined) {
      table = { entries: new Map(), nextId: 1, seeded: new Set() }
      tables.set(resource.table, table)
    }
    return table
  }
  const ensureSeeded = (resource: Resource, scope: Readonly<Record<string, string>>): void => {
    const table = tableOf(resource)
    const key = `${resource.collectionPath} ${JSON.stringify(scope)}`
    if (table.seeded.has(key)) return
    table.seeded.add(key)
    const context = recordContext(resource)
    for (let index = 0; index < initialItems; index++) {
      const itemSeed = hashSeed(seed, 'store', resource.collectionPath, JSON.stringify(scope), index)
      const sampled = cleanRecord(
        sampler.sample(resource.itemSchema, {
          seed: itemSeed,
          direction: 'response',
          label: sampleLabel(resource),
        }),
      )
      const id = seededId(resource, table, itemSeed, sampled[resource.idProperty])
      const fixed = { [resource.idProperty]: id, ...parentMembers(resource, scope, view) }
      const value = repair({ ...sampled, ...fixed }, context, [fixed, sampled])
      insert(table, value[resource.idProperty] ?? id, { value, scope })
    }
  }

  /** The entry of an item visible in `scope`, seeding the collection first. */
  const find = (
    resource: Resource,
    path: Readonly<Record<string, unknown>>,
    id: unknown,
  ): Entry | undefined => {
    const scope = scopeOf(resource, path)
    ensureSeeded(resource, scope)
    const entry = tableOf(resource).entries.get(String(id))
    return entry !== undefined && inScope(resource, entry, scope) ? entry : undefined
  }

  /** The first missing ancestor of a nested collection, as a filled path template. */
  const missingParent = (resource: Resource, path: Readonly<Record<string, unknown>>): string | undefined => {
    const parent = resource.parentItemPath === undefined ? undefined : byItemPath.get(resource.parentItemPath)
    if (parent === undefined || parent.itemParam === undefined) return undefined
    const above = missingParent(parent, path)
    if (above !== undefined) return above
    if (find(parent, path, path[parent.itemParam]) !== undefined) return undefined
    return (parent.itemPath ?? '').replace(/\{([^{}]+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name] ?? '')),
    )
  }

  const errorAnswer = (
    operation: MockOperation,
    request: StoreRequest,
    status: number,
    message: string,
  ): StoreAnswer => {
    const body = buildErrorBody({
      operation,
      status,
      issues: [],
      message,
      accept: request.accept ?? null,
      sampler,
      view,
      seed,
    })
    return {
      status,
      headers: {},
      body: { contentType: body.contentType, kind: body.kind, value: body.value },
    }
  }
  const notFound = (operation: MockOperation, request: StoreRequest, what: string): StoreAnswer =>
    errorAnswer(operation, request, 404, `${what} does not exist`)

  const itemLabel = (request: StoreRequest) => decodeURIComponent(request.url.pathname)

  return {
    resources,
    handles: (name) => bindings.has(name),
    handle(operation, request) {
      const bound = bindings.get(operation.name)
      if (bound === undefined) return undefined
      const { resource, binding } = bound
      const missing = missingParent(resource, request.path)
      if (missing !== undefined)
        return notFound(operation, request, `${basePath(request.url, operation.path)}${missing}`)
      const table = tableOf(resource)
      const scope = scopeOf(resource, request.path)
      ensureSeeded(resource, scope)
      const context = recordContext(resource)
      const itemId = resource.itemParam === undefined ? undefined : request.path[resource.itemParam]
      switch (binding.action) {
        case 'list': {
          const items = [...table.entries.values()]
            .filter((entry) => inScope(resource, entry, scope))
            .map((entry) => visible(entry.value, view, resource.itemSchema))
          const names = [...view.properties(resource.itemSchema).keys()]
          return listAnswer(
            operation,
            binding,
            listPage(items, request.query, operation, names, view),
            answerContext,
          )
        }
        case 'create': {
          const chosen = chosenId(request.body, resource.idProperty, context)
          if (chosen !== undefined && table.entries.has(String(chosen))) {
            const where = `${decodeURIComponent(request.url.pathname.replace(/\/+$/, ''))}/${chosen}`
            return errorAnswer(operation, request, 409, `${where} already exists`)
          }
          let id = chosen ?? newId(resource.idKind, table.nextId)
          for (let next = table.nextId + 1; table.entries.has(String(id)); next++)
            id = newId(resource.idKind, next)
          const sampleSeed = hashSeed(
            seed,
            'store create',
            resource.collectionPath,
            table.entries.size,
            String(id),
          )
          const sampled = cleanRecord(
            sampler.sample(resource.itemSchema, {
              seed: sampleSeed,
              direction: 'response',
              label: sampleLabel(resource),
            }),
          )
          const value = createRecord(
            request.body,
            sampled,
            { [resource.idProperty]: id, ...parentMembers(resource, scope, view) },
            context,
          )
          const storedId = value[resource.idProperty] ?? id
          insert(table, storedId, { value, scope })
          const base = `${request.url.origin}${request.url.pathname.replace(/\/+$/, '')}`
          const headers: Record<string, string> =
            binding.status === 201 ? { location: `${base}/${encodeURIComponent(String(storedId))}` } : {}
          return itemAnswer(
            operation,
            binding,
            visible(value, view, resource.itemSchema),
            answerContext,
            headers,
            resourceTag(value),
          )
        }
        default: {
          const entry = find(resource, request.path, itemId)
          if (entry === undefined) return notFound(operation, request, itemLabel(request))
          if (
            binding.action !== 'read' &&
            request.headers !== undefined &&
            hasPreconditions(request.headers)
          ) {
            const conditional = {
              method: operation.method,
              headers: request.headers,
              where: itemLabel(request),
            }
            const failed = evaluatePreconditions(conditional, {
              weak: false,
              opaque: resourceTag(entry.value),
            })
            if (failed !== undefined) return errorAnswer(operation, request, failed.status, failed.detail)
          }
          const fixed = {
            [resource.idProperty]: entry.value[resource.idProperty],
            ...parentMembers(resource, scope, view),
          }
          if (binding.action === 'replace')
            entry.value = replaceRecord(request.body, entry.value, fixed, context)
          else if (binding.action === 'update')
            entry.value = patchRecord(request.body, entry.value, fixed, context)
          else if (binding.action === 'delete') table.entries.delete(String(itemId))
          return itemAnswer(
            operation,
            binding,
            visible(entry.value, view, resource.itemSchema),
            answerContext,
            {},
            binding.action === 'delete' ? undefined : resourceTag(entry.value),
          )
        }
      }
    },
    items(collectionPath, parents = {}) {
      const resource = byCollection.get(collectionPath)
      if (resource === undefined) {
        throw new Error(
          `[statusline] Failed to list stored items: no resource at ${collectionPath} (resources: ${[...byCollection.keys()].join(', ')})`,
        )
      }
      const scope = scopeOf(resource, parents)
      ensureSeeded(resource, scope)
      return [...tableOf(resource).entries.values()]
        .filter((entry) => inScope(resource, entry, scope))
        .map((entry) => entry.value)
    },
    reset() {
      tables = new Map()
    },
  }
}
