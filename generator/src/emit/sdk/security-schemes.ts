/**
 * The `securitySchemes` constant of `client.js` and its declaration: the document's schemes as the runtime
 * applies them (without `bearerFormat`, which only documents a token). Each scheme gets the runtime's
 * `apply` for its kind, referenced by name so an app bundles only the kinds its spec uses:
 *
 * ```ts
 * export const securitySchemes = {
 *   bearerAuth: { type: 'http', scheme: 'bearer', apply: tokenCredential },
 *   key: { type: 'apiKey', in: 'header', name: 'X-API-Key', apply: apiKeyCredential },
 * }
 * ```
 *
 * @module
 */
import type { SecurityScheme } from '../../model/types.ts'
import { constType, literal, literalKey, propertyName } from '../code-text.ts'
import type { ImportTracker } from './import-tracker.ts'

/**
 * The runtime's `apply` a scheme needs, by its export name: `tokenCredential` for the schemes that send
 * `Authorization: Bearer <token>` or `Authorization: <scheme> <token>` (http other than basic, oauth2,
 * openIdConnect).
 */
export function credentialName(scheme: SecurityScheme): string {
  if (scheme.type === 'apiKey') return 'apiKeyCredential'
  if (scheme.type === 'mutualTLS') return 'noCredential'
  return scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic'
    ? 'basicCredential'
    : 'tokenCredential'
}

/**
 * The constant's initializer and its `as const` type: each scheme as a literal, plus `apply` referencing
 * the runtime helper (recorded in `imports.code`; the type is `ApplyCredential`, recorded in
 * `imports.declarations`).
 */
export function securitySchemesCode(
  schemes: Readonly<Record<string, SecurityScheme>>,
  imports: { readonly code: ImportTracker; readonly declarations: ImportTracker },
): { code: string; type: string } {
  // What the runtime acts on: `bearerFormat` only documents the token.
  const entries = Object.entries(schemes).map(([name, scheme]) => {
    const { bearerFormat: _, ...acted } = scheme as SecurityScheme & { bearerFormat?: string }
    return [name, acted as SecurityScheme] as const
  })
  if (entries.length === 0) return { code: '{}', type: '{}' }
  // A scheme has its type at least: its literal ends with ` }`, before which `apply` goes.
  const code = entries.map(
    ([name, scheme]) =>
      `${literalKey(name)}: ${literal(scheme).slice(0, -2)}, apply: ${imports.code.runtimeValue(credentialName(scheme))} }`,
  )
  const types = entries.map(
    ([name, scheme]) =>
      `readonly ${propertyName(name)}: ${constType(scheme).slice(0, -2)}; readonly apply: ${imports.declarations.runtimeType('ApplyCredential')} }`,
  )
  return { code: `{ ${code.join(', ')} }`, type: `{ ${types.join('; ')} }` }
}
