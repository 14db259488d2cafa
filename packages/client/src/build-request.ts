/**
 * Request building: the URL (base URL + path template + query string), the headers (client, content
 * type, parameters, credentials, per-call) and the body of one attempt, as the URL and the `RequestInit`
 * that `fetch` (or `new Request`) takes.
 *
 * @module
 */

import { applyAuth } from './apply-auth.ts'
import { toText } from './default-styles.ts'
import { StatuslineError } from './errors.ts'
import { own } from './internal/own.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions, ClientOptions, RequestDraft, RequestParams } from './options.ts'

/**
 * Fills the path template with the call's path parameters, percent-encoded, each written by its
 * `params` entry's serialiser (`in: 'path'`) or else as one scalar.
 *
 * @throws StatuslineError naming the parameter when one the template needs is missing, or written as an
 * empty, `.` or `..` segment (which would request another resource).
 *
 * @example
 * ```ts
 * expandPath({ method: 'GET', path: '/zoos/{zId}', responses: {} }, { zId: 'a/b c' }) // '/zoos/a%2Fb%20c'
 * ```
 */
export function expandPath(spec: OperationSpec, values?: Record<string, unknown> | null): string {
  // Literal text, then per parameter its name, `}` and the literal text after it (split, not a regular
  // expression with a callback: this runs on every call).
  let [path, ...rest] = spec.path.split('{') as [string, ...string[]]
  for (const part of rest) {
    const [name, ...after] = part.split('}') as [string, ...string[]]
    // Own properties only: a missing `constructor` must not find Object.prototype's.
    const value = own(values ?? {}, name)
    const param = spec.params?.[name]
    const text =
      value == null
        ? ''
        : param?.in === 'path' && param.style
          ? param.style(name, value, encodeURIComponent)
          : encodeURIComponent(toText(value))
    // An empty, `.` or `..` segment would request another resource (URL parsers resolve dot segments,
    // `%2E` too).
    if (/^\.{0,2}$/.test(text))
      throw new StatuslineError(
        `[statusline] Failed to build ${spec.method} ${spec.path}: path parameter "${name}" is ${value == null ? 'missing' : `"${text}"`}`,
      )
    path += text + after.join('}')
  }
  return path
}

/** The init of one attempt: a `RequestInit` with `duplex` set when the body is a stream. */
export type AttemptInit = RequestInit & Pick<RequestDraft, 'duplex'>

/**
 * Builds one attempt to `path` (already expanded): its URL and its `RequestInit`. Headers, lowest
 * precedence first: client headers, what the descriptor's `write` writes (the body's `Content-Type`, then
 * parameters), credentials, call headers. Cookie parameters and apiKey cookies are appended to the
 * client's `Cookie` header; a call's `cookie` header replaces them all (browsers drop that header: there,
 * cookies come from the cookie jar).
 */
export async function buildRequest(
  spec: OperationSpec,
  params: RequestParams,
  path: string,
  client: ClientOptions,
  options: CallOptions,
  signal?: AbortSignal,
): Promise<[url: string, init: AttemptInit]> {
  const draft: RequestDraft = { headers: new Headers(client.headers), query: [] }
  const { headers, query } = draft
  spec.write?.(draft, params, spec)
  if (spec.security)
    await applyAuth(spec.security, client.securitySchemes, { ...client.auth, ...options.auth }, draft)
  if (options.headers) for (const [name, value] of new Headers(options.headers)) headers.set(name, value)
  // A query in the base URL (`?code=…`) goes first; its fragment is never sent.
  const [base, search] = (client.baseUrl ?? '').split('#')[0]!.split(/\?(.*)/) as [string, string?]
  if (search) query.unshift(search)
  const url = base.replace(/\/+$/, '') + path + (query[0] ? `?${query.join('&')}` : '')
  // An absent body is `undefined`, which fetch takes as none.
  return [
    url,
    { method: spec.method, headers, signal, body: draft.body, duplex: draft.duplex } as AttemptInit,
  ]
}
