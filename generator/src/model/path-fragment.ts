/**
 * Fragments in path keys. A URL's fragment never reaches the server (RFC 9110 §4.2.4), yet some
 * descriptions put one in their Paths Object keys to keep apart operations that share a path and a
 * method: AWS's (from APIs.guru) name the operation there, `/#Action=AssumeRole` or
 * `/#X-Amz-Target=WorkspacesService.AssociateConnectionAlias`, and declare the same name as a required
 * query or header parameter whose only value it is; others write a bare tag (`/{roleId}#disambiguation`).
 * Requests go to the path without its fragment; a `name=value` fragment that names one of the operation's
 * query or header parameters is what tells its requests from the others'.
 *
 * @module
 */

import type { OperationSelector, Parameter } from './types.ts'

/**
 * A path key split at its first `#`: the path requests use, and the fragment (without the `#`), if any.
 *
 * @example
 * splitFragment('/#Action=AssumeRole') // { path: '/', fragment: 'Action=AssumeRole' }
 * splitFragment('/zoos/{zId}') // { path: '/zoos/{zId}' }
 */
export function splitFragment(pathKey: string): { path: string; fragment?: string } {
  const at = pathKey.indexOf('#')
  return at < 0 ? { path: pathKey } : { path: pathKey.slice(0, at), fragment: pathKey.slice(at + 1) }
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
  let decoded = value
  try {
    decoded = decodeURIComponent(value)
  } catch {
    // A malformed escape is kept as written.
  }
  return { in: param.in, name: param.name, value: decoded }
}
