/**
 * The operation descriptor (`OperationSpec` of `@statusline/client`) written as a literal: only what the
 * runtime cannot know from the call, only values that differ from their defaults, and a reference to each
 * runtime helper the operation needs beyond the defaults (a parameter serialiser, a body encoder, a body
 * reader, a header reader, `writeParams` for query, header and cookie parameters, `writeBody` for a body,
 * `writeRequest` for both), so that bundlers keep exactly the helpers the app's operations use. An
 * operation with servers of its own (`Operation.servers`) lists them as `servers`.
 *
 * ```ts
 * const getZooSpec = {
 *   method: 'GET',
 *   path: '/zoos/{zId}',
 *   params: { tags: { in: 'query', style: pipeDelimited } },
 *   write: writeParams,
 *   responses: { 200: { headers: readHeaders({ 'x-rate-limit': Number }) }, 404: {}, '4XX': {} },
 * } as const satisfies OperationSpec
 * ```
 *
 * @module
 */

import { resolveSchema } from '../../model/schema-refs.ts'
import type { BodyKind, MediaContent, Operation, Parameter, Response } from '../../model/types.ts'
import { literal, literalKey } from '../code-text.ts'
import { type HeaderType, headerDecoder, uniqueHeaders } from './body-types.ts'
import type { ImportTracker } from './import-tracker.ts'
import { schemaTypes } from './schema-lookup.ts'

/** An object literal from `[key, value code]` entries; entries without code are left out. */
function objectCode(entries: readonly (readonly [string, string | undefined])[]): string {
  const written = entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
  return written.length === 0
    ? '{}'
    : `{ ${written.map(([key, code]) => `${literalKey(key)}: ${code}`).join(', ')} }`
}

/** The runtime serialiser of each `style` × `explode` (OpenAPI 3.1 §4.8.12.4), by its export name. */
const SERIALIZERS: Readonly<Record<Parameter['style'], readonly [unexploded: string, exploded: string]>> = {
  matrix: ['matrix', 'matrixExploded'],
  label: ['label', 'labelExploded'],
  simple: ['simple', 'simpleExploded'],
  form: ['formUnexploded', 'formExploded'],
  spaceDelimited: ['spaceDelimited', 'formExploded'],
  pipeDelimited: ['pipeDelimited', 'formExploded'],
  deepObject: ['deepObject', 'deepObject'],
}

/** The JSON types whose values the runtime serialises without a serialiser: one scalar. */
const SCALAR_TYPES = new Set(['string', 'integer', 'number', 'boolean'])

/** Whether a parameter's schema allows scalars only (after `$ref`s; a schema without a type may be anything). */
function isScalar(param: Parameter, document: unknown): boolean {
  const schema = resolveSchema(document, param.schema)
  const types = schema === undefined ? [] : schemaTypes(schema)
  return types.length > 0 && types.every((type) => SCALAR_TYPES.has(type))
}

/**
 * The export name of the runtime serialiser a parameter needs, or undefined when it is a scalar that its
 * location's default (`simple` for path and header, `formExploded` for query and cookie) serialises, which
 * the runtime writes without a serialiser. `content`-typed parameters are JSON text in the location's
 * style. `document` is the bundled document, for schemas that are `$ref`s.
 */
export function serializerName(param: Parameter, document: unknown): string | undefined {
  const form = param.in === 'query' || param.in === 'cookie'
  const name =
    param.contentType !== undefined
      ? form
        ? 'jsonForm'
        : 'jsonSimple'
      : SERIALIZERS[param.style][param.explode ? 1 : 0]
  return name === (form ? 'formExploded' : 'simple') && isScalar(param, document) ? undefined : name
}

/** The `ParamSpec` code of a parameter that needs a serialiser or an encoder, else undefined. */
function paramCode(param: Parameter, document: unknown, imports: ImportTracker): string | undefined {
  const serializer = serializerName(param, document)
  // allowReserved applies to query parameters only (OpenAPI 3.1 §4.8.12.2), and not to `content` ones.
  const reserved = param.allowReserved && param.in === 'query' && param.contentType === undefined
  if (serializer === undefined && !reserved) return undefined
  return objectCode([
    ['in', literal(param.in)],
    ['style', serializer === undefined ? undefined : imports.runtimeValue(serializer)],
    ['encode', reserved ? imports.runtimeValue('encodeReserved') : undefined],
  ])
}

/** The `params` entry: parameters that need a serialiser or an encoder, by name; the first of a name wins. */
function paramsCode(operation: Operation, document: unknown, imports: ImportTracker): string | undefined {
  const params = new Map<string, string>()
  for (const param of operation.parameters) {
    if (params.has(param.name)) continue
    const code = paramCode(param, document, imports)
    if (code !== undefined) params.set(param.name, code)
  }
  return params.size > 0 ? objectCode([...params]) : undefined
}

/** The runtime encoder of each body kind; JSON is the default. */
const BODY_ENCODERS: Readonly<Record<BodyKind, string | undefined>> = {
  json: undefined,
  text: 'textBody',
  form: 'formBody',
  multipart: 'multipartBody',
  binary: 'binaryBody',
}

