/**
 * Server Objects (OpenAPI 3.1 §4.8.5) and Server Variable Objects (§4.8.6): each URL with its
 * `{variable}`s replaced by their `default`s. Relative URLs are kept as written (they are relative to
 * where the document is served, §4.8.5.1); a variable without a default is left in place, with a warning
 * (SL007). A document without servers gets `['/']`, as the spec prescribes (§4.8.1, `servers`).
 *
 * The same rules read the alternative servers of a Path Item (§4.8.9.1) and of an Operation (§4.8.10.1):
 * the operation's own `servers` when it declares a non-empty list, else its path item's, each replacing
 * the document's for that operation.
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import type { OperationSite } from './operation.ts'
import { childPointer } from './pointer.ts'
import { asString, isRecord } from './record.ts'

/** A server variable reference, `{region}`. */
const SERVER_VARIABLE = /\{([^{}]+)\}/g

/** Server lists already read in a build, by pointer: a path item's servers are read once for all its operations. */
const readLists = new WeakMap<ModelContext, Map<string, string[]>>()

/**
 * The URLs of a `servers` array at `pointer` (e.g. `/servers`, `/paths/~1files/post/servers`), variables
 * substituted, in spec order. Fails (SL007) on a server without `url`; warns (SL007) about a variable
 * without a default. Each list is read, and warned about, once per build.
 *
 * @example
 * // at /servers: [{ url: 'https://{region}.example.com/v1', variables: { region: { default: 'eu' } } }]
 * serverUrls(context, servers, '/servers') // ['https://eu.example.com/v1']
 */
export function serverUrls(context: ModelContext, servers: readonly unknown[], pointer: string): string[] {
  let read = readLists.get(context)
  if (read === undefined) {
    read = new Map()
    readLists.set(context, read)
  }
  const known = read.get(pointer)
  if (known !== undefined) return known
  const urls = servers.map((server, index) => serverUrl(context, server, childPointer(pointer, index)))
  read.set(pointer, urls)
  return urls
}

/**
 * `url` with each `{variable}` that `keep` does not keep replaced by its default from the Server Object;
 * one without a default stays as written, and `missing` hears of it.
 */
function substitute(
  url: string,
  server: Record<string, unknown>,
  keep: (name: string) => boolean,
  missing: (whole: string, name: string) => void = () => {},
): string {
  const variables = isRecord(server.variables) ? server.variables : {}
  return url.replace(SERVER_VARIABLE, (whole, name: string) => {
    if (keep(name)) return whole
    const variable = Object.hasOwn(variables, name) ? variables[name] : undefined
    const value = isRecord(variable) ? variable.default : undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    missing(whole, name)
    return whole
  })
}

/** The URL of one Server Object at `pointer`, variables substituted. */
function serverUrl(context: ModelContext, server: unknown, pointer: string): string {
  const url = isRecord(server) ? asString(server.url) : undefined
  if (url === undefined || !isRecord(server)) {
    return context.fail('SL007', pointer, `The server at ${pointer} has no "url".`)
  }
  return substitute(
    url,
    server,
    () => false,
    (whole, name) =>
      context.warn(
        'SL007',
        childPointer(pointer, 'url'),
        `The server URL ${url} uses ${whole}, but the server's variables give it no default; the URL keeps ${whole} as written.`,
        `Declare variables: { ${name}: { default: <value> } } on the server.`,
      ),
  )
}

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
  return serverUrls(context, servers, '/servers')
}

/** A URL without its trailing slashes, as server URLs are compared. */
function trimmed(url: string): string {
  return url.replace(/\/+$/, '')
}

/** The `servers` list an operation's own servers come from, and where it is: the operation's, else its path item's. */
function ownServerList(
  site: Pick<OperationSite, 'operation' | 'pointer' | 'pathItem' | 'pathItemPointer'>,
): { list: readonly unknown[]; pointer: string } | undefined {
  const own = site.operation.servers
  const inherited = site.pathItem.servers
  if (Array.isArray(own) && own.length > 0)
    return { list: own, pointer: childPointer(site.pointer, 'servers') }
  if (Array.isArray(inherited) && inherited.length > 0)
    return { list: inherited, pointer: childPointer(site.pathItemPointer, 'servers') }
  return undefined
}

