/**
 * Request body encoding (OpenAPI 3.1 §4.8.13 Request Body Object, §4.8.15 Encoding Object): turns the
 * call's `body` into what `fetch` sends, per the operation's declared encoding.
 *
 * @module
 */

import type { BodyEncoding } from './operation.ts'
import { flatten, toText } from './serialize-params.ts'

/**
 * Encodes a request body:
 * - `json` (also `+json` vendor types): `JSON.stringify`;
 * - `text`: `String()`;
 * - `form`: `URLSearchParams`; nested objects as `a[b]=c`, arrays repeat the key;
 * - `multipart`: `FormData`; `Blob`/`File` values kept, arrays append one part per item, objects
 *   JSON-encoded, `undefined`/`null` left out;
 * - `binary`: as is (`Blob`, `ArrayBuffer`, typed arrays, `ReadableStream`, strings).
 *
 * For `form` and `multipart`, a body that is not a plain object (a ready `URLSearchParams` or `FormData`)
 * is sent as is.
 *
 * @example
 * ```ts
 * encodeBody({ name: 'Berlin' }, 'json') // '{"name":"Berlin"}'
 * encodeBody({ a: { b: 'c' } }, 'form').toString() // 'a%5Bb%5D=c'
 * ```
 */
export function encodeBody(body: unknown, encoding: BodyEncoding): BodyInit {
  if (encoding === 'json') return JSON.stringify(body)
  if (encoding === 'text') return String(body)
  if (encoding === 'binary' || (body as object).constructor !== Object) return body as BodyInit
  const entries = Object.entries(body as object)
  if (encoding === 'form') return new URLSearchParams(entries.flatMap(([key, value]) => flatten(key, value)))
  const data = new FormData()
  for (const [key, value] of entries)
    for (const item of [value].flat())
      if (item != null) data.append(key, item instanceof Blob ? item : toText(item))
  return data
}
