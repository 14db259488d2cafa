/**
 * Resource inference: the collections and items of an API, from its path templates and response
 * schemas, following the REST conventions of the seed documents — `/zoos` (collection) and
 * `/zoos/{zooId}` (item); nested `/zoos/{zooId}/animals` + `/zoos/{zooId}/animals/{animalId}`, scoped
 * by the parent's id. A path is a collection when it has an item route or a GET that answers a list;
 * POST-only paths (`/login`, `/search`) are actions, not collections. Each operation on a collection
 * or item is bound to a CRUD action with the slot of the body its resource or list sits in.
 *
 * @module
 */
import type { MockData, MockOperation } from '../data.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { findResponse, happyStatus } from '../status-keys.ts'
import { type LocatedItem, locateItem, locateList, normalizeName, parseSlot, type Slot } from './locate.ts'
import { type Candidate, camel, candidates, PARAM, segments, singular } from './route-candidates.ts'

/** What the store does for an operation. */
export type ResourceAction = 'list' | 'create' | 'read' | 'replace' | 'update' | 'delete'

/** How the id of a new resource is made. */
export type IdKind = 'integer' | 'uuid' | 'string'

/** An operation bound to an action of a resource. */
export interface OperationBinding {
  readonly operation: string
  readonly action: ResourceAction
  /** The status the store answers success with (201 for create, 204 for delete when declared). */
  readonly status: number
  /** The JSON response schema of that status, if any. */
  readonly schema: unknown
  /** Where the resource (or the list) sits in that body; `undefined` when the body does not hold it. */
  readonly slot: Slot | undefined
}

/** A parent path parameter and the item property that records it, if the item schema has one. */
export interface ParentBinding {
  readonly param: string
  readonly property: string | undefined
}

/** One collection of resources. */
export interface Resource {
  /** The collection's path template, e.g. `/zoos/{zooId}/animals`. */
  readonly collectionPath: string
  /** The item's path template, e.g. `/zoos/{zooId}/animals/{animalId}`, when the API has one. */
  readonly itemPath: string | undefined
  /** The item path's own parameter (`animalId`). */
  readonly itemParam: string | undefined
  /** The collection path's parameters, each bound to the item property that holds it. */
  readonly parents: readonly ParentBinding[]
  /** The item path template of the parent resource (`/zoos/{zooId}`), when the parent is a resource. */
  readonly parentItemPath: string | undefined
  /** The resource's schema, as written in the document. */
  readonly itemSchema: unknown
  readonly idProperty: string
  readonly idKind: IdKind
  /** The storage shared with other routes of the same schema (`/animals` and `/zoos/{zooId}/animals`). */
  readonly table: string
  readonly bindings: readonly OperationBinding[]
}

/** Per-collection overrides of what inference decides, keyed by the collection's path template. */
export interface ResourceOverride {
  /** The id property of the items. */
  readonly idProperty?: string
  /** Where the resource sits in item responses, as a dotted path (`'data'`; `''`: the body). */
  readonly wrap?: string
  /** Where the list sits in list responses, as a dotted path (`'data.items'`; `''`: the body). */
  readonly listWrap?: string
}

/** Overrides by collection path; `false` leaves a collection out of the store. */
export type ResourceOverrides = Readonly<Record<string, ResourceOverride | false>>

function jsonSchemaOf(operation: MockOperation, status: number): unknown {
  const response = findResponse(operation, status)
  return response?.contents.find((content) => content.kind === 'json')?.schema
}

function successStatus(operation: MockOperation, preferred: number): number {
  return operation.responses.some((response) => response.key === String(preferred))
    ? preferred
    : happyStatus(operation)
}

function refOf(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined
  const ref = (schema as Record<string, unknown>).$ref
  return typeof ref === 'string' ? ref : undefined
}

function idKindOf(view: SchemaView, schema: unknown): IdKind {
  const types = view.types(schema)
  if (types?.has('integer') === true || (types?.has('number') === true && !types.has('string')))
    return 'integer'
  return view.keyword(schema, 'format') === 'uuid' ? 'uuid' : 'string'
}

/** The context of inferring one resource. */
interface Inference {
  readonly view: SchemaView
  readonly candidate: Candidate
  readonly parents: readonly string[]
  readonly names: { readonly item: readonly string[]; readonly list: readonly string[] }
  readonly override: ResourceOverride | undefined
}

function findItem(inference: Inference, idProperty?: string): LocatedItem | undefined {
  const { view, candidate } = inference
  const hints = {
    ...(candidate.itemParam === undefined ? {} : { itemParam: candidate.itemParam }),
    parentParams: inference.parents,
    names: inference.names.item,
    ...(idProperty === undefined ? {} : { idProperty }),
  }
  const byMethod = (ops: readonly MockOperation[], method: string) => ops.filter((op) => op.method === method)
  const singles = [
    ...byMethod(candidate.itemOps, 'GET'),
    ...byMethod(candidate.collectionOps, 'POST'),
    ...byMethod(candidate.itemOps, 'PUT'),
    ...byMethod(candidate.itemOps, 'PATCH'),
  ]
  for (const operation of singles) {
    const schema = jsonSchemaOf(operation, happyStatus(operation))
    const found = schema === undefined ? undefined : locateItem(view, schema, hints)
    if (found !== undefined) return found
  }
  for (const operation of byMethod(candidate.collectionOps, 'GET')) {
    const schema = jsonSchemaOf(operation, happyStatus(operation))
    const list = schema === undefined ? undefined : locateList(view, schema, inference.names.list)
    const found = list === undefined ? undefined : locateItem(view, list.itemSchema, hints)
    if (found !== undefined && found.slot.length === 0) return found
  }
  return undefined
}

