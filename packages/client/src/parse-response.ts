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
 * The body is not read for HEAD and for keys declared `empty` (204, 205 and 304 responses have none). Otherwise it is read
 * as `parseAs` says, else as the key's `read` chooses from the Content-Type, else as JSON when the
 * Content-Type is JSON or `+json` (invalid JSON throws a `DecodeError`) and as text for anything else; an
 * empty JSON or text body is `undefined`. `'stream'` returns `response.body` unread. `headers` holds what
 * the key's `headers` reader reads, else nothing.
 *
 * @param label - `METHOD url`, used in error messages.
 */
export async function parseResponse(
  spec: OperationSpec,
  response: Response,
  label: string,
  parseAs?: ParseAs,
): Promise<AnyMember> {
  const { status, ok, headers: received } = response
  const key = responseKey(spec.responses, status)
  const declared = spec.responses[key]
  let body: unknown
  // 204, 205 and 304 responses have no body (a `Response` cannot be made with one).
  if (!(declared?.empty || spec.method === 'HEAD')) {
    const type = received.get('content-type') || ''
    const reader = parseAs || declared?.read?.(type) || (/[/+]json\s*(;|$)/i.test(type) ? 'json' : 'text')
    // JSON is read as text first: an empty body is `undefined`, and one that does not parse is quoted.
    body =
      reader === 'stream'
        ? response.body
        : (await response[reader === 'json' ? 'text' : reader]()) || undefined
    if (body && reader === 'json')
      try {
        body = JSON.parse(body as string)
      } catch (cause) {
        const snippet = (body as string).slice(0, 100)
        throw Object.assign(
          new DecodeError(`[statusline] Failed to decode ${label}: ${status} body is not JSON: ${snippet}`, {
            cause,
          }),
          { status, snippet },
        )
      }
  }
  return {
    ok,
    status,
    key,
    [ok ? 'data' : 'error']: body,
    headers: declared?.headers?.(received) ?? {},
    response,
  } as unknown as AnyMember
}
