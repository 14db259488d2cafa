/**
 * How the schemes other than bearer-like ones send their credential (OpenAPI 3.1 §4.8.27), each
 * referenced by name as a generated scheme's `apply`, so an app bundles only the kinds its spec uses.
 *
 * @module
 */

import type { ApplyCredential, BasicCredentials, SecuritySchemeSpec } from './options.ts'

/**
 * http `basic` (RFC 7617): `Authorization: Basic <base64 of UTF-8 "username:password">`.
 *
 * @example
 * ```ts
 * basicCredential(add, { username: 'ann', password: 'pw' }, scheme) // add('header', 'authorization', 'Basic YW5uOnB3')
 * ```
 */
export const basicCredential: ApplyCredential = (add, value) => {
  const { username, password } = value as BasicCredentials
  add(
    'header',
    'authorization',
    `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)))}`,
  )
}

/**
 * apiKey: the key as the scheme's header, query parameter or cookie.
 *
 * @example
 * ```ts
 * apiKeyCredential(add, 'k', { type: 'apiKey', in: 'query', name: 'api_key', apply }) // add('query', 'api_key', 'k')
 * ```
 */
export const apiKeyCredential: ApplyCredential = (add, value, scheme) => {
  const { in: where, name } = scheme as Extract<SecuritySchemeSpec, { type: 'apiKey' }>
  add(where, name, value as string)
}

/** mutualTLS: nothing goes into the request (the certificate is the transport's business). */
export const noCredential: ApplyCredential = () => {}
