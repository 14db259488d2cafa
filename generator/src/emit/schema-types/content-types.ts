/**
 * The shapes around schemas that operations and components share, as openapi-typescript writes them
 * (OpenAPI 3.1 §4.8.13 Request Body Object, §4.8.14 Media Type Object, §4.8.17 Response Object,
 * §4.8.21 Header Object):
 *
 * ```ts
 * {
 *   headers: { 'X-Rate-Limit': number; [name: string]: unknown };
 *   content: { 'application/json': components['schemas']['Zoo'] };  // or `content?: never`
 * }
 * ```
 *
 * A body's type follows the runtime (`packages/client/src/encode-body.ts`): a whole body that is a
 * binary string (`type: string, format: binary`) is a `Blob`, and the binary properties of a
 * multipart body are `Blob | string`, since the runtime appends either as a part.
 *
 * @module
 */
import { bodyKind } from '../../model/media-types.ts'
import { propertyName } from '../code-text.ts'
import type { Direction } from './directions.ts'
import { docComment } from './doc-comment.ts'
import { objectType } from './object-type.ts'
import { INDENT, type Position, rootPosition, type TypeWriter } from './position.ts'
import { isSchemaObject } from './ref-targets.ts'
import { atom, type TypeText, UNKNOWN } from './type-text.ts'

/** The media types of a body, in spec order: `[mediaType, schema]` (schema undefined when there is none). */
export type MediaEntries = readonly (readonly [string, unknown])[]

/** A response header: its type is written from `schema`, or is `expression` (a component reference). */
export interface HeaderEntry {
  readonly name: string
  readonly required: boolean
  readonly doc: string
  readonly schema?: unknown
  readonly expression?: string
}

/** Keywords that make an object schema more than its own properties. */
const COMPOSITE_KEYWORDS = ['$ref', 'allOf', 'oneOf', 'anyOf', 'nullable'] as const

/** The type of one media type's body, as the module describes. */
export function bodyType(writer: TypeWriter, mediaType: string, schema: unknown, at: Position): TypeText {
  if (schema === undefined) return UNKNOWN
  if (isSchemaObject(schema) && schema.type === 'string' && schema.format === 'binary') return atom('Blob')
  if (
    bodyKind(mediaType) === 'multipart' &&
    isSchemaObject(schema) &&
    isSchemaObject(schema.properties) &&
    (schema.type === undefined || schema.type === 'object') &&
    !COMPOSITE_KEYWORDS.some((keyword) => keyword in schema)
  ) {
    return objectType(writer, schema, at, { binaryParts: true })
  }
  return writer.typeOf(schema, at)
}

/**
 * `content: { '<media type>': T; … };` at indentation `pad`, or `content?: never;` when there is none;
 * bodies typed in `direction` (`write` for a request body).
 */
export function contentMember(
  writer: TypeWriter,
  entries: MediaEntries,
  pad: string,
  direction: Direction,
): string {
  if (entries.length === 0) return `${pad}content?: never;`
  const at = rootPosition(-1, pad + INDENT, direction)
  const lines = entries.map(
    ([mediaType, schema]) =>
      `${at.pad}${propertyName(mediaType)}: ${bodyType(writer, mediaType, schema, at).text};`,
  )
  return `${pad}content: {\n${lines.join('\n')}\n${pad}};`
}

/** `headers: { … [name: string]: unknown };` at indentation `pad`: response headers, read. */
export function headersMember(writer: TypeWriter, headers: readonly HeaderEntry[], pad: string): string {
  const at = rootPosition(-1, pad + INDENT, 'read')
  const lines = headers.map((header) => {
    const type = header.expression ?? writer.typeOf(header.schema, at).text
    const name = `${propertyName(header.name)}${header.required ? '' : '?'}`
    return `${docComment(header.doc, at.pad)}${at.pad}${name}: ${type};`
  })
  lines.push(`${at.pad}[name: string]: unknown;`)
  return `${pad}headers: {\n${lines.join('\n')}\n${pad}};`
}

/** A Response Object's type at indentation `pad`: `{ headers: …; content: … }`. */
export function responseType(
  writer: TypeWriter,
  headers: readonly HeaderEntry[],
  contents: MediaEntries,
  pad: string,
): string {
  const inner = pad + INDENT
  return `{\n${headersMember(writer, headers, inner)}\n${contentMember(writer, contents, inner, 'read')}\n${pad}}`
}

/** A Request Body Object's type at indentation `pad`: `{ content: … }`, written. */
export function requestBodyType(writer: TypeWriter, contents: MediaEntries, pad: string): string {
  return `{\n${contentMember(writer, contents, pad + INDENT, 'write')}\n${pad}}`
}
