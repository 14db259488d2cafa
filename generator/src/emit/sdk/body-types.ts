/**
 * The TypeScript types of bodies and response headers (OpenAPI 3.1 §4.8.13 Request Body Object,
 * §4.8.14 Media Type Object, §4.8.17 Response Object, §4.8.21 Header Object), as the runtime decodes
 * and encodes them: JSON-like media types take openapi-typescript's type of their schema, text is a
 * `string`, binary a `Blob`.
 *
 * @module
 */

import { resolveSchema } from '../../model/schema-refs.ts'
import type { MediaContent, Operation, RequestBody, Response, ResponseHeader } from '../../model/types.ts'
import { stringLiteral } from '../code-text.ts'
import type { SchemaDirections } from '../schema-types/directions.ts'
import type { ImportTracker } from './import-tracker.ts'
import {
  componentName,
  componentType,
  operationType,
  pointerTokens,
  responseKeyIndex,
  schemaRefName,
  writtenSchemaType,
} from './openapi-types.ts'
import { schemaTypes } from './schema-lookup.ts'

/** What a binary request body may be: everything `fetch` sends as is. */
export const BINARY_REQUEST_TYPE = 'Blob | ArrayBuffer | Uint8Array | ReadableStream'

/** A union of types, each written once, in order. */
export function unionOf(types: readonly string[]): string {
  const unique = [...new Set(types)]
  return unique.length === 0 ? 'never' : unique.join(' | ')
}

/**
 * The type of one media type's body. `schemaType` names openapi-typescript's type of the media type,
 * used for JSON, form and multipart bodies whose schema is not simply a component; `componentType`
 * names a component schema's type (as read, or as written).
 */
function contentType(
  content: MediaContent,
  schemaType: () => string,
  namedType: (component: string) => string,
  binary: string,
): string {
  if (content.kind === 'text') return 'string'
  if (content.kind === 'binary') return binary
  if (content.schema === undefined) return 'unknown'
  const component = schemaRefName(content.schema)
  const type = component === undefined ? schemaType() : namedType(component)
  if (content.kind === 'form') return `${type} | URLSearchParams`
  if (content.kind === 'multipart') return `${type} | FormData`
  return type
}

/**
 * openapi-typescript's type of a response object: `components['responses'][name]` for a `$ref`ed one,
 * else `paths[path][method]['responses'][key]`, with the key as the spec writes it.
 */
function responseObjectType(operation: Operation, response: Response, imports: ImportTracker): string {
  const component = componentName(response.pointer, 'responses')
  if (component !== undefined) return componentType(imports, 'responses', component)
  const tokens = pointerTokens(response.pointer)
  const written = tokens.at(-2) === 'responses' ? (tokens.at(-1) ?? response.key) : response.key
  return `${operationType(imports, operation)}['responses'][${responseKeyIndex(written)}]`
}

/**
 * The type of a response's body: `undefined` when it has no content (204, 205, 304, HEAD, none
 * declared), `unknown` when it declares content without media types, else the union of its media types.
 */
export function responseBodyType(operation: Operation, response: Response, imports: ImportTracker): string {
  if (response.noContent) return 'undefined'
  if (response.contents.length === 0) return 'unknown'
  const base = () => responseObjectType(operation, response, imports)
  return unionOf(
    response.contents.map((content) =>
      contentType(
        content,
        () => `${base()}['content'][${stringLiteral(content.mediaType)}]`,
        (component) => componentType(imports, 'schemas', component),
        'Blob',
      ),
    ),
  )
}

/**
 * The type of the request body, from its first media type (the one the runtime encodes with), or
 * undefined when the body declares no media type. A body is written: a component schema's write type
 * is named (`directions.ts`).
 */
export function requestBodyType(
  operation: Operation,
  body: RequestBody,
  imports: ImportTracker,
  directions: SchemaDirections,
): string | undefined {
  const [first] = body.contents
  if (first === undefined) return undefined
  const component = componentName(body.pointer, 'requestBodies')
  const base = () =>
    component === undefined
      ? `NonNullable<${operationType(imports, operation)}['requestBody']>`
      : componentType(imports, 'requestBodies', component)
  const schemaType = () => `${base()}['content'][${stringLiteral(first.mediaType)}]`
  const namedType = (component: string) => writtenSchemaType(imports, component, directions)
  return contentType(first, schemaType, namedType, BINARY_REQUEST_TYPE)
}

/** How a response header's value is typed and decoded. */
export type HeaderType = 'string' | 'integer' | 'number' | 'boolean' | 'array'

/** How the runtime decodes a header, from its schema's type (`$ref`s followed). */
export function headerDecoder(header: ResponseHeader, document: unknown): HeaderType {
  const schema = resolveSchema(document, header.schema)
  const [type] = schema === undefined ? [] : schemaTypes(schema)
  return type === 'integer' || type === 'number' || type === 'boolean' || type === 'array' ? type : 'string'
}

/** The TypeScript type of a header value decoded as `decoder` says. */
const HEADER_VALUE_TYPES: Readonly<Record<HeaderType, string>> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  array: 'string[]',
}

/** The declared headers of a response, each once by lower-case name, in spec order. */
export function uniqueHeaders(response: Response): ResponseHeader[] {
  const seen = new Set<string>()
  return response.headers.filter((header) => !seen.has(header.name) && seen.add(header.name))
}

/**
 * The name `operation-types.d.ts` declares for the headers of a response that declares none:
 * `export type NoHeaders = {}`. Naming it, rather than writing `{}` into each member, also keeps tsc from
 * resolving a member's type arguments until the member is used: a generic interface reference whose
 * arguments name a type alias is resolved lazily, and large APIs declare thousands of members.
 */
export const NO_HEADERS = 'NoHeaders'

/**
 * The type of a response's `headers`, names quoted: `{ 'x-rate-limit': number; 'link'?: string }`, or
 * {@link NO_HEADERS} (`{}`).
 */
export function responseHeadersType(response: Response | undefined, document: unknown): string {
  const headers = response === undefined ? [] : uniqueHeaders(response)
  if (headers.length === 0) return NO_HEADERS
  const members = headers.map((header) => {
    const type = HEADER_VALUE_TYPES[headerDecoder(header, document)]
    return `${stringLiteral(header.name)}${header.required ? '' : '?'}: ${type}`
  })
  return `{ ${members.join('; ')} }`
}
