/**
 * Credential checks (OpenAPI 3.1 §4.8.30 Security Requirement Object): a request is authorised when it
 * satisfies any one of the operation's security alternatives, and an alternative is satisfied when the
 * request carries a well-formed credential for every scheme it names. An empty alternative (`{}`), or no
 * requirement at all, allows anonymous requests. The mock checks that credentials are present and well
 * formed, not that they are genuine — unless `accept` is given, which then decides.
 *
 * | scheme                              | credential                                                   |
 * | ----------------------------------- | ------------------------------------------------------------ |
 * | http `bearer`, oauth2, openIdConnect | `Authorization: Bearer <token68>`                            |
 * | http `basic`                        | `Authorization: Basic <base64 of user:password>`             |
 * | other http schemes                  | `Authorization: <Scheme> <anything>`                         |
 * | apiKey                              | a non-empty header, query parameter or cookie of its `name`  |
 * | mutualTLS, unknown scheme names     | cannot be checked over HTTP: treated as satisfied            |
 *
 * A refused request gets 401 with `WWW-Authenticate` challenges for the schemes of the alternatives
 * that were not satisfied (the format of `authenticateChallenges`).
 *
 * @module
 */
import { authenticateChallenges } from '../conformance.ts'
import type { MockOperation, MockSecurityScheme } from '../data.ts'
import { parseCookies } from '../request/deserialize.ts'

/** A credential found on a request, for the optional `accept` hook. */
export interface Credential {
  /** The security scheme's name in the document. */
  readonly scheme: string
  /** `bearer`, `basic`, another http scheme name in lower case, or `apiKey`. */
  readonly kind: string
  /** The token, the API key, or for basic the decoded `user:password`. */
  readonly value: string
}

/** The request parts credentials are read from. */
export interface CredentialSource {
  readonly url: URL
  readonly headers: Headers
}

/** Options of {@link checkCredentials}. */
export interface CredentialOptions {
  /** The realm of the challenges (the API's title). */
  readonly realm: string
  /** Decides whether a well-formed credential is genuine (e.g. a token the mock issued). Default: all are. */
  readonly accept?: (credential: Credential) => boolean
}

/** The outcome of {@link checkCredentials}. */
export type CredentialCheck =
  | {
      readonly ok: true
      /** The credentials of the satisfied alternative (empty for anonymous access). */
      readonly credentials: readonly Credential[]
    }
  | {
      readonly ok: false
      readonly status: 401
      /** The `WWW-Authenticate` value. */
      readonly challenge: string
      /** Why, e.g. `missing credentials for bearerAuth`. */
      readonly message: string
    }

const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/

function authorization(headers: Headers): { scheme: string; rest: string } | undefined {
  const value = headers.get('authorization')?.trim()
  if (value === undefined || value === '') return undefined
  const space = value.indexOf(' ')
  if (space < 0) return { scheme: value.toLowerCase(), rest: '' }
  return { scheme: value.slice(0, space).toLowerCase(), rest: value.slice(space + 1).trim() }
}

function decodeBasic(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
  const decoded = new TextDecoder().decode(bytes)
  return decoded.includes(':') ? decoded : undefined
}

type Found = { readonly credential: Credential } | { readonly problem: string }

function bearer(name: string, source: CredentialSource): Found {
  const auth = authorization(source.headers)
  if (auth === undefined) return { problem: `missing credentials for ${name}` }
  if (auth.scheme !== 'bearer') return { problem: `${name} expects a Bearer token` }
  if (!TOKEN68.test(auth.rest)) return { problem: `${name}: the Bearer token is malformed` }
  return { credential: { scheme: name, kind: 'bearer', value: auth.rest } }
}

function find(name: string, scheme: MockSecurityScheme, source: CredentialSource): Found | undefined {
  switch (scheme.type) {
    case 'http': {
      const kind = scheme.scheme.toLowerCase()
      if (kind === 'bearer') return bearer(name, source)
      const auth = authorization(source.headers)
      if (auth === undefined) return { problem: `missing credentials for ${name}` }
      if (auth.scheme !== kind) return { problem: `${name} expects ${scheme.scheme} credentials` }
      if (kind === 'basic') {
        const decoded = decodeBasic(auth.rest)
        if (decoded === undefined)
          return { problem: `${name}: Basic credentials must be base64 of user:password` }
        return { credential: { scheme: name, kind, value: decoded } }
      }
      if (auth.rest === '') return { problem: `${name}: the ${scheme.scheme} credentials are empty` }
      return { credential: { scheme: name, kind, value: auth.rest } }
    }
    case 'apiKey': {
      let value: string | null | undefined
      if (scheme.in === 'header') value = source.headers.get(scheme.name)
      else if (scheme.in === 'query') value = source.url.searchParams.get(scheme.name)
      else value = parseCookies(source.headers.get('cookie')).get(scheme.name)?.[0]
      if (value === null || value === undefined || value.trim() === '') {
        return { problem: `missing API key ${scheme.name} (${scheme.in}) for ${name}` }
      }
      return { credential: { scheme: name, kind: 'apiKey', value: value.trim() } }
    }
    case 'oauth2':
    case 'openIdConnect':
      return bearer(name, source)
    default:
      return undefined
  }
}

/**
 * Checks the credentials of a request against the operation's security alternatives.
 *
 * @example
 * const check = checkCredentials(createZoo, schemes, { url, headers }, { realm: 'Zoo API' })
 * if (!check.ok) console.log(check.status, check.challenge) // 401 'Bearer realm="Zoo API"'
 */
export function checkCredentials(
  operation: MockOperation,
  schemes: Readonly<Record<string, MockSecurityScheme>>,
  source: CredentialSource,
  options: CredentialOptions,
): CredentialCheck {
  if (operation.security.length === 0) return { ok: true, credentials: [] }
  const problems: string[] = []
  const unsatisfied: Record<string, readonly string[]>[] = []
  for (const alternative of operation.security) {
    const credentials: Credential[] = []
    let satisfied = true
    const missing: Record<string, readonly string[]> = {}
    for (const [name, scopes] of Object.entries(alternative)) {
      const scheme = schemes[name]
      const found = scheme === undefined ? undefined : find(name, scheme, source)
      if (found === undefined) continue
      if ('problem' in found) {
        problems.push(found.problem)
        missing[name] = scopes
        satisfied = false
      } else if (options.accept !== undefined && !options.accept(found.credential)) {
        problems.push(`${name}: the credentials were not accepted`)
        missing[name] = scopes
        satisfied = false
      } else {
        credentials.push(found.credential)
      }
    }
    if (satisfied) return { ok: true, credentials }
    unsatisfied.push(missing)
  }
  const challenge = authenticateChallenges({ ...operation, security: unsatisfied }, schemes, options.realm)
  return { ok: false, status: 401, challenge, message: [...new Set(problems)].join('; ') }
}
