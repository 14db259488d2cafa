/**
 * Response decoders a descriptor references when the defaults do not fit (OpenAPI 3.1 §4.8.17 Response
 * Object, §4.8.21 Header Object): reading a body that may be binary, and reading declared headers. By
 * default `call` reads JSON (by Content-Type) or text, and no headers; `readHeaders` decodes the declared
 * ones, strings with the global `String`, numbers with `Number`.
 *
 * @module
 */

import type { BodyReader, HeaderDecoder, HeadersReader } from './operation.ts'

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

/**
 * The reader of a response key's declared headers: each present one decoded by its decoder, by
 * lower-case name; absent ones are left out. Generated descriptors call it once, when the module loads
 * (annotated pure, so an unused descriptor is still dropped).
 *
 * @example
 * ```ts
 * const listZoosSpec = { method: 'GET', path: '/zoos', responses: { 200: { headers: readHeaders({ 'x-total': Number }) } } }
 * ```
 */
export const readHeaders =
  (decoders: Readonly<Record<string, HeaderDecoder>>): HeadersReader =>
  (received) => {
    const headers: Record<string, unknown> = {}
    for (const [name, decode] of Object.entries(decoders)) {
      const value = received.get(name)
      if (value !== null) headers[name] = decode(value)
    }
    return headers
  }
