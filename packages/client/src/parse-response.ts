/**
 * Response decoding (OpenAPI 3.1 §4.8.16 Responses Object, §4.8.17 Response Object): finds the
 * response key a status answers to, reads the body by Content-Type (or not at all), decodes the declared
 * headers, and builds the member of the result union.
 *
 * @module
 */

import { DecodeError } from './errors.ts'
import type { OperationSpec } from './operation.ts'
import type { ParseAs } from './options.ts'
import type { AnyMember, ResponseKey } from './result.ts'

/**
 * The response key a status answers to: the status itself when declared, else its declared range
 * (`'4XX'`), else `'default'` (also for statuses the spec does not declare at all).
 *
 * @example
 * ```ts
 * responseKey({ 200: {}, '4XX': {} }, 404) // '4XX'
 * ```
 */
export function responseKey(responses: OperationSpec['responses'], status: number): ResponseKey {
  const range = `${(status / 100) | 0}XX` as const
  return status in responses ? status : range in responses ? (range as ResponseKey) : 'default'
}

/**
 * Decodes a response into its member `{ ok, status, key, data | error, headers, response }`.
 *
 * The body is not read for 204, 205 and 304, for HEAD, and for keys declared `empty`. Otherwise, by
 * Content-Type: JSON and `+json` are parsed (invalid JSON throws a `DecodeError`), `text/*`, XML,
 * JavaScript, YAML, form-urlencoded and a missing Content-Type are text, anything else is a `Blob`; an
 * empty JSON or text body is `undefined`. `parseAs` forces a reader; `'stream'` returns `response.body`
 * unread. Declared headers are decoded per type (integer/number → number, boolean → `true` for "true",
 * array → split on commas and trimmed); absent ones are left out.
 *
 * @param label - `METHOD url`, used in error messages.
 */
export async function parseResponse(
  spec: OperationSpec,
  response: Response,
  label: string,
  parseAs?: ParseAs,
): Promise<AnyMember> {
  const { status, ok } = response
  const key = responseKey(spec.responses, status)
  const declared = spec.responses[key]
  const headers: Record<string, unknown> = {}
  for (const [name, type] of Object.entries(declared?.headers ?? {})) {
    const value = response.headers.get(name)
    if (value !== null)
      headers[name] =
        type === 'array'
          ? value.split(',').map((item) => item.trim())
          : type === 'boolean'
            ? value.toLowerCase() === 'true'
            : type === 'string'
              ? value
              : +value
  }
  let body: unknown
  if (!(declared?.empty || [204, 205, 304].includes(status) || spec.method === 'HEAD')) {
    const type = response.headers.get('content-type') || ''
    const reader =
      parseAs ||
      (/[/+]json\s*(;|$)/i.test(type)
        ? 'json'
        : /^(text\/|$)|xml|javascript|yaml|urlencoded/i.test(type)
          ? 'text'
          : 'blob')
    if (reader === 'stream') body = response.body
    else if (reader === 'blob' || reader === 'arrayBuffer') body = await response[reader]()
    else {
      const text = (await response.text()) || undefined
      try {
        body = text && reader === 'json' ? JSON.parse(text) : text
      } catch (cause) {
        const snippet = text!.slice(0, 100)
        throw Object.assign(
          new DecodeError(`[statusline] Failed to decode ${label}: ${status} body is not JSON: ${snippet}`, {
            cause,
          }),
          { status, snippet },
        )
      }
    }
  }
  return { ok, status, key, [ok ? 'data' : 'error']: body, headers, response } as unknown as AnyMember
}
