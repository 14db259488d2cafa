/**
 * The operation model of a bundled OpenAPI 3.0/3.1 document (OpenAPI 3.1 §4.8.1, OpenAPI Object;
 * §4.8.8, Paths Object): the one place where OpenAPI's quirks are resolved for every emitter.
 *
 * - Paths are read in document order; within a path item, methods in the order §4.8.9 lists them
 *   (get, put, post, delete, options, head, patch, trace). `x-` keys and non-method fields are skipped.
 *   A path item that is a `$ref` (3.1 `#/components/pathItems`) is followed.
 * - `webhooks` (3.1) and `x-webhooks` are not operations the SDK calls, and are left out.
 * - Operations are named by `operation-names.ts`. An operationId used twice is reported (SL008) at the
 *   second operation, which gets a numbered name, so both stay callable.
 * - Schemas are neither copied nor dereferenced: the model holds the document's own objects. One
 *   quirk is settled in them, in place: every discriminator gets an explicit, complete `mapping`
 *   (`explicit-mappings.ts`), which the types emitter and the mock data read as it is.
 *
 * @module
 */

import { buildContext, type Diagnostic, type ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { makeMappingsExplicit } from './explicit-mappings.ts'
import { buildOperation, type OperationSite } from './operation.ts'
import { assignOperationNames } from './operation-names.ts'
import { templateProblem, templateShape } from './path-template.ts'
import { childPointer } from './pointer.ts'
import { asString, isRecord, type JsonRecord } from './record.ts'
import { resolveObject } from './refs.ts'
import { buildSecuritySchemes } from './security.ts'
import { buildRootServers } from './servers.ts'
import type { ApiModel, HttpMethod, Operation } from './types.ts'

/** The methods of a Path Item Object, in the order the spec lists them (§4.8.9.1). */
const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** What {@link buildModel} returns. */
export interface BuildModelResult {
  readonly model: ApiModel
  /** Problems that were worked around (undeclared path parameters, duplicate operationIds, bad keys). */
  readonly warnings: Diagnostic[]
}

/** Finds every operation of the document, in document order. */
function findOperations(context: ModelContext, paths: JsonRecord): OperationSite[] {
  const sites: OperationSite[] = []
  for (const [path, entry] of Object.entries(paths)) {
    if (path.startsWith('x-')) continue
    const problem = templateProblem(path)
    if (problem !== undefined) {
      return context.fail(
        'SL007',
        childPointer('/paths', path),
        `The path ${path} is not a valid path template: ${problem}.`,
        'Pair every "{" with a "}" around the name of a path parameter, e.g. /zoos/{zooId}; a literal brace must be percent-encoded (%7B, %7D).',
      )
    }
    const resolved = resolveObject(context, entry, childPointer('/paths', path), 'path item')
    for (const method of METHODS) {
      const operation = resolved.value[method]
      if (operation === undefined) continue
      const pointer = childPointer(resolved.pointer, method)
      if (!isRecord(operation)) {
        return context.fail(
          'SL007',
          pointer,
          `The ${method.toUpperCase()} operation at ${pointer} is not an object.`,
        )
      }
      sites.push({
        path,
        pathItem: resolved.value,
        pathItemPointer: resolved.pointer,
        method,
        operation,
        pointer,
      })
    }
  }
  return sites
}

/**
 * Reports each path whose template an earlier path already has, but for its parameters' names, with a
 * method of both (SL020). Path keys with a query or a fragment (whose `requestPath` is not their `path`)
 * are left out: their operations are told apart by what the key adds (`MockOperation.selectors`, the
 * request's Content-Type).
 */
function reportIdenticalTemplates(context: ModelContext, operations: readonly Operation[]): void {
  const first = new Map<string, { path: string; methods: Set<string> }>()
  const reported = new Set<string>()
  for (const { path, requestPath, method } of operations) {
    if (requestPath !== path) continue
    const shape = templateShape(path)
    const earlier = first.get(shape)
    if (earlier === undefined) first.set(shape, { path, methods: new Set([method]) })
    else if (earlier.path === path) earlier.methods.add(method)
    else if (earlier.methods.has(method) && !reported.has(path)) {
      reported.add(path)
      context.warn(
        'SL020',
        childPointer('/paths', path),
        `The path ${path} is ${earlier.path} but for the names of its parameters: a ${method.toUpperCase()} request to either matches both, and the mock answers it as ${earlier.path}.`,
      )
    }
  }
}

/** Reports every operationId that an earlier operation already used (SL008). */
function reportDuplicates(
  context: ModelContext,
  sites: readonly OperationSite[],
  operations: readonly Operation[],
): void {
  const first = new Map<string, OperationSite>()
  sites.forEach((site, index) => {
    const id = asString(site.operation.operationId)
    if (id === undefined) return
    const earlier = first.get(id)
    if (earlier === undefined) {
      first.set(id, site)
      return
    }
    context.warn(
      'SL008',
      site.pointer,
      `The operationId "${id}" of ${site.method.toUpperCase()} ${site.path} is already used by ${earlier.method.toUpperCase()} ${earlier.path}; this operation is generated as ${operations[index]?.name ?? id}.`,
    )
  })
}

/**
 * Builds the operation model of a bundled OpenAPI 3.x document (internal `$ref`s only). Throws a
 * `DiagnosticError` for input it cannot model (not OpenAPI 3.x, a broken `$ref`, a malformed object);
 * returns warnings for problems it worked around.
 *
 * @example
 * ```ts
 * const { model, warnings } = buildModel(document, 'specs/zoo.yaml')
 * for (const operation of model.operations) console.log(operation.name, operation.method, operation.path)
 * ```
 */
export function buildModel(document: Record<string, unknown>, source: string): BuildModelResult {
  const context = buildContext(document, source)
  const version = document.openapi
  if (typeof version !== 'string' || !version.startsWith('3.')) {
    return context.fail(
      'SL004',
      '/openapi',
      `The document has openapi: ${JSON.stringify(version)}; expected 3.0.x or 3.1.x.`,
    )
  }
  makeMappingsExplicit(document)
  const paths = document.paths ?? {}
  if (!isRecord(paths)) return context.fail('SL007', '/paths', 'The paths of the document are not an object.')
  const sites = findOperations(context, paths)
  const names = assignOperationNames(
    sites.map((site) => ({
      operationId: asString(site.operation.operationId),
      method: site.method,
      path: site.path,
    })),
  )
  const root = buildRootServers(context)
  // assignOperationNames returns one entry per input, in input order.
  const operations = sites.map((site, index) => buildOperation(context, site, names[index]!, root))
  reportDuplicates(context, sites, operations)
  reportIdenticalTemplates(context, operations)
  const info = isRecord(document.info) ? document.info : {}
  const model: ApiModel = {
    title: asString(info.title) ?? '',
    version: asString(info.version) ?? '',
    openapi: version,
    doc: buildDocText({ description: info.description }),
    servers: root.urls,
    ...(root.templates === undefined ? {} : { serverTemplates: root.templates }),
    operations,
    securitySchemes: buildSecuritySchemes(context),
    document,
    source,
  }
  return { model, warnings: context.warnings }
}