/** The media type sent for a declared range (`*\/*`, `image/*`), by body kind; none leaves it to fetch. */
const RANGE_MEDIA_TYPES: Readonly<Record<BodyKind, string | undefined>> = {
  json: 'application/json',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  multipart: undefined,
  binary: undefined,
}

/**
 * The Content-Type the SDK sends a request body of a declared media type with, or undefined when it
 * leaves it to fetch: multipart (fetch writes the boundary) and binary data of a range (`image/*`,
 * `*\/*`), since a range is no Content-Type and fetch sends a Blob's own type. A range read as JSON
 * (`*\/*` with an object schema) is sent as `application/json`, text as `text/plain`.
 */
export function sentMediaType(content: Pick<MediaContent, 'kind' | 'mediaType'>): string | undefined {
  if (content.kind === 'multipart') return undefined
  return content.mediaType.includes('*') ? RANGE_MEDIA_TYPES[content.kind] : content.mediaType
}

/** The `body` entry: the first media type (as {@link sentMediaType} sends it) and its encoder. */
function bodyCode(operation: Operation, imports: ImportTracker): string | undefined {
  const [content] = operation.requestBody?.contents ?? []
  if (content === undefined) return undefined
  const encoder = BODY_ENCODERS[content.kind]
  const mediaType = sentMediaType(content)
  return objectCode([
    ['mediaType', mediaType === undefined ? undefined : literal(mediaType)],
    ['encode', encoder === undefined ? undefined : imports.runtimeValue(encoder)],
  ])
}

/** The decoder of a header, by how it is typed: globals for strings and numbers, runtime helpers else. */
function headerDecoderCode(kind: HeaderType, imports: ImportTracker): string {
  if (kind === 'boolean') return imports.runtimeValue('booleanHeader')
  if (kind === 'array') return imports.runtimeValue('arrayHeader')
  return kind === 'string' ? 'String' : 'Number'
}

/**
 * The `ResponseSpec` code of one response: `empty`, the reader of its headers (a call of `readHeaders`,
 * annotated pure so bundlers drop it with an unused descriptor), and a reader for binary bodies.
 */
function responseCode(response: Response, document: unknown, imports: ImportTracker): string {
  const headers = uniqueHeaders(response)
  const binary = response.contents.some(
    (content) => content.kind === 'binary' || content.kind === 'multipart',
  )
  return objectCode([
    ['empty', response.noContent ? 'true' : undefined],
    [
      'headers',
      headers.length === 0
        ? undefined
        : `/* @__PURE__ */ ${imports.runtimeValue('readHeaders')}(${objectCode(
            headers.map((header) => [
              header.name,
              headerDecoderCode(headerDecoder(header, document), imports),
            ]),
          )})`,
    ],
    ['read', binary && !response.noContent ? imports.runtimeValue('blobUnlessText') : undefined],
  ])
}

/** The `responses` entry: every declared key once, in spec order. */
function responsesCode(operation: Operation, document: unknown, imports: ImportTracker): string {
  const responses = new Map<string, string>()
  for (const response of operation.responses) {
    const key =
      response.kind === 'range'
        ? `${response.code}XX`
        : response.kind === 'default'
          ? 'default'
          : response.key
    if (!responses.has(key)) responses.set(key, responseCode(response, document, imports))
  }
  return objectCode([...responses])
}

/**
 * The `write` entry: the runtime writer of what the operation sends beyond path parameters, or undefined
 * when it sends nothing more. `writeParams` when it declares query, header or cookie parameters or its
 * path key carries a query, `writeBody` when it declares a body, `writeRequest` when both.
 */
function writerCode(operation: Operation, imports: ImportTracker): string | undefined {
  const params =
    operation.pathQuery !== undefined || operation.parameters.some((param) => param.in !== 'path')
  const body = (operation.requestBody?.contents.length ?? 0) > 0
  const writer = params ? (body ? 'writeRequest' : 'writeParams') : body ? 'writeBody' : undefined
  return writer === undefined ? undefined : imports.runtimeValue(writer)
}

/**
 * The entries of an operation's descriptor literal, as `[key, value code]` pairs in the order they are
 * written; the runtime helpers they reference are recorded in `imports`. `document` is the bundled
 * document, for header schemas that are `$ref`s.
 */
export function operationSpecEntries(
  operation: Operation,
  document: unknown,
  imports: ImportTracker,
): [string, string][] {
  const security = operation.security.map((requirement) => Object.keys(requirement))
  const entries: [string, string | undefined][] = [
    ['method', literal(operation.method.toUpperCase())],
    ['path', literal(operation.requestPath)],
    ['params', paramsCode(operation, document, imports)],
    ['pathQuery', operation.pathQuery === undefined ? undefined : literal(operation.pathQuery)],
    ['write', writerCode(operation, imports)],
    ['body', bodyCode(operation, imports)],
    ['responses', responsesCode(operation, document, imports)],
    ['security', security.length > 0 ? literal(security) : undefined],
    ['servers', operation.servers === undefined ? undefined : literal(operation.servers)],
    [
      'serverTemplate',
      operation.serverTemplate === undefined ? undefined : literal(operation.serverTemplate),
    ],
  ]
  return entries.flatMap(([key, code]) => (code === undefined ? [] : [[literalKey(key), code]]))
}
