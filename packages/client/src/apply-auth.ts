/**
 * Security (OpenAPI 3.1 §4.8.27 Security Scheme Object, §4.8.30 Security Requirement Object): picks the
 * first of the operation's security alternatives whose schemes all have credentials, and applies those.
 *
 * @module
 */

import { StatuslineError } from './errors.ts'
import { own } from './internal/own.ts'
import type { Auth, Credential, RequestDraft, SecuritySchemeSpec } from './options.ts'

/** The `Auth` shortcut key of a scheme: the http scheme (`bearer`, `basic`…), `bearer` for oauth2/oidc, else its type. */
const kindOf = (scheme: SecuritySchemeSpec): string =>
  scheme.type === 'http' ? scheme.scheme.toLowerCase() : scheme.type[0] === 'o' ? 'bearer' : scheme.type

/**
 * Applies credentials for one operation. A scheme has credentials when `auth` holds a value under its
 * name or under its kind; token functions are called only for the schemes applied. A scheme's `apply`
 * writes its credential into `draft` (`basicCredential`, `apiKeyCredential`, `noCredential`); without one, http
 * `bearer`, oauth2 and openIdConnect send `Authorization: Bearer <token>` and other http schemes
 * `Authorization: <scheme> <token>`; a credential that is not a token (basic's username and password) then
 * throws a `StatuslineError`, rather than being sent as text. Nothing is sent when the operation names no security or when no
 * alternative can be satisfied (the server then answers 401, a typed member).
 *
 * @example
 * ```ts
 * await applyAuth([['bearerAuth']], { bearerAuth: { type: 'http', scheme: 'bearer' } }, { bearer: 't' }, draft)
 * // draft.headers: Authorization: Bearer t
 * ```
 */
export async function applyAuth(
  security: readonly (readonly string[])[] | undefined,
  schemes: Readonly<Record<string, SecuritySchemeSpec>> = {},
  auth: Auth,
  draft: RequestDraft,
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
    if (scheme.apply) scheme.apply(draft, value, scheme)
    // A token only: basic credentials reaching here mean a hand-written scheme without `apply`.
    else if (typeof value === 'string')
      draft.headers.set('authorization', `${kind === 'bearer' ? 'Bearer' : kind} ${value}`)
    else
      throw new StatuslineError(
        `[statusline] Failed to apply ${name}: no apply for a credential that is not a token`,
      )
  }
}