/** The `{variable}` names a URL template uses. */
function variablesOf(template: string): string[] {
  return [...template.matchAll(SERVER_VARIABLE)].map((match) => match[1] ?? '')
}

/** The document's servers as an operation's own are compared with and share variables with. */
export interface RootServers {
  /** The server URLs, variables substituted ({@link buildServers}). */
  readonly urls: readonly string[]
  /** The server URLs with their `{variable}`s ({@link buildServerTemplates}); absent when none has one. */
  readonly templates?: readonly string[]
  /** The variables those templates use, which an operation's own server may share. */
  readonly shared: ReadonlySet<string>
}

/**
 * The document's servers, their templates and the variables the templates use, read once per build.
 *
 * @example
 * // servers: [{ url: '{protocol}://{hostname}/api/v3', variables: { … } }]
 * buildRootServers(context) // { urls: ['http://HOSTNAME/api/v3'], templates: ['{protocol}://…'], shared: Set { 'protocol', 'hostname' } }
 */
export function buildRootServers(context: ModelContext): RootServers {
  const urls = buildServers(context)
  const templates = buildServerTemplates(context)
  const shared = new Set(templates?.flatMap(variablesOf))
  return templates === undefined ? { urls, shared } : { urls, templates, shared }
}

/** The servers of one operation that replace the document's, as the model holds them. */
export interface OperationServers {
  /** Its server URLs, variables substituted. */
  readonly servers: string[]
  /**
   * The first of them as a template whose `{variable}`s are the ones the document's server templates
   * also use, every other variable substituted by its default: the operation on the instance of the API
   * a base URL names. Absent when no variable of it is shared (it is then one fixed URL).
   */
  readonly serverTemplate?: string
}

/**
 * The servers of one operation that replace the document's: its own `servers` when a non-empty array,
 * else its path item's; `undefined` when neither declares any, or when they are the document's servers
 * (`root.urls`, compared without trailing slashes). With them, the template of the first, when it shares
 * variables with the document's (`root.shared`).
 *
 * @example
 * // servers: [{ url: '{protocol}://{hostname}/api/v3', … }]; the operation's: [{ url: '{protocol}://{hostname}', … }]
 * operationServers(context, site, buildRootServers(context))
 * // { servers: ['http://HOSTNAME'], serverTemplate: '{protocol}://{hostname}' }
 */
export function operationServers(
  context: ModelContext,
  site: Pick<OperationSite, 'operation' | 'pointer' | 'pathItem' | 'pathItemPointer'>,
  root: RootServers,
): OperationServers | undefined {
  const found = ownServerList(site)
  if (found === undefined) return undefined
  const urls = serverUrls(context, found.list, found.pointer)
  const same =
    urls.length === root.urls.length &&
    urls.every((url, index) => trimmed(url) === trimmed(root.urls[index] ?? ''))
  if (same) return undefined
  const serverTemplate = templateOf(found.list[0], root.shared)
  return serverTemplate === undefined ? { servers: urls } : { servers: urls, serverTemplate }
}

/** A Server Object's URL with only the `shared` variables kept, when it has one of them. */
function templateOf(server: unknown, shared: ReadonlySet<string>): string | undefined {
  const url = isRecord(server) ? asString(server.url) : undefined
  if (url === undefined || !isRecord(server) || !variablesOf(url).some((name) => shared.has(name)))
    return undefined
  return substitute(url, server, (name) => shared.has(name))
}

/**
 * The document's server URLs as templates, `{variable}`s kept, in spec order (parallel to
 * {@link buildServers}); `undefined` when no server URL has a variable. A client whose base URL is
 * another instance of one of them (another host of `{protocol}://{hostname}/api/v3`) sends the
 * operations with servers of their own to the same instance of theirs (see {@link operationServers}).
 *
 * @example
 * // servers: [{ url: '{protocol}://{hostname}/api/v3', variables: { … } }]
 * buildServerTemplates(context) // ['{protocol}://{hostname}/api/v3']
 */
export function buildServerTemplates(context: ModelContext): string[] | undefined {
  const servers = context.document.servers
  if (!Array.isArray(servers)) return undefined
  const templates = servers.map((server) => (isRecord(server) ? (asString(server.url) ?? '') : ''))
  return templates.some((template) => variablesOf(template).length > 0) ? templates : undefined
}
