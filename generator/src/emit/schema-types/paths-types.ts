/**
 * `export interface paths` and `export interface operations` (OpenAPI 3.1 §4.8.8 Paths Object, §4.8.10
 * Operation Object), from the model's operations, in openapi-typescript's shape:
 *
 * ```ts
 * '/zoos/{zId}': {
 *   get: {
 *     parameters: { query?: { expand?: boolean }; header?: never; path: { zId: number }; cookie?: never };
 *     requestBody?: never;
 *     responses: { 200: { headers: {…}; content: {…} }; 404: components['responses']['NotFound'] };
 *   };
 * };
 * ```
 *
 * A location is optional unless one of its parameters is required, and `never` when it has none.
 * Parameters and request bodies are typed as written, responses as read (`directions.ts`).
 * Response keys are written as the spec writes them (`200`, `'4XX'`, `default`). Parameters, request
 * bodies and responses that come from components name them (`components['parameters']['ZooId']`).
 * `operations` maps each operationId to its entry in `paths`.
 *
 * @module
 */
import type { Operation, Parameter, ParameterLocation, RequestBody, Response } from '../../model/types.ts'
import { propertyName, stringLiteral } from '../code-text.ts'
import { componentName } from '../sdk/openapi-types.ts'
import { type MediaEntries, requestBodyType, responseType } from './content-types.ts'
import { docComment } from './doc-comment.ts'
import { INDENT, rootPosition, type TypeWriter } from './position.ts'

/** Parameter locations in the order openapi-typescript writes them. */
const LOCATIONS: readonly ParameterLocation[] = ['query', 'header', 'path', 'cookie']

/** `components['<kind>']['<name>']`. */
export function componentExpression(kind: string, name: string): string {
  return `components[${stringLiteral(kind)}][${stringLiteral(name)}]`
}

/**
 * The name of a model pointer that is exactly `/components/<kind>/<name>`, else undefined; inline
 * pointers (the common case) are told apart by their prefix alone.
 */
function componentOf(pointer: string, kind: string): string | undefined {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer
  return body.startsWith(`/components/${kind}/`) ? componentName(body, kind) : undefined
}

/** Unescapes one JSON pointer token (RFC 6901 §4). */
function unescapeToken(token: string): string {
  return token.includes('~') ? token.replaceAll('~1', '/').replaceAll('~0', '~') : token
}

/** The media types of a model body or response. */
function mediaEntries(body: RequestBody | Response): MediaEntries {
  return body.contents.map((content) => [content.mediaType, content.schema] as const)
}

/** The doc of a parameter: its text, and `@deprecated` when deprecated and not already said. */
function parameterDoc(param: Parameter): string {
  const deprecated = param.deprecated && !param.doc.includes('@deprecated') ? '@deprecated' : ''
  return [param.doc, deprecated].filter((part) => part !== '').join('\n\n')
}

/** `parameters: { query?: …; header?: …; path: …; cookie?: … };` at indentation `pad`. */
function parametersMember(writer: TypeWriter, operation: Operation, pad: string): string {
  const inner = pad + INDENT
  const byLocation = new Map<ParameterLocation, Parameter[]>()
  for (const param of operation.parameters) {
    const params = byLocation.get(param.in)
    if (params === undefined) byLocation.set(param.in, [param])
    else params.push(param)
  }
  const locations = LOCATIONS.map((location) => {
    const params = byLocation.get(location)
    if (params === undefined) return `${inner}${location}?: never;`
    const at = rootPosition(-1, inner + INDENT, 'write')
    const members = params.map((param) => {
      const component = componentOf(param.pointer, 'parameters')
      const type =
        component === undefined
          ? writer.typeOf(param.schema, at).text
          : componentExpression('parameters', component)
      const name = `${propertyName(param.name)}${param.required ? '' : '?'}`
      return `${docComment(parameterDoc(param), at.pad)}${at.pad}${name}: ${type};`
    })
    const optional = params.some((param) => param.required) ? '' : '?'
    return `${inner}${location}${optional}: {\n${members.join('\n')}\n${inner}};`
  })
  return `${pad}parameters: {\n${locations.join('\n')}\n${pad}};`
}

