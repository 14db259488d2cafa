/**
 * Request Body Objects (OpenAPI 3.1 §4.8.13): `$ref`s followed into `#/components/requestBodies`,
 * media types kept in spec order with their kinds and examples (see `media-types.ts`).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { buildContents } from './media-types.ts'
import { childPointer } from './pointer.ts'
import { resolveObject } from './refs.ts'
import type { RequestBody } from './types.ts'

/**
 * The request body of an operation, or undefined when it declares none. `pointer` is where the
 * operation's `requestBody` field sits; the result's `pointer` is that of the resolved object.
 *
 * @example
 * buildRequestBody(context, { required: true, content: { 'application/json': { schema } } }, pointer)
 * // { required: true, contents: [{ mediaType: 'application/json', kind: 'json', schema, … }], … }
 */
export function buildRequestBody(
  context: ModelContext,
  value: unknown,
  pointer: string,
): RequestBody | undefined {
  if (value === undefined) return undefined
  const resolved = resolveObject(context, value, pointer, 'request body')
  const body = resolved.value
  return {
    required: body.required === true,
    contents: buildContents(context, body.content, childPointer(resolved.pointer, 'content')),
    doc: buildDocText({ description: resolved.overrides.description ?? body.description }),
    pointer: resolved.pointer,
  }
}
