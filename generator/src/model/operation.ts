/**
 * Operation Objects (OpenAPI 3.1 §4.8.10) in their Path Item (§4.8.9): one `Operation` of the model,
 * once its names are known (see `operation-names.ts`).
 *
 * The doc text comes from the operation's `summary` and `description`, falling back to the path item's
 * (which "apply to all operations in this path", §4.8.9.1), with `@deprecated` when the operation is.
 * Its servers are its own or its path item's when they differ from the document's (`servers.ts`); a
 * query or fragment in its path key is split off (`path-key.ts`); a request body on GET or HEAD is left out
 * (SL019).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import type { OperationNames } from './operation-names.ts'
import { buildParameters } from './parameters.ts'
import { fragmentSelector, keyQuery, splitPathKey } from './path-key.ts'
import { childPointer } from './pointer.ts'
import { asString, type JsonRecord } from './record.ts'
import { buildRequestBody } from './request-body.ts'
import { buildResponses } from './responses.ts'
import { effectiveSecurity } from './security.ts'
import { operationServers, type RootServers } from './servers.ts'
import type { HttpMethod, Operation } from './types.ts'

/** Where one operation was found. */
export interface OperationSite {
  /** The path template as written (the key of the Paths Object). */
  readonly path: string
  /** The resolved Path Item Object. */
  readonly pathItem: JsonRecord
  /** JSON pointer of the resolved path item. */
  readonly pathItemPointer: string
  readonly method: HttpMethod
  /** The Operation Object. */
  readonly operation: JsonRecord
  /** JSON pointer of the Operation Object, e.g. `/paths/~1zoos~1{zId}/get`. */
  readonly pointer: string
}

/** The tags of an operation: its `tags` entries that are strings. */
function tagsOf(operation: JsonRecord): string[] {
  return Array.isArray(operation.tags) ? operation.tags.filter((tag) => typeof tag === 'string') : []
}

/**
 * The operation's request body, except on GET and HEAD: fetch cannot send one there, so it is left out
 * with a warning (SL019) rather than required of every call.
 */
function bodyOf(context: ModelContext, site: OperationSite): Operation['requestBody'] {
  const { operation, pointer, method } = site
  if (operation.requestBody === undefined) return undefined
  if (method === 'get' || method === 'head') {
    context.warn(
      'SL019',
      childPointer(pointer, 'requestBody'),
      `${method.toUpperCase()} ${site.path} declares a request body, which fetch cannot send with ${method.toUpperCase()}; the SDK and the mocks leave it out.`,
    )
    return undefined
  }
  return buildRequestBody(
    context,
    operation.requestBody,
    childPointer(pointer, 'requestBody'),
    `${method.toUpperCase()} ${site.path}`,
  )
}

/**
 * Builds one operation of the model from where it was found and the names it was given; `root` holds the
 * document's servers (`buildRootServers`), which an operation's own servers are compared with and may
 * share variables with.
 *
 * @example
 * buildOperation(context, site, { operationId: 'getZoo', name: 'getZoo', typeName: 'GetZoo' }, buildRootServers(context))
 * // { operationId: 'getZoo', name: 'getZoo', method: 'get', path: '/zoos/{zId}', parameters: […], … }
 */
export function buildOperation(
  context: ModelContext,
  site: OperationSite,
  names: OperationNames,
  root: RootServers,
): Operation {
  const { operation, pathItem, pointer, method } = site
  const summary = asString(operation.summary) ?? asString(pathItem.summary)
  const description = asString(operation.description) ?? asString(pathItem.description)
  const deprecated = operation.deprecated === true
  const requestBody = bodyOf(context, site)
  const parameters = buildParameters(context, {
    path: site.path,
    pathItem,
    pathItemPointer: site.pathItemPointer,
    operation,
    operationPointer: pointer,
  })
  const key = splitPathKey(site.path)
  const query = key.query === undefined ? undefined : keyQuery(key.query, parameters)
  const named = fragmentSelector(key.fragment, parameters)
  const selectors = [...(query?.selectors ?? []), ...(named === undefined ? [] : [named])]
  const built: Operation = {
    operationId: names.operationId,
    name: names.name,
    typeName: names.typeName,
    method,
    path: site.path,
    requestPath: key.path,
    doc: buildDocText({ summary, description, deprecated }),
    deprecated,
    tags: tagsOf(operation),
    parameters,
    responses: buildResponses(context, operation.responses, childPointer(pointer, 'responses'), method),
    security: effectiveSecurity(context, operation, pointer),
    pointer,
  }
  const own = operationServers(context, site, root)
  return {
    ...built,
    ...(summary === undefined ? {} : { summary }),
    ...(requestBody === undefined ? {} : { requestBody }),
    ...(query?.text === undefined ? {} : { pathQuery: query.text }),
    ...(query === undefined || Object.keys(query.pathParams).length === 0
      ? {}
      : { queryPathParams: query.pathParams }),
    ...(selectors.length === 0 ? {} : { selectors }),
    ...own,
  }
}
