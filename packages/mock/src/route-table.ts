/**
 * The route table of a mock: for a request's method and URL, the operation that answers it and its path
 * parameters — the first operation, in `compareTemplates` order (static segments before parameters),
 * whose template matches. That is the answer MSW would find by trying one handler per operation in that
 * order, with each template matched by the same rules: MSW's (`msw-path.ts`, or MSW's own
 * `matchRequestUrl` for a path that compiler leaves out) when `toMswPath` can write the template, and
 * `createTemplateMatcher`'s otherwise — except that a relative base URL's `*` matches the origin only,
 * never a path before the base path (`/orgs/octocat` is not an URL of `GET /octocat`).
 *
 * Instead of trying every template, the table looks up a few candidates. Everything a template matches
 * after its base URL has a fixed number of segments (a parameter is exactly one segment), so a template
 * whose `k`-th segment from the end is static (`repos` in `/repos/{owner}/{repo}`, k = 3) can only match
 * a URL whose `k`-th segment from the end (after one optional trailing slash) is that text, compared
 * without case. Templates are indexed by their last static segment; the few without one (or ending
 * with `/`) are tried for every request. Compiled on the first request.
 *
 * Operations that share a template and a method (AWS descriptions keep them apart by a fragment in their
 * path keys) are told apart by their selectors (`MockOperation.selectors`): query or header values; of one
 * template, those with more selectors are tried first. Then by the request's Content-Type: of the routes
 * of one template that match otherwise, the first whose request body takes it wins (Azure's
 * `POST /recognizeText` and `/recognizeText#overload=stream`, one for a JSON body, one for an image).
 * Of two templates that differ only by a trailing slash (`/jobs` and `/jobs/`), each takes the URLs
 * written its way (a lone template takes both).
 * Path parameters a path key sends in its query (`/alerts?lat={lat}`) are read from the query; of
 * routes that match otherwise, the first whose query names are all there wins (`/alerts?lat={lat}` or
 * `/alerts?city={city}`).
 *
 * An operation with servers of its own (`MockOperation.servers`) is also matched under the route prefixes
 * `ownPrefixes` gives it (`own-servers.ts`), by the same route: where the SDK sends it.
 *
 * @module
 */
import { matchRequestUrl } from 'msw'
import type { MockOperation } from './data.ts'
import { compileMswPath } from './msw-path.ts'
import { matchContentType } from './request/media-types.ts'
import { compareRanks, createTemplateMatcher, templateRanks, toMswPath } from './routes.ts'
import { setOwn } from './validate/keywords.ts'

/** The operation a request is routed to, and its decoded path parameters. */
export interface RouteMatch {
  readonly operation: MockOperation
  readonly params: Record<string, string>
}

/** Finds the operation of a request. */
export interface RouteTable {
  /**
   * The operation of `method` whose template matches `url` first, and whose selectors, if it has some,
   * the request's query or `headers` satisfy; or `undefined`.
   */
  find(method: string, url: URL, headers?: Headers): RouteMatch | undefined
}

/**
 * Whether an operation's request body takes a request's Content-Type (true when the operation declares
 * no body media type or the request names none): of operations that share a template and a method
 * (overloads by body, as Azure's `#overload=stream` path keys), the one that reads the body sent.
 */
function takesContentType(operation: MockOperation, headers?: Headers): boolean {
  const contents = operation.requestBody?.contents ?? []
  const type = headers?.get('content-type') ?? null
  return contents.length === 0 || type === null || matchContentType(contents, type) !== undefined
}

/** Whether a request carries every value of an operation's selectors (`MockOperation.selectors`). */
function selects(operation: MockOperation, url: URL, headers?: Headers): boolean {
  return (
    operation.selectors?.every(
      (selector) =>
        (selector.in === 'query'
          ? url.searchParams.get(selector.name)
          : (headers?.get(selector.name) ?? null)) === selector.value,
    ) ?? true
  )
}

