/**
 * How each kind of security scheme sends its credential (OpenAPI 3.1 §4.8.27), each referenced by name
 * as a generated scheme's `apply`, so an app bundles only the kinds its spec uses.
 *
 * @module
 */

import { StatuslineError } from './errors.ts'
import type { ApplyCredential, BasicCredentials, SecuritySchemeSpec } from './options.ts'
import { addToDraft, serializeAt } from './request-params.ts'
import { kindOf } from './scheme-kind.ts'

/**
 * A token: http `bearer`, oauth2 and openIdConnect send `Authorization: Bearer <token>`, other http
 * schemes `Authorization: <scheme> <token>`.
 *
 * @throws StatuslineError for a credential that is not a string (basic's username and password given
 * for a bearer scheme), rather than sending it as text.
 *
 * @example
 * ```ts
 * tokenCredential(draft, 't', { type: 'http', scheme: 'bearer', apply: tokenCredential }) // Authorization: Bearer t
 * ```
 */
export const tokenCredential: ApplyCredential = (draft, value, scheme) => {
  const kind = kindOf(scheme)
  if (typeof value !== 'string')
    throw new StatuslineError(`[statusline] Failed to apply a ${kind} scheme: its credential is not a token`)
  draft.headers.set('authorization', `${kind === 'bearer' ? 'Bearer' : kind} ${value}`)
}

/**
 * http `basic` (RFC 7617): `Authorization: Basic <base64 of UTF-8 "username:password">`.
 *
 * @example
 * ```ts
 * basicCredential(draft, { username: 'ann', password: 'pw' }, scheme) // Authorization: Basic YW5uOnB3
 * ```
 */
export const basicCredential: ApplyCredential = (draft, value) => {
  const { username, password } = value as BasicCredentials
  draft.headers.set(
    'authorization',
    `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)))}`,
  )
}

/**
 * apiKey: the key as the scheme's header, query parameter or cookie (percent-encoded in the last two).
 *
 * @example
 * ```ts
 * apiKeyCredential(draft, 'k', { type: 'apiKey', in: 'query', name: 'api_key', apply }) // ?api_key=k
 * ```
 */
export const apiKeyCredential: ApplyCredential = (draft, value, scheme) => {
  const { in: where, name } = scheme as Extract<SecuritySchemeSpec, { type: 'apiKey' }>
  addToDraft(draft, where, name, serializeAt(undefined, where, name, value))
}

/** mutualTLS: nothing goes into the request (the certificate is the transport's business). */
export const noCredential: ApplyCredential = () => {}