function bind(
  inference: Inference,
  operation: MockOperation,
  action: ResourceAction,
  idProperty: string,
): OperationBinding | undefined {
  const preferred = action === 'create' ? 201 : action === 'delete' ? 204 : 200
  const status = successStatus(operation, preferred)
  if (status < 200 || status > 299) return undefined
  const response = findResponse(operation, status)
  const schema = jsonSchemaOf(operation, status)
  const { view, override } = inference
  if (schema === undefined) {
    // A body the store cannot fill (another media type) leaves the operation to generated data.
    if (response !== undefined && !response.noContent && response.contents.length > 0) return undefined
    return action === 'list' || action === 'read'
      ? undefined
      : { operation: operation.name, action, status, schema, slot: undefined }
  }
  if (action === 'list') {
    const slot =
      override?.listWrap !== undefined
        ? parseSlot(override.listWrap)
        : locateList(view, schema, inference.names.list)?.slot
    return slot === undefined ? undefined : { operation: operation.name, action, status, schema, slot }
  }
  const slot =
    override?.wrap !== undefined
      ? parseSlot(override.wrap)
      : locateItem(view, schema, { parentParams: inference.parents, names: inference.names.item, idProperty })
          ?.slot
  if (slot === undefined && (action === 'read' || action === 'create')) return undefined
  return { operation: operation.name, action, status, schema, slot }
}

const COLLECTION_ACTIONS: Readonly<Record<string, ResourceAction>> = { GET: 'list', POST: 'create' }
const ITEM_ACTIONS: Readonly<Record<string, ResourceAction>> = {
  GET: 'read',
  PUT: 'replace',
  PATCH: 'update',
  DELETE: 'delete',
}

function inferOne(
  view: SchemaView,
  candidate: Candidate,
  override: ResourceOverride | undefined,
): Resource | undefined {
  const parents = segments(candidate.collectionPath)
    .map((segment) => PARAM.exec(segment)?.[1])
    .filter((name): name is string => name !== undefined)
  const plural = segments(candidate.collectionPath).pop() ?? ''
  const names = { item: [camel(singular(plural)), singular(plural)], list: [camel(plural), plural] }
  const inference: Inference = { view, candidate, parents, names, override }
  const located = findItem(inference, override?.idProperty)
  if (located === undefined) return undefined
  const idProperty = override?.idProperty ?? located.idProperty
  const itemSchema = located.schema
  const bindings: OperationBinding[] = []
  for (const operation of candidate.collectionOps) {
    const action = COLLECTION_ACTIONS[operation.method]
    const binding = action === undefined ? undefined : bind(inference, operation, action, idProperty)
    if (binding !== undefined) bindings.push(binding)
  }
  for (const operation of candidate.itemOps) {
    const action = ITEM_ACTIONS[operation.method]
    const binding = action === undefined ? undefined : bind(inference, operation, action, idProperty)
    if (binding !== undefined) bindings.push(binding)
  }
  const isCollection =
    candidate.itemPath !== undefined || bindings.some((binding) => binding.action === 'list')
  if (!isCollection || bindings.length === 0) return undefined
  const properties = [...view.properties(itemSchema).keys()]
  const parentBindings = parents.map((param) => {
    const property =
      properties.find((name) => name === param) ??
      properties.find((name) => normalizeName(name) === normalizeName(param))
    return { param, property: property === idProperty ? undefined : property }
  })
  const ref = refOf(itemSchema)
  const shared = ref !== undefined && parentBindings.every((binding) => binding.property !== undefined)
  return {
    collectionPath: candidate.collectionPath,
    itemPath: candidate.itemPath,
    itemParam: candidate.itemParam,
    parents: parentBindings,
    parentItemPath:
      parents.length === 0 ? undefined : segments(candidate.collectionPath).slice(0, -1).join('/'),
    itemSchema,
    idProperty,
    idKind: idKindOf(view, view.properties(itemSchema).get(idProperty)),
    table: shared ? `${ref} ${idProperty}` : candidate.collectionPath,
    bindings,
  }
}

/**
 * Infers the resources of an API.
 *
 * @example
 * inferResources(zooData, view).map((r) => r.collectionPath) // ['/zoos', '/zoos/{zooId}/animals', '/animals', …]
 */
export function inferResources(
  data: MockData,
  view: SchemaView,
  overrides: ResourceOverrides = {},
): Resource[] {
  const out: Resource[] = []
  for (const candidate of candidates(data)) {
    const override = Object.hasOwn(overrides, candidate.collectionPath)
      ? overrides[candidate.collectionPath]
      : undefined
    if (override === false) continue
    const resource = inferOne(view, candidate, override)
    if (resource !== undefined) out.push(resource)
  }
  const known = new Set(out.map((resource) => resource.itemPath))
  return out.map((resource) =>
    resource.parentItemPath !== undefined && !known.has(resource.parentItemPath)
      ? { ...resource, parentItemPath: undefined }
      : resource,
  )
}
