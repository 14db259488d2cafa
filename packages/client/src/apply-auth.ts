/**
 * Security (OpenAPI 3.1 §4.8.27 Security Scheme Object, §4.8.30 Security Requirement Object): picks the
 * first of the operation's security alternatives whose schemes all have credentials, and applies those.
 *
 * @module
 */

import { own } from './internal/own.ts'
import type { Auth, BasicCredentials, Credential, SecuritySchemeSpec } from './options.ts'

/** Where a credential goes: a header, a query parameter or a cookie, by name, with its value. */
export type AddCredential = (where: 'header' | 'query' | 'cookie', name: string, value: string) => void

/** An apiKey scheme. */
type ApiKey = Extract<SecuritySchemeSpec, { type: 'apiKey' }>

/** The `Auth` shortcut key of a scheme: the http scheme (`bearer`, `basic`…), `bearer` for oauth2/oidc, else its type. */
const kindOf = (scheme: SecuritySchemeSpec): string =>
  scheme.type === 'http' ? scheme.scheme.toLowerCase() : scheme.type[0] === 'o' ? 'bearer' : scheme.type

/**
 * Applies credentials for one operation. A scheme has credentials when `auth` holds a value under its
 * name or under its kind; token functions are called only for the schemes applied. http `bearer`, oauth2
 * and openIdConnect send `Authorization: Bearer <token>`, `basic` sends `Authorization: Basic <base64 of
 * UTF-8>`, other http schemes send `Authorization: <scheme> <token>`, apiKey goes into its header, query
 * or cookie; mutualTLS sends nothing. Nothing is sent when the operation names no security or when no
 * alternative can be satisfied (the server then answers 401, a typed member).
 *
 * @example
 * ```ts
 * await applyAuth([['bearerAuth']], { bearerAuth: { type: 'http', scheme: 'bearer' } }, { bearer: 't' }, add)
 * // add('header', 'authorization', 'Bearer t')
 * ```
 */
export async function applyAuth(
  security: readonly (readonly string[])[] | undefined,
  schemes: Readonly<Record<string, SecuritySchemeSpec>> = {},
  auth: Auth,
  add: AddCredential,
): Promise<void> {
  // Own properties only: a scheme named `constructor` or `__proto__` must not find Object.prototype's.
  const credential = (name: string) => {
    const scheme = own(schemes, name)
    return scheme && (own(auth as Record<string, Credential>, name) ?? own(auth, kindOf(scheme)))
  }
  for (const name of security?.find((names) => names.every((n) => credential(n) != null)) ?? []) {
    const scheme = own(schemes, name)!
    const kind = kindOf(scheme)
    let value = credential(name)
    if (typeof value === 'function') value = await value()
    const { username, password } = value as BasicCredentials
    // The kind is the type for these two (an http scheme's kind is lower case).
    if (kind === 'apiKey') add((scheme as ApiKey).in, (scheme as ApiKey).name, value as string)
    else if (kind !== 'mutualTLS')
      add(
        'header',
        'authorization',
        kind === 'basic'
          ? `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)))}`
          : `${kind === 'bearer' ? 'Bearer' : kind} ${value}`,
      )
  }
}
