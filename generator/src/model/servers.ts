/**
 * Server Objects (OpenAPI 3.1 §4.8.5) and Server Variable Objects (§4.8.6) of the document: each URL
 * with its `{variable}`s replaced by their `default`s. Relative URLs are kept as written (they are
 * relative to where the document is served, §4.8.5.1); a variable without a default is left in
 * place, with a warning (SL007). A document without servers gets `['/']`, as the spec prescribes (§4.8.1, `servers`).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { childPointer } from './pointer.ts'
import { asString, isRecord } from './record.ts'

/** A server variable reference, `{region}`. */
const SERVER_VARIABLE = /\{([^{}]+)\}/g

/**
 * The document's server URLs, variables substituted, in spec order.
 *
 * @example
 * // servers: [{ url: 'https://{region}.example.com/v1', variables: { region: { default: 'eu' } } }]
 * buildServers(context) // ['https://eu.example.com/v1']
 */
export function buildServers(context: ModelContext): string[] {
  const servers = context.document.servers
  if (!Array.isArray(servers) || servers.length === 0) return ['/']
  return servers.map((server, index) => {
    const pointer = childPointer('/servers', index)
    const url = isRecord(server) ? asString(server.url) : undefined
    if (url === undefined || !isRecord(server)) {
      return context.fail('SL007', pointer, `The server at ${pointer} has no "url".`)
    }
    const variables = isRecord(server.variables) ? server.variables : {}
    return url.replace(SERVER_VARIABLE, (whole, name: string) => {
      const variable = Object.hasOwn(variables, name) ? variables[name] : undefined
      const value = isRecord(variable) ? variable.default : undefined
      if (typeof value === 'string' || typeof value === 'number') return String(value)
      context.warn(
        'SL007',
        childPointer(pointer, 'url'),
        `The server URL ${url} uses ${whole}, but the server's variables give it no default; the URL keeps ${whole} as written.`,
        `Declare variables: { ${name}: { default: <value> } } on the server.`,
      )
      return whole
    })
  })
}
