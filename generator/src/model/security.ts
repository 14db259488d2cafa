/**
 * Security Requirement Objects (OpenAPI 3.1 §4.8.30) and Security Scheme Objects (§4.8.27).
 *
 * Effective security of an operation: its own `security` when present (even `[]`, which removes the
 * document's requirements), else the document's top-level `security`, else none. An empty list means
 * anonymous access; an empty object `{}` inside the list is an anonymous alternative ("security is
 * optional") and is kept as an empty requirement. Schemes are reduced to what the SDK and the mocks
 * act on; an apiKey scheme whose header or cookie name is not an HTTP token (`header-names.ts`) cannot
 * be sent, and is left out with a warning (SL015).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { isHttpToken } from './header-names.ts'
import { childPointer } from './pointer.ts'
import { asString, isRecord, type JsonRecord, setOwn } from './record.ts'
import { resolveObject } from './refs.ts'
import type { SecurityRequirement, SecurityScheme } from './types.ts'

/** Builds a Security Requirement list found at `pointer`. */
function buildRequirements(
  context: ModelContext,
  list: readonly unknown[],
  pointer: string,
): SecurityRequirement[] {
  return list.map((entry, index) => {
    const entryPointer = childPointer(pointer, index)
    if (!isRecord(entry)) {
      return context.fail(
        'SL007',
        entryPointer,
        `The security requirement at ${entryPointer} is not an object.`,
      )
    }
    const requirement: Record<string, readonly string[]> = {}
    for (const [scheme, scopes] of Object.entries(entry)) {
      setOwn(
        requirement,
        scheme,
        Array.isArray(scopes) ? scopes.filter((scope) => typeof scope === 'string') : [],
      )
    }
    return requirement
  })
}

/**
 * The effective security of an operation, as the module describes.
 *
 * @example
 * // document: security: [{ bearer: [] }]
 * effectiveSecurity(context, { security: [] }, '/paths/~1health/get') // [] (anonymous)
 * effectiveSecurity(context, {}, '/paths/~1zoos/get')                  // [{ bearer: [] }]
 */
export function effectiveSecurity(
  context: ModelContext,
  operation: JsonRecord,
  pointer: string,
): SecurityRequirement[] {
  if (Array.isArray(operation.security)) {
    warnUndeclaredSchemes(context, operation.security, childPointer(pointer, 'security'))
    return buildRequirements(context, operation.security, childPointer(pointer, 'security'))
  }
  if (Array.isArray(context.document.security))
    return buildRequirements(context, context.document.security, '/security')
  return []
}

/**
 * Warns (SL007) about each scheme a requirement list names that `components.securitySchemes` does not
 * declare: nothing says how to send or check it, so the SDK sends nothing for it and the mock does not
 * ask for it, which would otherwise pass unnoticed.
 */
function warnUndeclaredSchemes(context: ModelContext, list: readonly unknown[], pointer: string): void {
  const components = context.document.components
  const declared =
    isRecord(components) && isRecord(components.securitySchemes) ? components.securitySchemes : {}
  list.forEach((entry, index) => {
    if (!isRecord(entry)) return
    for (const name of Object.keys(entry)) {
      if (Object.hasOwn(declared, name)) continue
      context.warn(
        'SL007',
        childPointer(childPointer(pointer, index), name),
        `The security requirement names the scheme ${JSON.stringify(name)}, which components.securitySchemes does not declare; it is ignored (the SDK sends no credentials for it, the mock does not ask for them).`,
        `Declare ${JSON.stringify(name)} under components.securitySchemes, or correct the name.`,
      )
    }
  })
}

/** Reduces one resolved Security Scheme Object; undefined for an apiKey that cannot travel over HTTP. */
function buildScheme(context: ModelContext, scheme: JsonRecord, pointer: string): SecurityScheme | undefined {
  const type = asString(scheme.type)
  if (type === 'http') {
    const name = asString(scheme.scheme)
    if (name === undefined) {
      return context.fail('SL007', pointer, `The http security scheme at ${pointer} has no "scheme".`)
    }
    const bearerFormat = asString(scheme.bearerFormat)
    const reduced = { type, scheme: name.toLowerCase() } as const
    return bearerFormat === undefined ? reduced : { ...reduced, bearerFormat }
  }
  if (type === 'apiKey') {
    const name = asString(scheme.name)
    const location = scheme.in
    if (name === undefined || (location !== 'header' && location !== 'query' && location !== 'cookie')) {
      return context.fail(
        'SL007',
        pointer,
        `The apiKey security scheme at ${pointer} needs a "name" and "in" (header, query or cookie).`,
      )
    }
    if (location !== 'query' && !isHttpToken(name)) {
      context.warn(
        'SL015',
        pointer,
        `The apiKey security scheme at ${pointer} is sent in the ${location} ${JSON.stringify(name)}, which is not a valid ${location} name; the scheme is left out (operations that require it are called without it).`,
      )
      return undefined
    }
    return { type, in: location, name }
  }
  if (type === 'oauth2' || type === 'openIdConnect' || type === 'mutualTLS') return { type }
  return context.fail(
    'SL007',
    pointer,
    `The security scheme at ${pointer} has type ${JSON.stringify(scheme.type)}; expected http, apiKey, oauth2, openIdConnect or mutualTLS.`,
  )
}

/**
 * The document's security schemes (`components.securitySchemes`), `$ref`s followed, in spec order. The
 * document's own `security` is checked here, once, for schemes it names but no one declares (SL007).
 *
 * @example
 * // components.securitySchemes: { bearer: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' } }
 * buildSecuritySchemes(context) // { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }
 */
export function buildSecuritySchemes(context: ModelContext): Record<string, SecurityScheme> {
  const schemes: Record<string, SecurityScheme> = {}
  if (Array.isArray(context.document.security))
    warnUndeclaredSchemes(context, context.document.security, '/security')
  const components = context.document.components
  if (!isRecord(components) || !isRecord(components.securitySchemes)) return schemes
  for (const [name, entry] of Object.entries(components.securitySchemes)) {
    const resolved = resolveObject(
      context,
      entry,
      childPointer('/components/securitySchemes', name),
      'security scheme',
    )
    const scheme = buildScheme(context, resolved.value, resolved.pointer)
    if (scheme !== undefined) setOwn(schemes, name, scheme)
  }
  return schemes
}