/** `requestBody: …;` (optional unless required) or `requestBody?: never;`, at indentation `pad`. */
function requestBodyMember(writer: TypeWriter, body: RequestBody | undefined, pad: string): string {
  if (body === undefined) return `${pad}requestBody?: never;`
  const component = componentOf(body.pointer, 'requestBodies')
  const type =
    component === undefined
      ? requestBodyType(writer, mediaEntries(body), pad)
      : componentExpression('requestBodies', component)
  return `${docComment(body.doc, pad)}${pad}requestBody${body.required ? '' : '?'}: ${type};`
}

/** The key of a response as the spec writes it (the last token of its pointer, for inline ones). */
function responseKey(response: Response): string {
  const { pointer } = response
  if (componentOf(pointer, 'responses') !== undefined) return response.key
  const slash = pointer.lastIndexOf('/')
  return pointer.slice(0, slash).endsWith('/responses')
    ? unescapeToken(pointer.slice(slash + 1))
    : response.key
}

/** `responses: { <key>: …; … };` at indentation `pad`, each key once. */
function responsesMember(writer: TypeWriter, operation: Operation, pad: string): string {
  const inner = pad + INDENT
  const seen = new Set<string>()
  const members: string[] = []
  for (const response of operation.responses) {
    const key = propertyName(responseKey(response))
    if (seen.has(key)) continue
    seen.add(key)
    const component = componentOf(response.pointer, 'responses')
    const headers = response.headers.map((header) => ({ ...header, name: header.specName }))
    const type =
      component === undefined
        ? responseType(writer, headers, mediaEntries(response), inner)
        : componentExpression('responses', component)
    members.push(`${docComment(response.doc, inner)}${inner}${key}: ${type};`)
  }
  if (members.length === 0) return `${pad}responses: never;`
  return `${pad}responses: {\n${members.join('\n')}\n${pad}};`
}

/** The type of one operation at indentation `pad`. */
function operationType(writer: TypeWriter, operation: Operation, pad: string): string {
  const inner = pad + INDENT
  const members = [
    parametersMember(writer, operation, inner),
    requestBodyMember(writer, operation.requestBody, inner),
    responsesMember(writer, operation, inner),
  ]
  return `{\n${members.join('\n')}\n${pad}}`
}

/** `export interface paths { … }`: each path once, its operations in model order. */
export function pathsDeclaration(writer: TypeWriter, operations: readonly Operation[]): string {
  const byPath = new Map<string, Operation[]>()
  for (const operation of operations) {
    const list = byPath.get(operation.path)
    if (list === undefined) byPath.set(operation.path, [operation])
    else list.push(operation)
  }
  const pad = INDENT + INDENT
  const items = [...byPath].map(([path, list]) => {
    const seen = new Set<string>()
    const methods = list
      .filter((operation) => !seen.has(operation.method) && seen.add(operation.method))
      .map((operation) => {
        const type = operationType(writer, operation, pad)
        return `${docComment(operation.doc, pad)}${pad}${operation.method}: ${type};`
      })
    return `${INDENT}${propertyName(path)}: {\n${methods.join('\n')}\n${INDENT}};`
  })
  return items.length === 0 ? 'export interface paths {}' : `export interface paths {\n${items.join('\n')}\n}`
}

/** `export interface operations { … }`: each operationId once, naming its entry in `paths`. */
export function operationsDeclaration(operations: readonly Operation[]): string {
  const seen = new Set<string>()
  const members: string[] = []
  for (const operation of operations) {
    if (seen.has(operation.operationId)) continue
    seen.add(operation.operationId)
    const entry = `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]`
    members.push(`${INDENT}${propertyName(operation.operationId)}: ${entry};`)
  }
  if (members.length === 0) return 'export interface operations {}'
  return `export interface operations {\n${members.join('\n')}\n}`
}
