/**
 * The request body: written into the draft by `writeBody`, which generated descriptors reference as
 * `write` (alone, or with the parameters as `writeRequest`) when their operation declares a body, so an
 * app calling only operations without one bundles no body encoding.
 *
 * @module
 */

import type { OperationSpec } from './operation.ts'
import type { RequestDraft, RequestParams } from './options.ts'
import { writeParams } from './request-params.ts'

/**
 * Writes a call's body into the draft, encoded with the descriptor's `body.encode` (default
 * `JSON.stringify`), with `Content-Type` set to its `body.mediaType` (`application/json` when the
 * descriptor has no `body`; none when its `body` leaves the media type out, as for multipart, whose
 * boundary fetch sets). A stream body sets `duplex`. An absent (`undefined`) body writes nothing.
 *
 * @example
 * ```ts
 * const addZooSpec = { method: 'POST', path: '/zoos', write: writeBody, responses: { 201: {} } }
 * ```
 */
export function writeBody(draft: RequestDraft, params: RequestParams, spec: OperationSpec): void {
  const { body } = params
  if (body === undefined) return
  const { mediaType, encode = JSON.stringify } = spec.body ?? { mediaType: 'application/json' }
  if (mediaType) draft.headers.set('content-type', mediaType)
  draft.body = encode(body)
  if (draft.body instanceof ReadableStream) draft.duplex = 'half'
}

/**
 * `writeBody`, then `writeParams` (so a header parameter may replace the body's `Content-Type`): the
 * `write` of descriptors whose operation declares a body and query, header or cookie parameters.
 *
 * @example
 * ```ts
 * const updateZooSpec = { method: 'PUT', path: '/zoos/{zooId}', write: writeRequest, responses: { 200: {} } }
 * ```
 */
export function writeRequest(draft: RequestDraft, params: RequestParams, spec: OperationSpec): void {
  writeBody(draft, params, spec)
  writeParams(draft, params, spec)
}
