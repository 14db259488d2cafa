/**
 * The kind of a security scheme: what `Auth` may key its credential by besides the scheme's name, and
 * the word a token is sent with.
 *
 * @module
 */

import type { SecuritySchemeSpec } from './options.ts'

/**
 * The `Auth` shortcut key of a scheme: the http scheme in lower case (`bearer`, `basic`, `digest`…),
 * `bearer` for oauth2 and openIdConnect, else its type (`apiKey`, `mutualTLS`).
 *
 * @example
 * ```ts
 * kindOf({ type: 'http', scheme: 'Bearer', apply: tokenCredential }) // 'bearer'
 * ```
 */
export const kindOf = (scheme: SecuritySchemeSpec): string =>
  scheme.type === 'http' ? scheme.scheme.toLowerCase() : scheme.type[0] === 'o' ? 'bearer' : scheme.type
