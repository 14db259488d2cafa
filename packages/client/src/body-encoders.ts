/**
 * Request body encoders (OpenAPI 3.1 §4.8.13 Request Body Object, §4.8.15 Encoding Object) for the media
 * types that are not JSON. `call` JSON-encodes by default; a descriptor references one of these when the
 * operation's body is something else: `body: { mediaType: 'text/plain', encode: textBody }`.
 *
 * `formBody` and `multipartBody` send a body that is not a plain object (a ready `URLSearchParams` or
 * `FormData`) as is.
 *
 * @module
 */

import { toText } from './default-styles.ts'
import type { BodyEncoder } from './operation.ts'
import { flatten } from './param-styles.ts'

/** Whether `body` is a plain object to encode entry by entry (not a ready `FormData`, `Blob`…). */
const isPlain = (body: unknown): body is object => (body as object | null)?.constructor === Object

/**
 * `text/*` and other text media types: `String(body)`.
 *
 * @example
 * ```ts
 * textBody(42) // '42'
 * ```
 */
export const textBody: BodyEncoder = (body) => String(body)

/**
 * `application/x-www-form-urlencoded`: `URLSearchParams`; nested objects as `a[b]=c`, arrays repeat
 * the key, `undefined`/`null` left out.
 *
 * @example
 * ```ts
 * formBody({ a: { b: 'c' } }).toString() // 'a%5Bb%5D=c'
 * ```
 */
export const formBody: BodyEncoder = (body) =>
  isPlain(body)
    ? new URLSearchParams(Object.entries(body).flatMap(([key, value]) => flatten(key, value)))
    : (body as BodyInit)

/**
 * `multipart/*`: `FormData`; `Blob`/`File` values kept, arrays append one part per item, objects
 * JSON-encoded, Dates as ISO 8601, `undefined`/`null` left out. The descriptor leaves out the media
 * type: `fetch` sets `multipart/form-data` with its boundary.
 *
 * @example
 * ```ts
 * multipartBody({ file, tags: ['a', 'b'] }) // FormData: file, tags=a, tags=b
 * ```
 */
export const multipartBody: BodyEncoder = (body) => {
  if (!isPlain(body)) return body as BodyInit
  const data = new FormData()
  for (const [key, value] of Object.entries(body))
    for (const item of [value].flat())
      if (item != null) data.append(key, item instanceof Blob ? item : toText(item))
  return data
}

/**
 * Binary media types (`application/octet-stream`, `image/*`…): the body as is (`Blob`, `ArrayBuffer`,
 * typed arrays, `ReadableStream`, strings).
 *
 * @example
 * ```ts
 * binaryBody(file) === file // true
 * ```
 */
export const binaryBody: BodyEncoder = (body) => body as BodyInit