interface Route {
  /** Position in `compareTemplates` order (ties in spec order). */
  readonly order: number
  readonly operation: MockOperation
  /** The operation's path parameters sent in the query (`queryPathParams`): `[query name, parameter]`. */
  readonly inQuery: readonly (readonly [string, string])[]
  /** Whether another operation has this template and method (only then is the Content-Type compared). */
  readonly overloaded: boolean
  /**
   * When another operation of the method has this template with the trailing slash toggled (`/jobs` and
   * `/jobs/`): whether this one ends with `/`. Of the two, the one the URL's own slash names wins.
   */
  readonly slash: boolean | undefined
  /** The path parameters of a URL (also given without query and hash), or `undefined`. */
  readonly match: (url: URL, cleanUrl: string) => Record<string, string> | undefined
}

interface MethodTable {
  /** `<position from the end> <lower-case segment>` → routes, in order. */
  readonly index: Map<string, Route[]>
  /** The positions the index keys use, ascending. */
  readonly positions: number[]
  /** Routes tried for every request, in order. */
  readonly unindexed: Route[]
}

const PLACEHOLDER = /\{([^{}]+)\}/g

/** MSW's own matcher of a path, for the paths `compileMswPath` does not reproduce. */
function mswMatcher(template: string, path: string): Route['match'] {
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
  return (url) => {
    // The `*` of a relative base URL stands for this URL's origin only (see `msw-path.ts`).
    const result = matchRequestUrl(url, path.startsWith('*') ? `${url.origin}${path.slice(1)}` : path)
    if (!result.matches) return undefined
    const params: Record<string, string> = {}
    for (const name of names) {
      const value: unknown =
        result.params !== undefined && Object.hasOwn(result.params, name) ? result.params[name] : undefined
      const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join('/') : undefined
      // An own property even for a parameter named `__proto__`.
      if (text !== undefined) setOwn(params, name, text)
    }
    return params
  }
}

function templateMatcher(prefix: string, template: string): Route['match'] {
  const path = toMswPath(prefix, template)
  if (path === undefined) return createTemplateMatcher(prefix, template)
  const compiled = compileMswPath(path)
  return compiled === undefined ? mswMatcher(template, path) : (_url, cleanUrl) => compiled(cleanUrl)
}

/** What gives an operation the route prefixes of its own servers (`ownServerPrefixes`). */
export type OwnPrefixes = (operation: MockOperation) => readonly string[]

/**
 * The matcher of an operation: its template under the route prefix and, for an operation with servers
 * of its own, under the prefixes `ownPrefixes` gives it too (where the SDK sends it).
 */
function matcherOf(prefix: string, operation: MockOperation, ownPrefixes: OwnPrefixes): Route['match'] {
  const prefixes = new Set([prefix, ...ownPrefixes(operation)])
  const matchers = [...prefixes].map((each) => templateMatcher(each, operation.path))
  const [only] = matchers
  if (only !== undefined && matchers.length === 1) return only
  return (url, cleanUrl) => {
    for (const match of matchers) {
      const params = match(url, cleanUrl)
      if (params !== undefined) return params
    }
    return undefined
  }
}

/** The index key of a template: its last static segment and its position from the end, if any. */
function keyOf(template: string): { position: number; segment: string } | undefined {
  const segments = template.split('/').slice(1)
  if (segments.length === 0 || segments.at(-1) === '') return undefined
  for (let position = 1; position <= segments.length; position++) {
    const segment = segments[segments.length - position] ?? ''
    if (segment !== '' && !segment.includes('{')) return { position, segment: segment.toLowerCase() }
  }
  return undefined
}

