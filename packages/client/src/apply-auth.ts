/**
 * Security (OpenAPI 3.1 §4.8.27 Security Scheme Object, §4.8.30 Security Requirement Object): picks the
 * first of the operation's security alternatives whose schemes all have credentials, and applies those.
 *
 * @module
 */

import { own } from './internal/own.ts'
import type { Auth, Credential, RequestDraft, SecuritySchemeSpec } from './options.ts'
import { kindOf } from './scheme-kind.ts'

/**
 * Applies credentials for one operation. A scheme has credentials when `auth` holds a value under its
 * name or under its kind (`kindOf`); token functions are called only for the schemes applied. Each
 * scheme's `apply` writes its credential into `draft` (`tokenCredential`, `basicCredential`,
 * `apiKeyCredential`, `noCredential`). Nothing is sent when the operation names no security or when no
 * alternative can be satisfied (the server then answers 401, a typed member).
 *
 * @example
 * ```ts
 * const schemes = { bearerAuth: { type: 'http', scheme: 'bearer', apply: tokenCredential } } as const
 * await applyAuth([['bearerAuth']], schemes, { bearer: 't' }, draft) // Authorization: Bearer t
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
    let value = credential(name)
    if (typeof value === 'function') value = await value()
    scheme.apply(draft, value, scheme)
  }
}
