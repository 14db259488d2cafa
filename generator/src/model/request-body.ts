/**
 * Request Body Objects (OpenAPI 3.1 §4.8.13): `$ref`s followed into `#/components/requestBodies`,
 * media types kept in spec order with their kinds and examples (see `media-types.ts`).
 *
 * A form (`application/x-www-form-urlencoded`) or `multipart/*` body is a set of named fields, which only
 * an object schema describes (§4.8.14, Media Type Object: "Support for x-www-form-urlencoded Request
 * Bodies", "Special Considerations for multipart Content"). A schema declaring other types
 * (`type: string, format: binary`, meant for an uploaded file) matches no form: it is reported (SL021)
 * and left out, so the media type is modelled as one without a schema.
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { buildContents } from './media-types.ts'
import { childPointer } from './pointer.ts'
import { resolveObject } from './refs.ts'
import { resolveSchema } from './schema-refs.ts'
import type { MediaContent, RequestBody } from './types.ts'

/** The types a schema declares with `type` once its `$ref`s are followed; empty when it declares none. */
function declaredTypes(context: ModelContext, content: MediaContent): unknown[] {
  const type = resolveSchema(context.document, content.schema)?.type
  return Array.isArray(type) ? type : type === undefined ? [] : [type]
}

/**
 * The media type as the body is modelled: a form or multipart one whose schema declares a `type`
 * without `object` loses its schema, with a warning (SL021) naming `operation` (e.g. `POST /files`).
 */
function withFormSchema(context: ModelContext, content: MediaContent, operation: string): MediaContent {
  const pointer = content.schemaPointer
  if ((content.kind !== 'form' && content.kind !== 'multipart') || pointer === undefined) return content
  const types = declaredTypes(context, content)
  if (types.length === 0 || types.includes('object')) return content
  context.warn(
    'SL021',
    pointer,
    `The ${content.mediaType} body of ${operation} has a schema of type ${types.map(String).join(', ')}, which cannot describe the named fields of a form; the SDK and the mocks leave the schema out and take any fields.`,
  )
  return { mediaType: content.mediaType, kind: content.kind, examples: content.examples }
}

/**
 * The request body of an operation, or undefined when it declares none. `pointer` is where the
 * operation's `requestBody` field sits; the result's `pointer` is that of the resolved object.
 * `operation` names the operation in warnings, e.g. `POST /zoos`.
 *
 * @example
 * buildRequestBody(context, { required: true, content: { 'application/json': { schema } } }, pointer, 'POST /zoos')
 * // { required: true, contents: [{ mediaType: 'application/json', kind: 'json', schema, … }], … }
 */
export function buildRequestBody(
  context: ModelContext,
  value: unknown,
  pointer: string,
  operation: string,
): RequestBody | undefined {
  if (value === undefined) return undefined
  const resolved = resolveObject(context, value, pointer, 'request body')
  const body = resolved.value
  const contents = buildContents(context, body.content, childPointer(resolved.pointer, 'content'))
  return {
    required: body.required === true,
    contents: contents.map((content) => withFormSchema(context, content, operation)),
    doc: buildDocText({ description: resolved.overrides.description ?? body.description }),
    pointer: resolved.pointer,
  }
}
