/**
 * Query, header and cookie parameters: `writeParams`, which a descriptor references when its operation
 * declares any (an app whose operations take path parameters only bundles none of this), and the
 * serialisation of one value at a location, which credentials share.
 *
 * @module
 */

import { expandPath } from './build-request.ts'
import { toText } from './default-styles.ts'
import type { OperationSpec } from './operation.ts'
import type { RequestDraft, RequestParams } from './options.ts'

/** A location a draft can take a parameter or a credential at. */
export type DraftLocation = 'query' | 'header' | 'cookie'

/**
 * Serialises one value of a parameter at a location, with the serialiser and encoder of the spec's
 * `params` entry for that name and location. Without a serialiser the value is one scalar (Date as ISO
 * 8601, objects as JSON text) written as the location's default style writes a scalar: `value` in a
 * header, `name=value` in a query or cookie. Percent-encoded, header values as they are.
 *
 * @example
 * ```ts
 * serializeAt({ method: 'GET', path: '/', responses: {} }, 'query', 'q', 'a b') // 'q=a%20b'
 * ```
 */
export function serializeAt(
  spec: OperationSpec | undefined,
  where: DraftLocation,
  name: string,
  value: unknown,
): string {
  const declared = spec?.params?.[name]
  const param = declared?.in === where ? declared : undefined
  const encode = param?.encode ?? (where === 'header' ? String : encodeURIComponent)
  return param?.style
    ? param.style(name, value, encode)
    : (where === 'header' ? '' : `${encode(name)}=`) + encode(toText(value))
}

/**
 * Adds serialised text to a draft: a header's value (set, replacing one of the same name), `name=value`
 * pairs to the query, or pairs (joined with `&` by the serialisers) to the `Cookie` header, after any it
 * holds. Empty text adds no query or cookie pair.
 */
export function addToDraft(draft: RequestDraft, where: DraftLocation, name: string, text: string): void {
  const { headers, query } = draft
  if (where === 'header') headers.set(name, text)
  else if (text)
    where === 'query'
      ? query.push(text)
      : headers.set('cookie', [headers.get('cookie'), ...text.split('&')].filter(Boolean).join('; '))
}

/**
 * Writes a call's query, header and cookie parameters into the draft (`undefined` and `null` values are
 * left out), each serialised as the descriptor's `params` says, after the descriptor's `pathQuery` (its
 * `{name}`s filled like the path's). Generated descriptors reference it as `write` when their operation
 * declares such parameters or its path key carries a query.
 *
 * @example
 * ```ts
 * const listZoosSpec = { method: 'GET', path: '/zoos', write: writeParams, responses: { 200: {} } }
 * ```
 */
export function writeParams(draft: RequestDraft, params: RequestParams, spec: OperationSpec): void {
  if (spec.pathQuery)
    draft.query.push(expandPath({ ...spec, path: spec.pathQuery }, params.path as Record<string, unknown>))
  for (const where of ['query', 'header', 'cookie'] as const)
    for (const [name, value] of Object.entries(params[where] ?? {}))
      if (value != null) addToDraft(draft, where, name, serializeAt(spec, where, name, value))
}
