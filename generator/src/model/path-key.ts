/**
 * Path keys that carry more than a path. A URL's fragment never reaches the server (RFC 9110 §4.2.4),
 * yet some descriptions put one in their Paths Object keys to keep apart operations that share a path and
 * a method: AWS's (from APIs.guru) name the operation there, `/#Action=AssumeRole` or
 * `/#X-Amz-Target=WorkspacesService.AssociateConnectionAlias`, and declare the same name as a required
 * query or header parameter whose only value it is; others write a bare tag (`/{roleId}#disambiguation`).
 * Others put a query in the key: constants that name the operation (`/rest?method=flickr.photos.search`)
 * or path parameters sent in the query (`/alerts?lat={lat}&lon={lon}`, `lat` and `lon` declared
 * `in: path`). Requests go to the path; the key's query is sent with every request; a constant of it,
 * or a `name=value` fragment that names one of the operation's query or header parameters, is what tells
 * the operation's requests from the others'.
 *
 * @module
 */

import { setOwn } from './record.ts'
import type { OperationSelector, Parameter } from './types.ts'

/** A path key's parts: the path requests use, its query and its fragment (without `?` and `#`). */
export interface PathKeyParts {
  readonly path: string
  readonly query?: string
  readonly fragment?: string
}

/**
 * A path key split at its first `#` (the fragment), and what precedes that at its first `?` (the query).
 *
 * @example
 * splitPathKey('/#Action=AssumeRole') // { path: '/', fragment: 'Action=AssumeRole' }
 * splitPathKey('/alerts?lat={lat}') // { path: '/alerts', query: 'lat={lat}' }
 */
export function splitPathKey(pathKey: string): PathKeyParts {
  const hash = pathKey.indexOf('#')
  const before = hash < 0 ? pathKey : pathKey.slice(0, hash)
  const fragment = hash < 0 ? {} : { fragment: pathKey.slice(hash + 1) }
  const mark = before.indexOf('?')
  return mark < 0
    ? { path: before, ...fragment }
    : {
        path: before.slice(0, mark),
        ...(mark + 1 < before.length ? { query: before.slice(mark + 1) } : {}),
        ...fragment,
      }
}

/** Percent-decodes text, or keeps it as written when an escape is malformed. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The selector a fragment `name=value` stands for: the operation's query parameter of that name, or its
 * header parameter of that name compared without case (header names are case-insensitive), with the
 * fragment's value (percent-decoded). `undefined` for a fragment that is no `name=value` pair or names no
 * such parameter.
 *
 * @example
 * fragmentSelector('X-Amz-Target=S.Op', [{ name: 'X-Amz-Target', in: 'header', … }])
 * // { in: 'header', name: 'X-Amz-Target', value: 'S.Op' }
 */
export function fragmentSelector(
  fragment: string | undefined,
  parameters: readonly Parameter[],
): OperationSelector | undefined {
  const pair = fragment === undefined ? undefined : /^([^=&]+)=([^&]*)$/.exec(fragment)
  if (!pair) return undefined
  const [, name = '', value = ''] = pair
  const param = parameters.find(
    (each) =>
      (each.in === 'query' && each.name === name) ||
      (each.in === 'header' && each.name.toLowerCase() === name.toLowerCase()),
  )
  if (param === undefined || (param.in !== 'query' && param.in !== 'header')) return undefined
  return { in: param.in, name: param.name, value: decoded(value) }
}

/**
 * What a path key's query means: the part requests send (`text`: constant pairs, and pairs whose whole
 * value is one `{param}` of a path parameter, as written), its constant pairs as query selectors (a bare
 * `name` has the value `''`), and the query names the mock reads those path parameters from. A pair of
 * one of the operation's query parameters (`q={q}`, or a constant of it) is left to that parameter to send.
 *
 * @example
 * keyQuery('method=flickr.x&lat={lat}&q={q}', parameters) // lat in path, q in query
 * // { text: 'method=flickr.x&lat={lat}', selectors: [{ in: 'query', name: 'method', value: 'flickr.x' }],
 * //   pathParams: { lat: 'lat' } }
 */
export function keyQuery(
  query: string,
  parameters: readonly Parameter[],
): { text?: string; selectors: OperationSelector[]; pathParams: Record<string, string> } {
  const kept: string[] = []
  const selectors: OperationSelector[] = []
  const pathParams: Record<string, string> = {}
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const at = pair.indexOf('=')
    const name = decoded(at < 0 ? pair : pair.slice(0, at))
    const value = at < 0 ? '' : pair.slice(at + 1)
    const param = /^\{([^{}]+)\}$/.exec(value)?.[1]
    if (name.includes('{')) {
      // A templated name (`{search}=1`): sent as filled, neither a constant nor a parameter's place.
    } else if (param === undefined) {
      if (value.includes('{')) continue
      selectors.push({ in: 'query', name, value: decoded(value) })
      // A constant of a declared query parameter (`?operation=X` beside `operation`, enum X) is sent by
      // that parameter: sent here too, it would be there twice.
      if (parameters.some((each) => each.in === 'query' && each.name === name)) continue
    } else if (parameters.some((each) => each.in === 'path' && each.name === param)) {
      setOwn(pathParams, name, param)
    } else continue
    kept.push(pair)
  }
  return { ...(kept.length > 0 ? { text: kept.join('&') } : {}), selectors, pathParams }
}
