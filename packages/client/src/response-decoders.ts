/**
 * Response decoders a descriptor references when the defaults do not fit (OpenAPI 3.1 §4.8.17 Response
 * Object, §4.8.21 Header Object): reading a body that may be binary, and decoding typed headers. By
 * default `call` reads JSON (by Content-Type) or text, and leaves header values as strings (`String`);
 * numeric headers use the global `Number`.
 *
 * @module
 */

import type { BodyReader, HeaderDecoder } from './operation.ts'

/**
 * For responses that declare a binary media type: a `Blob`, unless the Content-Type is JSON (parsed),
 * missing, `text/*`, XML, JavaScript, YAML or form-urlencoded (text).
 *
 * @example
 * ```ts
 * const downloadSpec = { method: 'GET', path: '/files/{id}', responses: { 200: { read: blobUnlessText } } }
 * ```
 */
export const blobUnlessText: BodyReader = (contentType) =>
  /^(text\/|$)|json|xml|javascript|yaml|urlencoded/i.test(contentType) ? undefined : 'blob'

/**
 * A boolean header: `true` for "true" in any case, else `false`.
 *
 * @example
 * ```ts
 * booleanHeader('TRUE') // true
 * ```
 */
export const booleanHeader: HeaderDecoder = (value) => value.toLowerCase() === 'true'

/**
 * An array header (simple style): the comma-separated items, trimmed.
 *
 * @example
 * ```ts
 * arrayHeader('a, b ,c') // ['a', 'b', 'c']
 * ```
 */
export const arrayHeader: HeaderDecoder = (value) => value.split(',').map((item) => item.trim())
