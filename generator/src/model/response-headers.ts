/**
 * Header Objects of a response (OpenAPI 3.1 §4.8.21): `$ref`s followed into `#/components/headers`,
 * names lower-cased as the SDK exposes them, `Content-Type` skipped (§4.8.17.1, `headers`: "If a
 * response header is defined with the name "Content-Type", it SHALL be ignored"), spec order kept.
 * Header names compare case-insensitively; the first of two spellings wins. A name that is not an HTTP
 * token (`header-names.ts`) can be neither sent nor read: it is left out with a warning (SL015).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { isHttpToken } from './header-names.ts'
import { buildContents, isSchema } from './media-types.ts'
import { childPointer } from './pointer.ts'
import { isRecord } from './record.ts'
import { resolveObject } from './refs.ts'
import type { ResponseHeader } from './types.ts'

/**
 * The headers of a Response Object; `pointer` is the pointer of its `headers` map.
 *
 * @example
 * buildResponseHeaders(context, { 'X-Rate-Limit': { schema: { type: 'integer' } } }, pointer)
 * // [{ name: 'x-rate-limit', specName: 'X-Rate-Limit', required: false, schema: { type: 'integer' }, doc: '' }]
 */
export function buildResponseHeaders(
  context: ModelContext,
  headers: unknown,
  pointer: string,
): ResponseHeader[] {
  if (headers === undefined) return []
  if (!isRecord(headers)) {
    return context.fail('SL007', pointer, `The response headers at ${pointer} are not an object.`)
  }
  const result: ResponseHeader[] = []
  const seen = new Set<string>()
  for (const [specName, entry] of Object.entries(headers)) {
    const name = specName.toLowerCase()
    if (name === 'content-type' || seen.has(name)) continue
    seen.add(name)
    if (!isHttpToken(specName)) {
      const at = childPointer(pointer, specName)
      context.warn(
        'SL015',
        at,
        `The response header ${JSON.stringify(specName)} at ${at} is not a valid header name; it is left out.`,
      )
      continue
    }
    const resolved = resolveObject(context, entry, childPointer(pointer, specName), 'header')
    const header = resolved.value
    const [media] = isSchema(header.schema)
      ? []
      : buildContents(context, header.content, childPointer(resolved.pointer, 'content'))
    result.push({
      name,
      specName,
      required: header.required === true,
      schema: isSchema(header.schema) ? header.schema : (media?.schema ?? {}),
      doc: buildDocText({
        description: resolved.overrides.description ?? header.description,
        deprecated: header.deprecated,
      }),
    })
  }
  return result
}