function build(
  operations: readonly MockOperation[],
  prefix: string,
  ownPrefixes: OwnPrefixes,
): Map<string, MethodTable> {
  const ranked = operations.map((operation) => ({ operation, ranks: templateRanks(operation.path) }))
  // Of one template, operations with more selectors go first: one without is the rest of the path's requests.
  ranked.sort(
    (a, b) =>
      compareRanks(a.ranks, b.ranks) ||
      (b.operation.selectors?.length ?? 0) - (a.operation.selectors?.length ?? 0),
  )
  const tables = new Map<string, MethodTable>()
  const perTemplate = new Map<string, number>()
  for (const operation of operations) {
    const key = `${operation.method.toUpperCase()} ${operation.path}`
    perTemplate.set(key, (perTemplate.get(key) ?? 0) + 1)
  }
  const toggled = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : `${path}/`)
  ranked.forEach(({ operation }, order) => {
    const method = operation.method.toUpperCase()
    let table = tables.get(method)
    if (table === undefined) {
      table = { index: new Map(), positions: [], unindexed: [] }
      tables.set(method, table)
    }
    const route: Route = {
      order,
      operation,
      inQuery: Object.entries(operation.queryPathParams ?? {}),
      overloaded: (perTemplate.get(`${method} ${operation.path}`) ?? 0) > 1,
      slash: perTemplate.has(`${method} ${toggled(operation.path)}`)
        ? operation.path.endsWith('/')
        : undefined,
      match: matcherOf(prefix, operation, ownPrefixes),
    }
    const key = keyOf(operation.path)
    if (key === undefined) {
      table.unindexed.push(route)
      return
    }
    const name = `${key.position} ${key.segment}`
    const bucket = table.index.get(name)
    if (bucket === undefined) table.index.set(name, [route])
    else bucket.push(route)
    if (!table.positions.includes(key.position)) table.positions.push(key.position)
  })
  for (const table of tables.values()) table.positions.sort((a, b) => a - b)
  return tables
}

/** The routes of `table` that may match a URL whose segments are `parts`, in order. */
function candidates(table: MethodTable, parts: readonly string[]): readonly Route[] {
  let found: Route[] | undefined
  for (const position of table.positions) {
    const segment = parts[parts.length - position]
    if (segment === undefined) break
    const bucket = table.index.get(`${position} ${segment.toLowerCase()}`)
    if (bucket !== undefined) found = found === undefined ? bucket : [...found, ...bucket]
  }
  if (found === undefined) return table.unindexed
  if (table.unindexed.length === 0 && table.positions.length === 1) return found
  return [...found, ...table.unindexed].sort((a, b) => a.order - b.order)
}

/**
 * Creates the route table of `operations` under a route prefix (see `routePrefix`), each operation with
 * servers of its own also under the prefixes `ownPrefixes` gives it.
 */
export function createRouteTable(
  operations: readonly MockOperation[],
  prefix: string,
  ownPrefixes: OwnPrefixes,
): RouteTable {
  let tables: Map<string, MethodTable> | undefined
  return {
    find(method, url, headers) {
      tables ??= build(operations, prefix, ownPrefixes)
      const table = tables.get(method.toUpperCase())
      if (table === undefined) return undefined
      const clean = `${url.origin}${url.pathname}`
      const parts = (clean.endsWith('/') ? clean.slice(0, -1) : clean).split('/')
      // A route whose path parameters in the query are all there wins, but one whose body does not take
      // the request's Content-Type gives way to a later route of its template that does; else the first
      // that matched, whose validation then names what is wrong.
      let partial: RouteMatch | undefined
      let mismatched: RouteMatch | undefined
      // A template that differs from its twin by a trailing slash only matches the other's URLs last.
      let slashTwin: RouteMatch | undefined
      for (const route of candidates(table, parts)) {
        const params = route.match(url, clean)
        if (params === undefined || !selects(route.operation, url, headers)) continue
        if (route.slash !== undefined && route.slash !== clean.endsWith('/')) {
          slashTwin ??= { operation: route.operation, params }
          continue
        }
        let complete = true
        for (const [query, param] of route.inQuery) {
          const value = url.searchParams.get(query)
          if (value === null) complete = false
          else setOwn(params, param, value)
        }
        const match = { operation: route.operation, params }
        if (!complete) partial ??= match
        else if (route.overloaded && !takesContentType(route.operation, headers)) mismatched ??= match
        else if (mismatched === undefined || mismatched.operation.path === route.operation.path) return match
        else return mismatched
      }
      return mismatched ?? slashTwin ?? partial
    },
  }
}
